package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

class TypedDateTest {

    @Test
    void showsADateAsItsThreeParts() {
        assertThat(TypedDate.of(LocalDate.of(2026, 5, 3))).isEqualTo(new TypedDate("3", "5", "2026"));
        assertThat(TypedDate.of(null)).isEqualTo(new TypedDate(null, null, null));
    }

    @Test
    void readsWhatWasTyped() {
        assertThat(TypedDate.parse(new TypedDate(" 3 ", "05", "2026"))).contains(LocalDate.of(2026, 5, 3));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {"31,2,2026", "3,5,26", "3,,2026", "a,5,2026", "3,123,2026", "-,-,-"})
    void aDateThatIsNotRealIsEmpty(String day, String month, String year) {
        assertThat(TypedDate.parse(new TypedDate(day, month, year))).isEmpty();
    }

    @Test
    void blankIsNothingTypedAnywhere() {
        assertThat(TypedDate.isBlank(null)).isTrue();
        assertThat(TypedDate.isBlank(new TypedDate(" ", null, ""))).isTrue();
        assertThat(TypedDate.isBlank(new TypedDate(null, null, "2026"))).isFalse();
    }

    @Test
    void readingPutsAnImpossibleDateAtItsField() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(TypedDate.read(
                        new TypedDate("31", "2", "1985"), "dateOfBirth", "Date of birth", "27 3 1985", problems))
                .isNull();
        assertThat(TypedDate.read(new TypedDate(null, "", null), "dateOfBirth", "Date of birth", "27 3 1985", problems))
                .isNull();
        assertThat(problems)
                .containsExactly(new FieldProblem(
                        "dateOfBirth", "DATE_INVALID", "Date of birth must be a real date, like 27 3 1985"));
    }
}
