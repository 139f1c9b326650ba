package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.onedoor.referral.ReferralFixtures.aReferral;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.NewReferralBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReferralIntakeIntegrationTest {

    private static final CurrentUser SPOC =
            new CurrentUser(new UUID(0, 21), "spoc-test", "SPOC tester", new UUID(0, 21), Set.of(Role.SPOC_WORKER));

    @Autowired
    ReferralIntake intake;

    @Autowired
    ReferralQueue queue;

    @Autowired
    ReferralRecords records;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAReferralWithAReferenceAndStartsItsHistory() {
        ReferralReceipt receipt = receive(aReferral().build());
        assertThat(receipt.reference()).matches("R[0-9]{6,}");
        ReferralView view = currentUsers.actingAs(SPOC, () -> records.view(receipt.id()));
        assertThat(view.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(view.nhsNumberShown()).isEqualTo("943 476 5919");
        assertThat(view.substances()).containsExactly("Alcohol");
        assertThat(view.history()).extracting(ReferralEvent::action).containsExactly("RECEIVED");
        assertThat(view.history().get(0).by()).isEqualTo("spoc-test");
    }

    @Test
    void urgentRisksFlagTheReferralAndPutItFirstInTheQueue() {
        String family = "Queue-" + UUID.randomUUID().toString().substring(0, 6);
        receive(aReferral().named(family).withRisks(Risk.INJECTING).build());
        ReferralReceipt urgent =
                receive(aReferral().named(family).withRisks(Risk.PREGNANCY).build());
        assertThat(urgent.urgent()).isTrue();
        var page = currentUsers.actingAs(SPOC, () -> queue.page(new QueueFilter(family, null, false, null, 0, 10)));
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).id()).isEqualTo(urgent.id());
        assertThat(page.items().get(1).urgent()).isFalse();
    }

    @Test
    void reportsEveryProblemAtOnceAndSavesNothing() {
        String family = "Invalid-" + UUID.randomUUID().toString().substring(0, 6);
        FieldProblems problems = catchThrowableOfType(
                FieldProblems.class,
                () -> receive(aReferral()
                        .named(family)
                        .withNhsNumber("9434765918")
                        .bornOn(LocalDate.now().plusDays(3))
                        .usingSubstances("ALCOHOL", "NOT_A_DRUG")
                        .build()));
        assertThat(problems.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("nhsNumber", "dateOfBirth", "substances");
        assertThat(jdbc.sql("select count(*) from referral where family_name = ?")
                        .param(family)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesBirthDatesOverAHundredAndTwentyYearsAgoAndDuplicateSubstances() {
        FieldProblems problems = catchThrowableOfType(
                FieldProblems.class,
                () -> receive(aReferral()
                        .bornOn(LocalDate.of(1890, 1, 1))
                        .usingSubstances("HEROIN", "HEROIN")
                        .build()));
        assertThat(problems.problems())
                .extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("DATE_TOO_EARLY", "DUPLICATE_SUBSTANCE");
    }

    @Test
    void professionalReferralsNeedAReferrer() {
        NewReferral withoutReferrer = aReferral().by(Channel.PHONE).build();
        NewReferral professional = NewReferralBuilder.aReferral()
                .channel(Channel.PROFESSIONAL)
                .named(withoutReferrer.givenName(), withoutReferrer.familyName())
                .born(withoutReferrer.dateOfBirth())
                .sex(withoutReferrer.sex())
                .postcode(null)
                .contact(ContactDetails.NONE)
                .source("GP")
                .substances("CANNABIS")
                .build();
        FieldProblems problems = catchThrowableOfType(FieldProblems.class, () -> receive(professional));
        assertThat(problems.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("referrerName", "referrerOrganisation");
    }

    private ReferralReceipt receive(NewReferral referral) {
        return currentUsers.actingAs(SPOC, () -> intake.receive(referral));
    }
}
