package org.onedoor.ndtms.extract;

/**
 * The checks made on every record before it goes to NDTMS (domain reference 3.7), each with a stable code, the field
 * it is about, whether it holds the record back, and the page that fixes it. Messages are
 * {@code ndtms.extract.<code>} in {@code messages.properties}.
 */
enum ExtractRule {
    FORENAME_INITIAL("NDTMS-E001", "FINITIAL", Severity.ERROR, Fix.CLIENT_IDENTITY),
    SURNAME_INITIAL("NDTMS-E002", "SINITIAL", Severity.ERROR, Fix.CLIENT_IDENTITY),
    BIRTH_YEAR("NDTMS-E003", "DOB", Severity.ERROR, Fix.CLIENT_IDENTITY),
    UNDER_18("NDTMS-E004", "DOB", Severity.ERROR, Fix.CLIENT_IDENTITY),
    BORN_AFTER_REFERRAL("NDTMS-E005", "DOB", Severity.ERROR, Fix.CLIENT_IDENTITY),
    SEX_NOT_REPORTABLE("NDTMS-E006", "SEX", Severity.ERROR, Fix.CLIENT_IDENTITY),
    CONSENT_NOT_RECORDED("NDTMS-E007", "CONSENT", Severity.ERROR, Fix.CLIENT_CONSENT),
    DRUG1_MISSING("NDTMS-E008", "DRUG1", Severity.ERROR, Fix.EPISODE),
    TRIAGE_BEFORE_REFERRAL("NDTMS-E009", "TRIAGED", Severity.ERROR, Fix.EPISODE),
    DRUG_REPEATED("NDTMS-E010", "DRUG2", Severity.ERROR, Fix.EPISODE),
    MODALITY_WITHOUT_CARE_PLAN("NDTMS-E011", "CPLANDT", Severity.ERROR, Fix.EPISODE),
    MODALITY_TYPE_UNCODED("NDTMS-E012", "MODAL", Severity.ERROR, Fix.EPISODE),
    START_BEFORE_REFERRAL("NDTMS-E013", "MODST", Severity.ERROR, Fix.INTERVENTION_START),
    OFFER_BEFORE_REFERRAL("NDTMS-E014", "FAOMODDT", Severity.ERROR, Fix.INTERVENTION_OFFER),
    END_BEFORE_START("NDTMS-E015", "MODEND", Severity.ERROR, Fix.INTERVENTION_END),
    END_WITHOUT_EXIT("NDTMS-E016", "MODEXIT", Severity.ERROR, Fix.INTERVENTION_END),
    OPEN_AT_DISCHARGE("NDTMS-E017", "MODEND", Severity.ERROR, Fix.INTERVENTION_END),
    DISCHARGE_BEFORE_END("NDTMS-E018", "DISD", Severity.ERROR, Fix.EPISODE),
    DISCHARGE_WITHOUT_REASON("NDTMS-E019", "DISRSN", Severity.ERROR, Fix.EPISODE),
    DRUG_UNCODED("NDTMS-W001", "DRUG2", Severity.WARNING, Fix.EPISODE),
    REFERRAL_SOURCE_MISSING("NDTMS-W002", "RFLS", Severity.WARNING, Fix.EPISODE);

    /** An error holds the record back from the file; a warning is reported and the record goes. */
    enum Severity {
        ERROR,
        WARNING
    }

    /** The OneDoor page where the problem is put right. */
    enum Fix {
        CLIENT_IDENTITY,
        CLIENT_CONSENT,
        EPISODE,
        INTERVENTION_START,
        INTERVENTION_OFFER,
        INTERVENTION_END
    }

    private final String code;
    private final String field;
    private final Severity severity;
    private final Fix fix;

    ExtractRule(String code, String field, Severity severity, Fix fix) {
        this.code = code;
        this.field = field;
        this.severity = severity;
        this.fix = fix;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    Severity severity() {
        return severity;
    }

    Fix fix() {
        return fix;
    }

    String messageKey() {
        return "ndtms.extract." + code;
    }
}
