package org.onedoor.client;

/**
 * The clinical basis on which a person adds an organisation to a client's care team from the screen, kept with the
 * entry and shown in the IG lead's review. Break-glass is never one.
 */
enum CareTeamBasis {
    /** The organisation holds an entry brought by a referral it accepted. */
    ACCEPTED_REFERRAL("Accepted referral at that organisation"),
    /** The organisation holds an entry brought by an episode it delivers. */
    EPISODE("Episode at that organisation"),
    /** A team manager of the organisation responsible for the client's treatment added it. */
    TEAM_MANAGER("Added by a team manager of the responsible organisation");

    private final String label;

    CareTeamBasis(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The basis an existing module-made entry gives its organisation, or null when its source gives none. */
    static @org.jspecify.annotations.Nullable CareTeamBasis ofSource(@org.jspecify.annotations.Nullable String source) {
        if ("REFERRAL".equals(source)) {
            return ACCEPTED_REFERRAL;
        }
        return "EPISODE".equals(source) ? EPISODE : null;
    }
}
