package org.onedoor.referral;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One logged enquiry as the enquiry list shows it, with the labels people read. */
public record EnquiryEntry(
        UUID id,
        String topic,
        EnquiryCallerType callerType,
        String outcome,
        @Nullable String signpostedTo,
        @Nullable String notes,
        Instant receivedAt,
        String receivedBy) {}
