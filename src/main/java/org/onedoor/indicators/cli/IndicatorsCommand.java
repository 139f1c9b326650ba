package org.onedoor.indicators.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.indicators.Indicators;
import org.onedoor.ndtms.ImportResult;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.springframework.stereotype.Component;

/**
 * The indicators of the command line: the activity file is loaded into the import store of the in-memory database by
 * the same NDTMS import as an upload to the server (every problem of every record refused at once, naming the file,
 * line and field), then every indicator is computed by the same engine and SQL for the file's agencies, one scope:
 * the whole database, which holds nothing else.
 */
@Component
class IndicatorsCommand {

    /** The columns the indicators read besides the agency, episode and attributor every import needs. */
    static final List<String> NEEDED = List.of(
            "TRIAGED", "DISD", "DISRSN", "DRUG1", "MODAL", "REFMODDT", "FAOMODDT", "MODST", "MODEND", "MODEXIT");

    private final NdtmsImport ndtms;
    private final Indicators indicators;

    IndicatorsCommand(NdtmsImport ndtms, Indicators indicators) {
        this.ndtms = ndtms;
        this.indicators = indicators;
    }

    /** Writes the rows and returns what to print. */
    List<String> run(IndicatorsArguments arguments) {
        ImportResult loaded;
        try (InputStream in = Files.newInputStream(arguments.activity())) {
            loaded = ndtms.load(
                    arguments.activity().getFileName().toString(), in, new ImportedBy("indicators command"), NEEDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + arguments.activity(), e);
        }
        List<IndicatorRow> rows = indicators.compute(new IndicatorRequest(
                List.of(),
                IndicatorScope.partnership(),
                arguments.from(),
                arguments.to(),
                arguments.asOf(),
                arguments.monthly()));
        IndicatorsCsv.write(rows, arguments.out());
        return List.of(
                loaded.rowCount() + " activity rows read from "
                        + arguments.activity().getFileName(),
                rows.size() + " indicator rows as of " + arguments.asOf() + " written to " + arguments.out());
    }
}
