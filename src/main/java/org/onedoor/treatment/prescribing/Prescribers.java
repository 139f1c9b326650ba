package org.onedoor.treatment.prescribing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.FieldProblems;

/** Who may prescribe: a GP practice in shared care, or a provider's specialist prescriber. */
@Component
class Prescribers {

    private final Directory directory;

    Prescribers(Directory directory) {
        this.directory = directory;
    }

    void check(FieldProblems.Collector problems, @Nullable PrescriberKind kind, @Nullable UUID organisation) {
        if (kind == null) {
            problems.add("prescriberKind", PrescribingRule.REQUIRED,
                    "Choose whether a GP practice or a specialist prescribes");
            return;
        }
        OrganisationSummary found = organisation == null ? null : directory.findOrganisation(organisation).orElse(null);
        if (found == null) {
            problems.add("prescriberOrganisation", PrescribingRule.REQUIRED, "Choose the prescriber's organisation");
        } else if (kind == PrescriberKind.GP_PRACTICE && !found.type().isPractice()) {
            problems.add("prescriberOrganisation", PrescribingRule.WRONG_PRESCRIBER,
                    "A shared-care prescriber must be a GP practice");
        } else if (kind == PrescriberKind.SPECIALIST && found.type() != OrganisationType.LEAD_PROVIDER
                && found.type() != OrganisationType.PARTNER_PROVIDER) {
            problems.add("prescriberOrganisation", PrescribingRule.WRONG_PRESCRIBER,
                    "A specialist prescriber works for the lead provider or a partner provider");
        }
    }
}
