package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

class ContactDetailsTest {

    @Test
    void anUntickedBoxOrAMissingFlagIsNo() {
        ContactDetails typed = ContactDetails.typed("01632 960123", null, true, null, false);

        assertThat(typed).isEqualTo(new ContactDetails("01632 960123", null, true, false, false));
        assertThat(typed.phoneCallOnly()).isFalse();
        assertThat(ContactDetails.typed(null, null, null, null, null)).isEqualTo(ContactDetails.NONE);
        assertThat(ContactDetails.NONE.phoneCallOnly()).isTrue();
    }

    @Test
    void refusesATelephoneNumberOrEmailThatIsNotOneEachAtItsField() {
        FieldProblems.Collector problems = new FieldProblems.Kind("CLIENT_INVALID", "client record").collector();
        new ContactDetails("call me", "sam.example.com", true, true, true).check(problems);

        FieldProblems thrown = catchThrowableOfType(FieldProblems.class, problems::throwIfAny);

        assertThat(thrown.problems())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("telephone", "TELEPHONE_FORMAT"),
                        org.assertj.core.groups.Tuple.tuple("email", "EMAIL_FORMAT"));
    }

    @Test
    void acceptsBlankContactAndTidiesItAway() {
        FieldProblems.Collector problems = new FieldProblems.Kind("CLIENT_INVALID", "client record").collector();
        ContactDetails typed = new ContactDetails("  ", " sam@example.com ", false, true, false);
        typed.check(problems);
        problems.throwIfAny();

        assertThat(typed.tidied()).isEqualTo(new ContactDetails(null, "sam@example.com", false, true, false));
    }
}
