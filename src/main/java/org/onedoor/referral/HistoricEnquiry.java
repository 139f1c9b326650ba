package org.onedoor.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An enquiry that already happened, for {@link ReferralImport}: topic and outcome are codes of the enquiry code
 * lists (the database refuses unknown ones).
 */
public record HistoricEnquiry(
        String topic,
        EnquiryCallerType callerType,
        String outcome,
        @Nullable String signpostedTo,
        @Nullable String notes,
        Instant receivedAt,
        String receivedBy) {}
