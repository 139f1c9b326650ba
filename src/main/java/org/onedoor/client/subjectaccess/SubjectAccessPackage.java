package org.onedoor.client.subjectaccess;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AlertEntry;
import org.onedoor.client.CareTeamMember;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ConsentEntry;
import org.onedoor.client.SealedCategory;
import org.onedoor.client.SubstanceEntry;
import org.onedoor.client.TimelineEntry;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.shared.DisplayDate;

/**
 * Everything held about a client, for their subject-access request: identity, care team, consent, alerts (sealed
 * ones too), problem substances, the timeline, the record's history, what other modules hold, and who has looked at
 * the record. Entries voided as recorded in error are still data held, so they are included, each marked with
 * {@link Held#voided()}. Information about other people is withheld and counted in {@link #withheld()}.
 *
 * @param requestReference the request this answers, as the IG lead recorded it
 * @param mergedRecords    references of duplicate records merged into this one, whose history is included
 */
public record SubjectAccessPackage(
        String requestReference,
        Instant producedAt,
        String producedBy,
        ClientIdentity identity,
        List<String> mergedRecords,
        List<CareTeamMember> careTeam,
        List<Held<ConsentEntry>> consents,
        List<Held<AlertEntry>> alerts,
        List<Held<SubstanceEntry>> substances,
        List<Held<TimelineEntry>> timeline,
        List<Change> history,
        List<Section> sections,
        List<Withheld> withheld,
        List<Look> whoHasLooked) {

    /**
     * One entry as held; in JSON the entry's own fields with {@code voided} beside them.
     *
     * @param voided set when the entry was voided as recorded in error
     */
    public record Held<T>(@JsonUnwrapped T entry, @Nullable Voided voided) {

        static <T> Held<T> of(T entry, @Nullable Voided voided) {
            return new Held<>(entry, voided);
        }
    }

    /** When, by whom and why an entry was voided, and the same in words: "Voided on 3 May 2026: wrong client". */
    public record Voided(Instant at, String by, String reason, String text) {

        private static final DateTimeFormatter DAY = DisplayDate.DAY.withZone(ZoneId.of("Europe/London"));

        static @Nullable Voided of(@Nullable Instant at, @Nullable String by, @Nullable String reason) {
            if (at == null) {
                return null;
            }
            String why = reason == null || reason.isBlank() ? "no reason recorded" : reason;
            return new Voided(at, by == null ? "" : by, why, "Voided on " + DAY.format(at) + ": " + why);
        }
    }

    /** One change to the record, or to a record merged into it ({@code record} is its reference). */
    public record Change(Instant at, String record, String action, String summary, String by) {}

    /** What a module above the client record holds, under its heading. */
    public record Section(String title, List<SubjectAccessItem> items) {}

    /** Entries left out of the export, and why. */
    public record Withheld(SealedCategory category, long count, String text) {

        static Withheld of(SealedCategory category, long count) {
            return new Withheld(
                    category,
                    count,
                    count + (count == 1 ? " entry" : " entries") + " withheld: "
                            + category.label().toLowerCase(Locale.UK));
        }
    }

    /**
     * One time someone looked at or did something with the record, from the audit trail.
     *
     * @param roles       the roles they held, by name
     * @param action      the audit trail's code ({@code VIEW}, {@code CHANGE}, …)
     * @param actionLabel the same in words
     */
    public record Look(
            Instant at,
            String record,
            String username,
            @Nullable String roles,
            @Nullable UUID organisationId,
            @Nullable String organisationName,
            String action,
            String actionLabel,
            @Nullable String purpose,
            @Nullable String detail) {}
}
