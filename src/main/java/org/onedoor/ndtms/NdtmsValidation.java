package org.onedoor.ndtms;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The rules a dataset-K record must meet before it is sent or loaded (domain reference §3.7), checked on a record the
 * reader has already typed, every problem collected: values present (date of birth, sex and the agency and episode
 * always; consent, main substance, referral and triage dates when the file has their columns), the adult set's age,
 * dates in order (birth, referral, triage; referral to an intervention, first offer, start, end; discharge after every
 * end), an end and its exit together, a discharge and its reason together, no date after today, and no substance
 * repeated. A client who refused consent ({@code CONSENT} in the {@code refused} category) is sent with only
 * {@code AGNCY}, {@code CLIENTID} and {@code CONSENT}, so only the agency is checked.
 */
public final class NdtmsValidation {

    /** Values every record must have, however the file is laid out. */
    public static final List<String> ALWAYS = List.of("AGNCY", "EPISODID", "DOB", "SEX");

    /** Values a record must have when its file has their column. */
    public static final List<String> WHEN_IN_FILE = List.of("CONSENT", "DRUG1", "REFLD", "TRIAGED");

    private static final int ADULT = 18;
    private static final int EARLIEST_BIRTH_YEAR = 1903;

    private final NdtmsSchema schema;
    private final LocalDate today;

    public NdtmsValidation(NdtmsSchema schema, LocalDate today) {
        this.schema = schema;
        this.today = today;
    }

    /**
     * The problems of a record beyond those its reader found (values that are not valid are not checked again).
     *
     * @param inFile whether the record's file has a column
     */
    public List<NdtmsProblem> check(NdtmsRecord r, Predicate<String> inFile) {
        Check c = new Check(r);
        String consent = r.text("CONSENT");
        if (consent != null && schema.category("CONSENT", consent).orElse("").equals("refused")) {
            c.present("AGNCY");
            return c.found;
        }
        ALWAYS.forEach(c::present);
        WHEN_IN_FILE.stream().filter(inFile).forEach(c::present);
        LocalDate born = r.date("DOB");
        LocalDate referred = r.date("REFLD");
        if (born != null) {
            if (born.getYear() < EARLIEST_BIRTH_YEAR) {
                c.add(NdtmsRule.BORN_BEFORE_1903, "DOB", born);
            }
            if (referred != null && born.isAfter(referred)) {
                c.add(NdtmsRule.BORN_AFTER_REFERRAL, "DOB", born, referred);
            } else if (referred != null && Period.between(born, referred).getYears() < ADULT) {
                c.add(NdtmsRule.UNDER_18, "DOB", Period.between(born, referred).getYears());
            }
        }
        c.before("TRIAGED", "REFLD", NdtmsRule.TRIAGED_BEFORE_REFERRAL);
        c.before("MODST", "REFMODDT", NdtmsRule.STARTED_BEFORE_REFERRAL);
        c.before("FAOMODDT", "REFMODDT", NdtmsRule.OFFERED_BEFORE_REFERRAL);
        c.before("MODEND", "MODST", NdtmsRule.ENDED_BEFORE_START);
        c.before("DISD", "MODEND", NdtmsRule.DISCHARGED_BEFORE_END);
        c.together("MODEND", "MODEXIT", NdtmsRule.END_WITHOUT_EXIT, NdtmsRule.EXIT_WITHOUT_END);
        c.together("DISD", "DISRSN", NdtmsRule.DISCHARGE_WITHOUT_REASON, NdtmsRule.REASON_WITHOUT_DISCHARGE);
        if (c.given("MODEND") && !c.given("MODST")) {
            c.add(NdtmsRule.END_WITHOUT_START, "MODEND");
        }
        for (String field : List.of("DRUG2", "DRUG3")) {
            String drug = r.text(field);
            if (drug != null
                    && (drug.equals(r.text("DRUG1")) || field.equals("DRUG3") && drug.equals(r.text("DRUG2")))) {
                c.add(NdtmsRule.REPEATED_DRUG, field, drug);
            }
        }
        for (var value : r.values().entrySet()) {
            if (value.getValue() instanceof LocalDate date && date.isAfter(today)) {
                c.add(
                        NdtmsRule.FUTURE_DATE,
                        value.getKey(),
                        NdtmsValues.DAY.format(date),
                        NdtmsValues.DAY.format(today));
            }
        }
        return c.found;
    }

    /** One record being checked. */
    private static final class Check {

        private final NdtmsRecord record;
        private final List<NdtmsProblem> found = new ArrayList<>();

        Check(NdtmsRecord record) {
            this.record = record;
        }

        /** Whether the field has a value, or had one the reader refused (already a problem). */
        boolean given(String field) {
            return record.has(field)
                    || record.problems().stream().anyMatch(p -> p.field().equals(field));
        }

        void present(String field) {
            if (!given(field)) {
                add(NdtmsRule.MISSING_VALUE, field);
            }
        }

        /** A problem when {@code later} is before {@code earlier} (both known). */
        void before(String later, String earlier, NdtmsRule rule) {
            @Nullable LocalDate late = record.date(later);
            @Nullable LocalDate early = record.date(earlier);
            if (late != null && early != null && late.isBefore(early)) {
                add(rule, later, NdtmsValues.DAY.format(late), NdtmsValues.DAY.format(early));
            }
        }

        void together(String first, String second, NdtmsRule firstAlone, NdtmsRule secondAlone) {
            if (given(first) && !given(second)) {
                add(firstAlone, second);
            } else if (given(second) && !given(first)) {
                add(secondAlone, first);
            }
        }

        void add(NdtmsRule rule, String field, Object... values) {
            found.add(NdtmsProblem.of(rule, record.line(), field, values));
        }
    }
}
