package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral waiting in a receiving organisation's inbox, with what the receiver needs to decide on it: how long it
 * has waited, the risks, how the person may safely be contacted, the latest screening and why it was sent here.
 */
public record InboxEntry(
        UUID id,
        String reference,
        String name,
        LocalDate dateOfBirth,
        boolean urgent,
        String neededIntervention,
        String substanceGroup,
        Instant allocatedAt,
        String routingReason,
        long daysWaiting,
        List<String> risks,
        String safeContact,
        @Nullable String screening) {

    public InboxEntry {
        risks = List.copyOf(risks);
    }

    /** The entry with its risks and latest screening, read for a page of entries at once. */
    InboxEntry with(List<String> risks, @Nullable String screening) {
        return new InboxEntry(
                id,
                reference,
                name,
                dateOfBirth,
                urgent,
                neededIntervention,
                substanceGroup,
                allocatedAt,
                routingReason,
                daysWaiting,
                risks,
                safeContact,
                screening);
    }

    /** How the person may be contacted, in words: a phone call, and what else they said is safe. */
    static String safeContact(boolean mayText, boolean mayVoicemail, boolean mayWrite) {
        List<String> also = new java.util.ArrayList<>();
        if (mayText) {
            also.add("text messages");
        }
        if (mayVoicemail) {
            also.add("voicemail");
        }
        if (mayWrite) {
            also.add("letters");
        }
        return also.isEmpty() ? "Phone call in person only" : "Phone call, " + String.join(", ", also);
    }
}
