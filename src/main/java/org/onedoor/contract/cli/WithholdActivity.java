package org.onedoor.contract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.FrozenIndicators;
import org.onedoor.contract.evidence.MeasuredIndicator;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.springframework.stereotype.Component;

/**
 * The indicators of the command line's quality withholds, by the same engine as the server: when a withhold is
 * released on measured indicators, the activity file is also loaded into the in-memory database's NDTMS import store
 * by the same import as an upload (a file missing a column the indicators need is refused, naming it), and the
 * indicators are measured from it and frozen with the run's snapshot. A contract without such a withhold reads the
 * file once, as before.
 */
@Component
class WithholdActivity {

    /** The columns the indicators read besides the agency, episode and attributor every import needs. */
    private static final List<String> NEEDED = List.of(
            "TRIAGED", "DISD", "DISRSN", "DRUG1", "MODAL", "REFMODDT", "FAOMODDT", "MODST", "MODEND", "MODEXIT");

    private final NdtmsImport ndtms;
    private final FrozenIndicators indicators;

    WithholdActivity(NdtmsImport ndtms, FrozenIndicators indicators) {
        this.ndtms = ndtms;
        this.indicators = indicators;
    }

    void load(ContractDocument contract, Path activity) {
        if (!measures(contract)) {
            return;
        }
        try (InputStream in = Files.newInputStream(activity)) {
            ndtms.load(activity.getFileName().toString(), in, new ImportedBy("payments command"), NEEDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + activity, e);
        }
    }

    List<MeasuredIndicator> measured(EvidenceSnapshot snapshot, ContractDocument contract, YearMonth through) {
        return measures(contract)
                ? indicators.of(snapshot.id(), contract.evidence(), contract.rules(), through)
                : List.of();
    }

    private static boolean measures(ContractDocument contract) {
        return contract.rules().rules().stream()
                .anyMatch(rule -> rule instanceof QualityWithhold withhold
                        && !withhold.indicators().isEmpty());
    }
}
