package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void readsAnNhsNumberTypedWithSpaces() {
        assertThat(SearchTerms.parse("943 476 5919").nhsNumber()).isEqualTo("9434765919");
    }

    @Test
    void readsNamesWithTheLastAsTheStartOfTheFamilyName() {
        SearchTerms terms = SearchTerms.parse("Mary-Ann O'Brien");
        assertThat(terms.familyStart()).isEqualTo("obrien");
        assertThat(terms.givenStarts()).containsExactly("maryann");
    }

    @Test
    void readsUkAndIsoDatesAndIgnoresImpossibleOnesAsNames() {
        assertThat(SearchTerms.parse("smith 12/3/1980").dateOfBirth()).isEqualTo(LocalDate.of(1980, 3, 12));
        assertThat(SearchTerms.parse("1980-03-12").dateOfBirth()).isEqualTo(LocalDate.of(1980, 3, 12));
        assertThat(SearchTerms.parse("31/2/1980").dateOfBirth()).isNull();
    }

    @Test
    void readsAReference() {
        assertThat(SearchTerms.parse("c100123").reference()).isEqualTo("C100123");
    }

    @Test
    void onlyPreciseSearchesIdentifyOnePerson() {
        assertThat(SearchTerms.parse("smith").identifiesOnePerson()).isFalse();
        assertThat(SearchTerms.parse("john smith").identifiesOnePerson()).isFalse();
        assertThat(SearchTerms.parse("john smith 12/3/1980").identifiesOnePerson())
                .isTrue();
        assertThat(SearchTerms.parse("9434765919").identifiesOnePerson()).isTrue();
        assertThat(SearchTerms.parse("").names()).isEqualTo(List.of());
    }

    @Test
    void onlyTheWholeLegalNameIsAFullName() {
        assertThat(SearchTerms.parse("Mary Ann O'Brien 12/3/1980").isFullNameOf("Mary-Ann", "O'Brien"))
                .isTrue();
        assertThat(SearchTerms.parse("M O 12/3/1980").isFullNameOf("Mary-Ann", "O'Brien"))
                .isFalse();
        assertThat(SearchTerms.parse("Mary O'Brien 12/3/1980").isFullNameOf("Mary-Ann", "O'Brien"))
                .isFalse();
        assertThat(SearchTerms.parse("Mary-Ann O'Bri 12/3/1980").isFullNameOf("Mary-Ann", "O'Brien"))
                .isFalse();
        assertThat(SearchTerms.parse("O'Brien 12/3/1980").isFullNameOf("Mary-Ann", "O'Brien"))
                .isFalse();
    }
}
