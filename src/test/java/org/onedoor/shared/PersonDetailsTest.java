package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

class PersonDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void acceptsWellFormedDetails() {
        assertThat(problems(collector -> {
                    PersonDetails.dateOfBirth(collector, LocalDate.of(1985, 3, 27), TODAY);
                    PersonDetails.postcode(collector, "ls1 4ap");
                    PersonDetails.email(collector, "sam@example.com");
                    assertThat(PersonDetails.nhsNumber(collector, "943 476 5919", false, "client's"))
                            .isEqualTo("9434765919");
                }))
                .isEmpty();
    }

    @Test
    void saysWhatIsWrongAtEachField() {
        assertThat(problems(collector -> {
                    PersonDetails.dateOfBirth(collector, TODAY.plusDays(1), TODAY);
                    PersonDetails.postcode(collector, "12345");
                    PersonDetails.email(collector, "sam at example");
                    PersonDetails.nhsNumber(collector, "999 000 0018", false, "person's");
                }))
                .extracting(FieldProblem::code)
                .containsExactly("DATE_IN_FUTURE", "POSTCODE_FORMAT", "EMAIL_FORMAT", "NHS_NUMBER_TEST_RANGE");
    }

    @Test
    void wordsTheTestRangeForTheModule() {
        assertThat(problems(collector -> PersonDetails.nhsNumber(collector, "9990000018", false, "client's")))
                .extracting(FieldProblem::message)
                .containsExactly("NHS numbers starting 999 are for testing only: enter the client's real NHS number");
    }

    @Test
    void refusesNamesWithoutAVisibleLetter() {
        for (String name : List.of("12345", "\u200b\u200b", "\u3164", "--", "Sam\u200b", "Sam\nJones", "Sam\tJones")) {
            assertThat(problems(collector -> PersonDetails.name(collector, "givenName", name, 80, "Enter a name")))
                    .as(name)
                    .extracting(FieldProblem::code)
                    .containsExactly("NAME_FORMAT");
        }
    }

    @Test
    void acceptsNamesOfLettersAsPeopleWriteThem() {
        for (String name : List.of("Sam", "O'Neill-Jones", "Zoë", "Nguyễn Văn", "Łukasz", "محمد", "J. R.")) {
            assertThat(problems(collector -> PersonDetails.name(collector, "givenName", name, 80, "Enter a name")))
                    .as(name)
                    .isEmpty();
        }
        assertThat(problems(collector -> PersonDetails.optionalName(collector, "preferredName", null, 80)))
                .isEmpty();
    }

    @Test
    void refusesTelephoneNumbersThatAreNotNumbers() {
        for (String telephone : List.of("abc", "0113", "01632 960 001 ext 4", "+44 (0) 1632 960 001 999 999")) {
            assertThat(problems(collector -> PersonDetails.telephone(collector, telephone)))
                    .as(telephone)
                    .extracting(FieldProblem::code)
                    .contains("TELEPHONE_FORMAT");
        }
        for (String telephone : List.of("01632 960 001", "07700900982", "+44 808 157 0192", "(01632) 960-001")) {
            assertThat(problems(collector -> PersonDetails.telephone(collector, telephone)))
                    .as(telephone)
                    .isEmpty();
        }
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
