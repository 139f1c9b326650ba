package org.onedoor.shared;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onedoor.shared.DomainRuleViolation.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PersonDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void acceptsWellFormedDetails() {
        assertThat(problems(collector -> {
            PersonDetails.dateOfBirth(collector, LocalDate.of(1985, 3, 27), TODAY);
            PersonDetails.postcode(collector, "ls1 4ap");
            PersonDetails.email(collector, "sam@example.com");
            assertThat(PersonDetails.nhsNumber(collector, "943 476 5919", false, "client's")).isEqualTo("9434765919");
        })).isEmpty();
    }

    @Test
    void saysWhatIsWrongAtEachField() {
        assertThat(problems(collector -> {
            PersonDetails.dateOfBirth(collector, TODAY.plusDays(1), TODAY);
            PersonDetails.postcode(collector, "12345");
            PersonDetails.email(collector, "sam at example");
            PersonDetails.nhsNumber(collector, "999 000 0018", false, "person's");
        })).extracting(FieldProblem::code)
                .containsExactly("DATE_IN_FUTURE", "POSTCODE_FORMAT", "EMAIL_FORMAT", "NHS_NUMBER_TEST_RANGE");
    }

    @Test
    void wordsTheTestRangeForTheModule() {
        assertThat(problems(collector -> PersonDetails.nhsNumber(collector, "9990000018", false, "client's")))
                .extracting(FieldProblem::message)
                .containsExactly("NHS numbers starting 999 are for testing only: enter the client's real NHS number");
    }

    private static List<FieldProblem> problems(java.util.function.Consumer<FieldProblems.Collector> checks) {
        FieldProblems.Collector collector = new FieldProblems.Collector(Thrown::new);
        checks.accept(collector);
        Thrown thrown = catchThrowableOfType(Thrown.class, collector::throwIfAny);
        return thrown == null ? List.of() : thrown.problems();
    }

    private static final class Thrown extends FieldProblems {
        Thrown(List<FieldProblem> problems) {
            super("TEST", "test", problems);
        }
    }
}
