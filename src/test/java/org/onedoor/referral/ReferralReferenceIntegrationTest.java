package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.referral.ReferralFixtures.aReferral;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A referral's reference is quoted to the referrer as soon as it is acknowledged, so it must name one referral for
 * ever: references come from the database sequence {@code referral_reference_seq}, which never goes back, not from
 * the rows present (a count or a maximum would give a rolled-back or lost referral's reference to someone else).
 */
@IntegrationTest
class ReferralReferenceIntegrationTest {

    private static final CurrentUser SPOC = new CurrentUser(
            UUID.randomUUID(), "spoc-reference", "SPOC tester", UUID.randomUUID(), Set.of(Role.SPOC_WORKER));

    @Autowired
    ReferralIntake intake;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void referencesComeFromTheSequence() {
        long before = jdbc.sql("select nextval('referral_reference_seq')")
                .query(Long.class)
                .single();
        String reference = receive().reference();
        assertThat(number(reference)).isGreaterThan(before);
        assertThat(jdbc.sql("select nextval('referral_reference_seq')")
                        .query(Long.class)
                        .single())
                .isGreaterThan(number(reference));
    }

    @Test
    void aRolledBackReferralsReferenceIsNeverIssuedAgain() {
        String rolledBack = transactions.execute(status -> {
            String reference = receive().reference();
            status.setRollbackOnly();
            return reference;
        });
        assertThat(count(rolledBack)).isZero();

        String next = receive().reference();

        assertThat(next).isNotEqualTo(rolledBack);
        assertThat(number(next)).isGreaterThan(number(rolledBack));
    }

    @Test
    void theHighestReferenceLeavingDoesNotBringItBack() {
        String highest = receive().reference();
        jdbc.sql("update referral set reference = 'X' || reference where reference = ?")
                .param(highest)
                .update();

        String next = receive().reference();

        assertThat(next).isNotEqualTo(highest);
        assertThat(number(next)).isGreaterThan(number(highest));
    }

    private ReferralReceipt receive() {
        return currentUsers.actingAs(SPOC, () -> intake.receive(aReferral().build()));
    }

    private long count(String reference) {
        return jdbc.sql("select count(*) from referral where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring(1));
    }
}
