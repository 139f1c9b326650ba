package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation;

class PracticeOfferTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private static PracticeOffer offer(LocalDate from, LocalDate to, Integer capacity) {
        return PracticeOffer.make(UUID.randomUUID(), new OfferTerms("BRIEF_ADVICE", "ALCOHOL", from, to, capacity));
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        PracticeOffer december = offer(DEC_1, DEC_31, 5);

        assertThat(december.overlaps(DEC_31.plusDays(1), null)).isFalse();
        assertThat(december.overlaps(LocalDate.of(2026, 11, 1), DEC_1.minusDays(1)))
                .isFalse();
    }

    @Test
    void endingOnTheDayAnotherStartsOverlaps() {
        PracticeOffer december = offer(DEC_1, DEC_31, 5);

        assertThat(december.overlaps(DEC_31, LocalDate.of(2027, 1, 31))).isTrue();
        assertThat(december.overlaps(LocalDate.of(2026, 11, 1), DEC_1)).isTrue();
    }

    @Test
    void openEndedOfferOverlapsEveryLaterPeriod() {
        PracticeOffer openEnded = offer(DEC_1, null, null);

        assertThat(openEnded.overlaps(LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 30)))
                .isTrue();
        assertThat(openEnded.overlaps(LocalDate.of(2026, 1, 1), null)).isTrue();
        assertThat(openEnded.overlaps(LocalDate.of(2026, 1, 1), DEC_1.minusDays(1)))
                .isFalse();
    }

    @Test
    void periodInsideAnotherOverlaps() {
        assertThat(offer(DEC_1, DEC_31, 5).overlaps(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12)))
                .isTrue();
    }

    @Test
    void withdrawnOfferOverlapsNothing() {
        PracticeOffer offer = offer(DEC_1, null, 5);
        offer.withdraw("Entered for the wrong practice", "tester", Instant.parse("2026-11-23T12:00:00Z"));

        assertThat(offer.overlaps(DEC_1, DEC_31)).isFalse();
    }

    @Test
    void refusesNegativeCapacityAtTheCapacityField() {
        assertThatThrownBy(() -> offer(DEC_1, DEC_31, -1))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("CAPACITY_NEGATIVE");
                    assertThat(violation.field()).isEqualTo("monthlyCapacity");
                });
    }

    @Test
    void acceptsZeroCapacityAndNoLimit() {
        assertThat(offer(DEC_1, DEC_31, 0).terms().monthlyCapacity()).isZero();
        assertThat(offer(DEC_1, DEC_31, null).terms().monthlyCapacity()).isNull();
    }

    @Test
    void refusesEndBeforeStartButAcceptsOneDayOffer() {
        assertThatThrownBy(() -> offer(DEC_31, DEC_1, 5))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("END_BEFORE_START");
                    assertThat(violation.field()).isEqualTo("effectiveTo");
                });
        assertThat(offer(DEC_1, DEC_1, 5).terms().effectiveTo()).isEqualTo(DEC_1);
    }

    @Test
    void withdrawalNeedsReasonAndEndsChanges() {
        PracticeOffer offer = offer(DEC_1, null, 5);
        assertThatThrownBy(() -> offer.withdraw(" ", "tester", Instant.EPOCH))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("reason"));

        offer.withdraw("Made in error", "tester", Instant.EPOCH);

        assertThatThrownBy(() -> offer.change(DEC_1, DEC_31, 3)).isInstanceOf(DomainRuleViolation.class);
    }
}
