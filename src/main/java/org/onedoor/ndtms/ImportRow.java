package org.onedoor.ndtms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One intervention row of an imported file, as {@code ndtms_import_row} stores it. */
record ImportRow(
        int line,
        String agency,
        @Nullable String clientId,
        @Nullable String attributor,
        @Nullable LocalDate bornOn,
        @Nullable String sex,
        String episodeId,
        @Nullable String consent,
        @Nullable LocalDate referredOn,
        @Nullable LocalDate triagedOn,
        @Nullable LocalDate carePlanOn,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        @Nullable String drug1,
        @Nullable String drug2,
        @Nullable String drug3,
        @Nullable String interventionId,
        @Nullable String modality,
        @Nullable String setting,
        @Nullable LocalDate referredToInterventionOn,
        @Nullable LocalDate firstOfferedOn,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        @Nullable String exitCode,
        @Nullable String gpPractice,
        @Nullable String providerAgency) {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** The row of a record that has its agency and episode (the caller checked). */
    static ImportRow of(NdtmsRecord r) {
        String client = r.text("CLIENTID") != null ? r.text("CLIENTID") : r.text("CLIENT");
        return new ImportRow(
                r.line(),
                r.text("AGNCY"),
                client,
                attributor(r),
                r.date("DOB"),
                r.text("SEX"),
                r.text("EPISODID"),
                r.text("CONSENT"),
                r.date("REFLD"),
                r.date("TRIAGED"),
                r.date("CPLANDT"),
                r.date("DISD"),
                r.text("DISRSN"),
                r.text("DRUG1"),
                r.text("DRUG2"),
                r.text("DRUG3"),
                r.text("MODID"),
                r.text("MODAL"),
                r.text("MODSET"),
                r.date("REFMODDT"),
                r.date("FAOMODDT"),
                r.date("MODST"),
                r.date("MODEND"),
                r.text("MODEXIT"),
                r.text("GPPTCE"),
                r.text("OPRAGNCY"));
    }

    /**
     * The NDTMS attributor (domain reference §3.5): forename initial, surname initial, date of birth yyyyMMdd and sex,
     * 11 characters, initials upper-cased; null when any part is unknown.
     */
    static @Nullable String attributor(NdtmsRecord r) {
        String forename = r.text("FINITIAL");
        String surname = r.text("SINITIAL");
        LocalDate born = r.date("DOB");
        String sex = r.text("SEX");
        if (forename == null || surname == null || born == null || sex == null || sex.length() != 1) {
            return null;
        }
        return (forename.substring(0, 1) + surname.substring(0, 1)).toUpperCase(Locale.ROOT) + BASIC.format(born) + sex;
    }
}
