package org.onedoor.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.document.ContractHeader.BreakClause;
import org.onedoor.contract.document.ContractHeader.Term;

class TermTextTest {

    @Test
    void threePlusTwoYearsWithABreakClause() {
        Term term = new Term(LocalDate.of(2026, 4, 1), 3, List.of(2), new BreakClause(LocalDate.of(2028, 4, 1), 6));

        assertThat(TermText.of(term))
                .isEqualTo("3 years from 1 April 2026 to 31 March 2029, plus an extension of"
                        + " 2 years (to 31 March 2031 if taken)");
        assertThat(TermText.breakClause(header(term))).isEqualTo("From 1 April 2028, with 6 months’ notice");
    }

    @Test
    void oneYearWithoutExtensionsOrBreak() {
        Term term = new Term(LocalDate.of(2026, 7, 1), 1, List.of(), null);

        assertThat(TermText.of(term)).isEqualTo("1 year from 1 July 2026 to 30 June 2027");
        assertThat(TermText.breakClause(header(term))).isEqualTo("None");
    }

    @Test
    void twoExtensions() {
        Term term = new Term(LocalDate.of(2026, 4, 1), 2, List.of(1, 1), new BreakClause(LocalDate.of(2027, 4, 1), 1));

        assertThat(TermText.of(term)).endsWith("plus extensions of 1 year and 1 year (to 31 March 2030 if taken)");
        assertThat(TermText.breakClause(header(term))).isEqualTo("From 1 April 2027, with 1 month’s notice");
    }

    private static ContractHeader header(Term term) {
        return new ContractHeader("R", "N", List.of("C"), "L", List.of("S"), term, ContractHeader.Status.DRAFT);
    }
}
