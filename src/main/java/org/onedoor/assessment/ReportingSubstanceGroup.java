package org.onedoor.assessment;

/**
 * An episode's substance group for reporting, as NDTMS derives it over the episode's problem substances (domain
 * reference section 4): any opiate cited makes it {@link #OPIATE}; otherwise alcohol alone, non-opiates with alcohol,
 * or non-opiates only. Treatment tells it with the episode's other facts ({@link OutcomeEpisodes.Told}); cohort
 * outcome measures are broken down and filtered by it.
 */
public enum ReportingSubstanceGroup {
    OPIATE("Opiate"),
    NON_OPIATE_ONLY("Non-opiate only"),
    NON_OPIATE_AND_ALCOHOL("Non-opiate and alcohol"),
    ALCOHOL_ONLY("Alcohol only");

    private final String label;

    ReportingSubstanceGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
