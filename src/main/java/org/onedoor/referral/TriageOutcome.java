package org.onedoor.referral;

import org.jspecify.annotations.Nullable;

/** What triage decides. Allocation outcomes lead to routing; the others close the referral, each with a reason. */
public enum TriageOutcome {
    ALLOCATE_TO_PRACTICE("Allocate to a GP practice", false),
    ALLOCATE_TO_PARTNER("Allocate to a partner provider", false),
    ADVICE_ONLY("Advice only", true),
    BRIEF_INTERVENTION_AT_SPOC("Brief intervention delivered at the SPOC", true),
    REFER_OUTSIDE("Referred on outside the partnership", true),
    DECLINED_BY_CLIENT("Declined by the client", true),
    INAPPROPRIATE("Inappropriate referral", true);

    private final String label;
    private final boolean closes;

    TriageOutcome(String label, boolean closes) {
        this.label = label;
        this.closes = closes;
    }

    public String label() {
        return label;
    }

    public boolean closesReferral() {
        return closes;
    }

    /** Whether triage with this outcome is complete: an allocation outcome names the intervention and group. */
    boolean completeWith(@Nullable String neededIntervention, @Nullable String substanceGroup) {
        return closes || neededIntervention != null && substanceGroup != null;
    }
}
