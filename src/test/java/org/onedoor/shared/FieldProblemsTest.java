package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

class FieldProblemsTest {

    private static final FieldProblems.Kind REFERRAL = new FieldProblems.Kind("REFERRAL_INVALID", "referral");

    @Test
    void aKindThrowsEveryProblemFoundAtOnceUnderItsOwnCode() {
        FieldProblems.Collector problems = REFERRAL.collector();
        problems.required("givenName", " ", 80, "Enter the client's first name");
        problems.optional("notes", "x".repeat(11), 10);
        problems.add("sex", "UNKNOWN_CODE", "Choose a sex from the list");

        FieldProblems thrown = catchThrowableOfType(FieldProblems.class, problems::throwIfAny);

        assertThat(thrown.code()).isEqualTo("REFERRAL_INVALID");
        assertThat(thrown.field()).isEqualTo("givenName");
        assertThat(thrown).hasMessage("The referral has 3 problems");
        assertThat(thrown.problems())
                .extracting(FieldProblem::code)
                .containsExactly("REQUIRED", "TOO_LONG", "UNKNOWN_CODE");
    }

    @Test
    void aSingleProblemIsItsOwnMessage() {
        FieldProblems one = REFERRAL.one("attendance", "SESSION_FULL", "This session is full");

        assertThat(one).hasMessage("This session is full");
        assertThat(one.code()).isEqualTo("REFERRAL_INVALID");
        assertThat(one.problems())
                .containsExactly(new FieldProblem("attendance", "SESSION_FULL", "This session is full"));
    }

    @Test
    void aCollectorWithNothingFoundThrowsNothing() {
        REFERRAL.collector().throwIfAny();
    }
}
