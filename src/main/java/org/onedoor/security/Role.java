package org.onedoor.security;

import static org.onedoor.security.Privilege.*;

import java.util.EnumSet;
import java.util.Set;

/** The roles a person may hold (several at once), each granting a fixed set of privileges. */
public enum Role {
    SPOC_WORKER(
            "SPOC worker",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    PRACTICE_MENU_VIEW_ALL,
                    REFERRAL_QUEUE_VIEW,
                    REFERRAL_CREATE,
                    CLIENT_RECORD_VIEW,
                    CLIENT_RECORD_EDIT)),
    RECOVERY_WORKER(
            "Recovery worker",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    REFERRAL_CREATE,
                    REFERRAL_RECEIVE,
                    CLIENT_RECORD_VIEW,
                    CLIENT_RECORD_EDIT,
                    CLIENT_BREAK_GLASS,
                    TREATMENT_RECORD)),
    PRESCRIBER(
            "Prescriber",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    REFERRAL_CREATE,
                    REFERRAL_RECEIVE,
                    CLIENT_RECORD_VIEW,
                    CLIENT_RECORD_EDIT,
                    CLIENT_BREAK_GLASS,
                    TREATMENT_RECORD,
                    PRESCRIBING_RECORD)),
    PRACTICE_USER(
            "Practice user",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    PRACTICE_MENU_EDIT_OWN,
                    REFERRAL_CREATE,
                    REFERRAL_RECEIVE,
                    CLIENT_RECORD_VIEW,
                    CLIENT_RECORD_EDIT,
                    CLIENT_BREAK_GLASS,
                    TREATMENT_RECORD,
                    PRESCRIBING_RECORD,
                    MONITORING_VIEW)),
    TEAM_MANAGER(
            "Team manager",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    PRACTICE_MENU_VIEW_ALL,
                    REFERRAL_QUEUE_VIEW,
                    REFERRAL_CREATE,
                    REFERRAL_RECEIVE,
                    WAITING_TIMES_VIEW,
                    COHORT_OUTCOMES_VIEW,
                    INDICATORS_VIEW_UNSUPPRESSED,
                    MONITORING_VIEW,
                    CLIENT_RECORD_VIEW,
                    CLIENT_RECORD_EDIT,
                    CLIENT_BREAK_GLASS,
                    CLIENT_MERGE,
                    TREATMENT_RECORD,
                    SUBSTANCE_TRENDS_VIEW)),
    /**
     * Reviews staff reports of unusual drug effects and issues alerts to the partnership's staff (issue 18). Opens no
     * client record through this role: a clinical lead who also keeps a caseload holds a clinical role as well.
     */
    CLINICAL_LEAD(
            "Clinical lead", EnumSet.of(DIRECTORY_VIEW, DRUG_EFFECT_REVIEW, DRUG_ALERT_ISSUE, SUBSTANCE_TRENDS_VIEW)),
    COMMISSIONER(
            "Commissioner",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    PRACTICE_MENU_VIEW_ALL,
                    WAITING_TIMES_VIEW,
                    COHORT_OUTCOMES_VIEW,
                    MONITORING_VIEW,
                    INDICATORS_VIEW,
                    CONTRACT_VIEW,
                    CONTRACT_MANAGE,
                    PAYMENT_RUN,
                    PAYMENT_APPROVE,
                    NDTMS_IMPORT,
                    SUBSTANCE_TRENDS_VIEW)),
    DATA_OFFICER(
            "Data officer",
            EnumSet.of(
                    INDICATORS_VIEW_UNSUPPRESSED,
                    MONITORING_VIEW,
                    DIRECTORY_VIEW,
                    PRACTICE_MENU_VIEW_ALL,
                    WAITING_TIMES_VIEW,
                    COHORT_OUTCOMES_VIEW,
                    CONTRACT_VIEW,
                    PAYMENT_RUN,
                    NDTMS_EXTRACT,
                    NDTMS_IMPORT,
                    SUBSTANCE_TRENDS_VIEW)),
    IG_LEAD(
            "Information governance lead",
            EnumSet.of(DIRECTORY_VIEW, AUDIT_VERIFY, CLIENT_ACCESS_REVIEW, CLIENT_SUBJECT_ACCESS)),
    ADMINISTRATOR(
            "Administrator",
            EnumSet.of(
                    DIRECTORY_VIEW,
                    DIRECTORY_MANAGE,
                    PRACTICE_MENU_EDIT_ANY,
                    PRACTICE_MENU_VIEW_ALL,
                    USER_MANAGE,
                    AUDIT_VERIFY));

    private final String label;
    private final Set<Privilege> privileges;

    Role(String label, Set<Privilege> privileges) {
        this.label = label;
        this.privileges = privileges;
    }

    public String label() {
        return label;
    }

    public Set<Privilege> privileges() {
        return privileges;
    }

    /** Recovery workers, prescribers, practice users and team managers: the "clinical staff" of later rules. */
    public boolean isClinical() {
        return this == RECOVERY_WORKER || this == PRESCRIBER || this == PRACTICE_USER || this == TEAM_MANAGER;
    }
}
