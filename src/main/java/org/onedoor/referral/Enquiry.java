package org.onedoor.referral;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A call to the single point of contact for advice, information or signposting only: not a referral. Made only
 * through {@link #log}, after {@link EnquiryLog} has checked it; voided with a reason, never deleted.
 */
@Table("referral_enquiry")
class Enquiry {

    @Id
    private final UUID id;

    private final String topic;
    private final EnquiryCallerType callerType;
    private final String outcome;
    private final @Nullable String signpostedTo;
    private final @Nullable String notes;
    private final Instant receivedAt;
    private final String receivedBy;

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

    private @Nullable Instant voidedAt;
    private @Nullable String voidedBy;
    private @Nullable String voidReason;

    Enquiry(
            UUID id,
            String topic,
            EnquiryCallerType callerType,
            String outcome,
            @Nullable String signpostedTo,
            @Nullable String notes,
            Instant receivedAt,
            String receivedBy) {
        this.id = id;
        this.topic = topic;
        this.callerType = callerType;
        this.outcome = outcome;
        this.signpostedTo = signpostedTo;
        this.notes = notes;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    /** A checked enquiry, received now. */
    static Enquiry log(
            String topic,
            EnquiryCallerType callerType,
            String outcome,
            @Nullable String signpostedTo,
            @Nullable String notes,
            Instant at,
            String by) {
        return new Enquiry(UUID.randomUUID(), topic, callerType, outcome, signpostedTo, notes, at, by);
    }

    /** Voids the enquiry (logged in error, or about the wrong call); it stays, but leaves every list. */
    void voidBecause(String reason, Instant at, String by) {
        if (voidedAt != null) {
            throw new DomainRuleViolation(
                    "ENQUIRY_ALREADY_VOIDED", null, Messages.text("enquiry.record.alreadyVoided"));
        }
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    UUID id() {
        return id;
    }

    boolean voided() {
        return voidedAt != null;
    }
}
