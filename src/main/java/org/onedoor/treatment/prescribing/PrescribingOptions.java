package org.onedoor.treatment.prescribing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DisplayDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the start form: medicines, instalments, prescribers' organisations, the episode's interventions. */
@Component
class PrescribingOptions {

    private final Medicines medicines;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    PrescribingOptions(Medicines medicines, Directory directory, JdbcClient jdbc, Clock clock) {
        this.medicines = medicines;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void addTo(Model model, UUID episodeId) {
        Map<String, String> medicineOptions = new LinkedHashMap<>();
        medicines
                .validOn(LocalDate.now(clock))
                .forEach(m -> medicineOptions.put(
                        m.code(),
                        m.label() + " ("
                                + m.minDoseMg().stripTrailingZeros().toPlainString() + " to "
                                + m.maxDoseMg().stripTrailingZeros().toPlainString() + " mg)"));
        model.addAttribute("medicines", medicineOptions);
        model.addAttribute("instalments", FormSupport.options(Instalment.values(), Instalment::label));
        model.addAttribute("prescriberKinds", FormSupport.options(PrescriberKind.values(), PrescriberKind::label));
        Map<String, String> organisations = new LinkedHashMap<>();
        for (OrganisationType type : new OrganisationType[] {
            OrganisationType.GP_PRACTICE, OrganisationType.LEAD_PROVIDER, OrganisationType.PARTNER_PROVIDER
        }) {
            for (OrganisationSummary o : directory.activeOrganisations(type)) {
                organisations.put(o.id().toString(), o.name() + (o.odsCode() == null ? "" : " (" + o.odsCode() + ")"));
            }
        }
        model.addAttribute("organisations", organisations);
        Map<String, String> interventions = new LinkedHashMap<>();
        jdbc.sql("""
                select i.id, t.label, i.referred_on from treatment_intervention i
                  join treatment_intervention_type t on t.code = i.intervention_type
                 where i.episode_id = ? and i.intervention_type = 'PHARMACOLOGICAL' and i.voided_at is null
                 order by i.referred_on
                """)
                .param(episodeId)
                .query((rs, n) -> {
                    interventions.put(
                            rs.getString(1),
                            rs.getString(2) + " referred on " + DisplayDate.of(rs.getObject(3, LocalDate.class)));
                    return null;
                })
                .list();
        model.addAttribute("interventions", interventions);
    }
}
