package org.onedoor.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A practice's offer of one intervention for one substance group over a period. An offer made in error is
 * withdrawn with a reason, never deleted; an offer that stops is given an end date.
 */
@Table("practice_offer")
class PracticeOffer {

    @Id
    private final UUID id;

    private final UUID practiceId;
    private final String intervention;
    private final String substanceGroup;
    private LocalDate effectiveFrom;
    private @Nullable LocalDate effectiveTo;
    private @Nullable Integer monthlyCapacity;

    @Version
    private @Nullable Integer version;

    @CreatedDate
    private @Nullable Instant createdAt;

    @CreatedBy
    private @Nullable String createdBy;

    @LastModifiedDate
    private @Nullable Instant changedAt;

    @LastModifiedBy
    private @Nullable String changedBy;

    private @Nullable Instant withdrawnAt;
    private @Nullable String withdrawnBy;
    private @Nullable String withdrawnReason;

    PracticeOffer(UUID id, UUID practiceId, String intervention, String substanceGroup, LocalDate effectiveFrom) {
        this.id = id;
        this.practiceId = practiceId;
        this.intervention = intervention;
        this.substanceGroup = substanceGroup;
        this.effectiveFrom = effectiveFrom;
    }

    static PracticeOffer make(UUID practiceId, OfferTerms terms) {
        PracticeOffer offer = new PracticeOffer(
                UUID.randomUUID(), practiceId, terms.intervention(), terms.substanceGroup(), terms.effectiveFrom());
        offer.change(terms.effectiveFrom(), terms.effectiveTo(), terms.monthlyCapacity());
        return offer;
    }

    void change(LocalDate from, @Nullable LocalDate to, @Nullable Integer capacity) {
        refuseIfWithdrawn();
        if (to != null && to.isBefore(from)) {
            throw new DomainRuleViolation(
                    "END_BEFORE_START", "effectiveTo", "The end date must be the same as or after the start date");
        }
        if (capacity != null && capacity < 0) {
            throw new DomainRuleViolation(
                    "CAPACITY_NEGATIVE",
                    "monthlyCapacity",
                    "Monthly capacity cannot be below zero: leave it blank for no limit");
        }
        this.effectiveFrom = from;
        this.effectiveTo = to;
        this.monthlyCapacity = capacity;
    }

    void withdraw(String reason, String by, Instant at) {
        refuseIfWithdrawn();
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("REASON_REQUIRED", "reason", "Enter why the offer is withdrawn");
        }
        this.withdrawnReason = reason.strip();
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(from);
        return withdrawnAt == null && startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private void refuseIfWithdrawn() {
        if (withdrawnAt != null) {
            throw new DomainRuleViolation("OFFER_WITHDRAWN", null, "This offer was withdrawn and cannot change");
        }
    }

    UUID id() {
        return id;
    }

    UUID practiceId() {
        return practiceId;
    }

    String cell() {
        return intervention + "/" + substanceGroup;
    }

    OfferTerms terms() {
        return new OfferTerms(intervention, substanceGroup, effectiveFrom, effectiveTo, monthlyCapacity);
    }
}
