package org.onedoor.treatment.harmreduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;

/** The rules of a blood-borne-virus test or vaccination, with no database. */
class BloodBorneVirusEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void recordsADoneTestWithItsResult() {
        BloodBorneVirusEntry entry = BloodBorneVirusEntry.record(
                new BbvEntry(Virus.HEP_C, BbvKind.TEST, TODAY, BbvStatus.DONE, BbvResult.NEGATIVE, null, false), TODAY);
        assertThat(entry.summary()).isEqualTo("Test for hepatitis C: done, result negative");
    }

    @Test
    void recordsAVaccinationDoseAndCourseCompletion() {
        BloodBorneVirusEntry entry = BloodBorneVirusEntry.record(
                new BbvEntry(Virus.HEP_B, BbvKind.VACCINATION, TODAY, BbvStatus.DONE, null, 3, true), TODAY);
        assertThat(entry.summary()).isEqualTo("Vaccination against hepatitis B: done, dose 3, course completed");
    }

    @Test
    void vaccinatesOnlyAgainstHepatitisBAndNeverWithAResult() {
        assertThat(codes(new BbvEntry(
                        Virus.HIV, BbvKind.VACCINATION, TODAY, BbvStatus.DONE, BbvResult.POSITIVE, 1, false)))
                .containsExactly("NO_VACCINE", "NOT_A_TEST");
    }

    @Test
    void aTestHasNoDoseAndNeedsAResultOnceDone() {
        assertThat(codes(new BbvEntry(Virus.HIV, BbvKind.TEST, TODAY, BbvStatus.DONE, null, 2, false)))
                .containsExactly("NOT_A_VACCINATION", "REQUIRED");
    }

    @Test
    void aResultOrDoseOnlyWhenDoneAndDosesFromOneToThree() {
        assertThat(codes(new BbvEntry(Virus.HEP_B, BbvKind.VACCINATION, TODAY, BbvStatus.OFFERED, null, 4, false)))
                .containsExactly("NOT_DONE", "OUT_OF_RANGE");
    }

    @Test
    void refusesMissingChoicesAndADateInTheFutureOrOverThreeYearsAgo() {
        assertThat(codes(new BbvEntry(null, null, TODAY.plusDays(1), null, null, null, false)))
                .containsExactly("REQUIRED", "REQUIRED", "REQUIRED", "DATE_IN_FUTURE");
        assertThat(codes(new BbvEntry(
                        Virus.HEP_C,
                        BbvKind.TEST,
                        TODAY.minusYears(3).minusDays(1),
                        BbvStatus.OFFERED,
                        null,
                        null,
                        false)))
                .containsExactly("DATE_TOO_EARLY");
    }

    private static List<String> codes(BbvEntry entry) {
        try {
            BloodBorneVirusEntry.record(entry, TODAY);
        } catch (DomainRuleViolation violation) {
            return violation.problems().stream()
                    .map(DomainRuleViolation.FieldProblem::code)
                    .toList();
        }
        throw new AssertionError("No problems were found");
    }
}
