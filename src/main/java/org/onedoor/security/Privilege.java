package org.onedoor.security;

/**
 * Named privileges that module APIs check with {@code @PreAuthorize("hasAuthority('…')")}. Roles grant them; code
 * never checks a role where a privilege says what is meant. API clients hold privileges directly (no roles), from
 * {@link ApiClients#GRANTABLE}.
 */
public enum Privilege {
    /** Read the partnership directory: organisations, practices, venues and staff. */
    DIRECTORY_VIEW("Read the partnership directory and practice offers"),
    /** Create and change organisations, venues and staff members. */
    DIRECTORY_MANAGE("Change the partnership directory"),
    /** Change the service menu of the user's own GP practice. */
    PRACTICE_MENU_EDIT_OWN("Change their own practice's service menu"),
    /** Change the service menu of any GP practice. */
    PRACTICE_MENU_EDIT_ANY("Change any practice's service menu"),
    /** See the partnership-wide matrix of practice offers. */
    PRACTICE_MENU_VIEW_ALL("See every practice's service menu"),
    /** Create user accounts, grant roles and unlock accounts; issue and revoke API client credentials. */
    USER_MANAGE("Manage user accounts and API clients"),
    /** Submit referrals through the JSON API (granted to API clients, not to any role yet). */
    REFERRAL_SUBMIT("Submit referrals through the API"),
    /** Work the single point of contact's queue: see every open referral, log phone referrals and enquiries. */
    REFERRAL_QUEUE_VIEW("Work the single point of contact queue"),
    /** Refer someone to the service from inside OneDoor, as a professional. */
    REFERRAL_CREATE("Refer someone to the service"),
    /** See referrals allocated to one's own organisation and accept or return them. */
    REFERRAL_RECEIVE("Accept or return referrals allocated to one's organisation"),
    /** Read the single point of contact's waiting times (pseudonymous). */
    WAITING_TIMES_VIEW("Read waiting times"),
    /** Check the audit trail's hash chain for altered, inserted or removed entries. */
    AUDIT_VERIFY("Verify the audit trail's hash chain"),
    /** Find and open client records, within the need-to-know rules of the client module's AccessPolicy. */
    CLIENT_RECORD_VIEW("Open client records they have a care relationship with"),
    /** Register clients and change the records they may open: identity, consent, care team, alerts. */
    CLIENT_RECORD_EDIT("Register clients and change their records"),
    /** Open a record outside one's normal access for a limited time, giving a reason that the IG lead reviews. */
    CLIENT_BREAK_GLASS("Open a record in an emergency (break-glass)"),
    /** Merge two records of the same person, and undo a merge. */
    CLIENT_MERGE("Merge duplicate client records"),
    /** Review break-glass openings, access outside caseloads and unusual volumes. */
    CLIENT_ACCESS_REVIEW("Review access to client records"),
    /** Find any client and export everything held about them for a subject-access request. */
    CLIENT_SUBJECT_ACCESS("Answer subject-access requests"),
    /** Record treatment for clients they may open: episodes, interventions, care plans, appointments, discharge. */
    TREATMENT_RECORD("Record treatment: episodes, interventions, appointments and discharge"),
    /** Start, change, review and stop a client's opioid substitution prescribing course (the shared-care record). */
    PRESCRIBING_RECORD("Record shared-care prescribing: start, change, review and stop a course"),
    /** Read commissioning contracts, their rule versions and payment statements (pseudonymous evidence only). */
    CONTRACT_VIEW("Read commissioning contracts and payment statements"),

    /** Indicator figures with small numbers shown (issue 17 item 5): provider-side team managers and data officers. */
    INDICATORS_VIEW_UNSUPPRESSED("Read treatment indicators without small-number suppression"),

    /**
     * The monitoring dashboards (issue 18): commissioners see the partnership's figures with small numbers suppressed;
     * provider-side staff see their own organisation's figures unsuppressed. No client is named.
     */
    MONITORING_VIEW("Read the monitoring dashboards"),

    /** Indicator figures with counts of 1 to 4 suppressed: commissioners and their API clients (issue 18 item 2). */
    INDICATORS_VIEW("Read treatment indicators with small numbers suppressed"),

    /** Aggregated, small numbers suppressed: no client is named (issue 16 item 3). */
    COHORT_OUTCOMES_VIEW("Read cohort outcome measures"),
    /** Import, revise, activate and end contracts, and change an active contract's rules from a month. */
    CONTRACT_MANAGE("Manage commissioning contracts and their payment rules"),
    /** Run a contract's monthly payments over a frozen evidence snapshot, giving a draft statement. */
    PAYMENT_RUN("Run monthly payments"),
    /** Approve a draft payment statement, after which it cannot change. */
    PAYMENT_APPROVE("Approve payment statements"),
    /**
     * Produce a provider's NDTMS monthly extract (initials, date of birth and sex of its clients, for national
     * submission) and read the extract history; client.AccessPolicy also asks that the person works for that provider
     * or for the lead provider.
     */
    NDTMS_EXTRACT("Produce the NDTMS monthly extract"),
    /** Upload NDTMS activity files from providers on other systems, read their validation report and load them. */
    NDTMS_IMPORT("Import NDTMS activity files"),
    /** Read staff reports of unusual drug effects, and close them or issue an alert from one (issue 18 item 5). */
    DRUG_EFFECT_REVIEW("Review reports of unusual drug effects"),
    /** Issue a drug alert to every member of the partnership's staff, see who acknowledged it, and withdraw it. */
    DRUG_ALERT_ISSUE("Issue and withdraw drug alerts"),
    /**
     * The monthly mentions of substances in referrals, episodes and TOPs, with new and rising ones flagged (issue 18
     * item 4); suppressed outside the provider side.
     */
    SUBSTANCE_TRENDS_VIEW("Read emerging substance trends");

    private final String label;

    Privilege(String label) {
        this.label = label;
    }

    /** What the privilege allows, as administrators read it. */
    public String label() {
        return label;
    }
}
