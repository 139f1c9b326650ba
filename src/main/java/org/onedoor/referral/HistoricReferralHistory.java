package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code referral_history} rows of a historic referral, for {@link ReferralImport}: one per stage, in order,
 * each at the stage's time and by the stage's person, worded as live intake, triage, allocation and answer word them.
 */
final class HistoricReferralHistory {

    static final String INSERT = """
            insert into referral_history (id, referral_id, action, detail, changed_at, changed_by)
            values (?, ?, ?, ?, ?, ?)
            """;

    private HistoricReferralHistory() {}

    /**
     * The rows for {@link #INSERT}, in order of the stages.
     *
     * @param urgentRisks the risks that make a referral urgent
     * @param names       an organisation's name by its id
     */
    static List<Object[]> rows(UUID id, HistoricReferral r, Set<Risk> urgentRisks, Function<UUID, String> names) {
        List<Object[]> values = new ArrayList<>(4);
        NewReferral d = r.details();
        boolean urgent = d.risks().stream().anyMatch(urgentRisks::contains);
        values.add(event(
                id,
                "RECEIVED",
                d.channel().label()
                        + (urgent
                                ? "; urgent because of "
                                        + d.risks().stream()
                                                .filter(urgentRisks::contains)
                                                .map(Risk::label)
                                                .map(String::toLowerCase)
                                                .sorted()
                                                .collect(Collectors.joining(", "))
                                : ""),
                r.receivedAt(),
                r.receivedBy()));
        HistoricReferral.Triage t = r.triage();
        if (t != null) {
            values.add(
                    event(id, "TRIAGED", t.outcome().label() + ": " + t.reason().strip(), t.at(), t.by()));
        }
        HistoricReferral.Allocation a = r.allocation();
        if (a != null) {
            String override = tidy(a.overrideReason());
            values.add(event(
                    id,
                    "ALLOCATED",
                    "To " + names.apply(a.organisationId())
                            + (override != null ? " instead of the proposal: " + override : ". " + a.routingReason()),
                    a.at(),
                    a.by()));
        }
        HistoricReferral.Answer answer = r.answer();
        if (answer != null) {
            values.add(event(
                    id,
                    answer.accepted() ? "ACCEPTED" : "RETURNED",
                    answer.accepted() ? null : answer.returnReason().strip(),
                    answer.at(),
                    answer.by()));
        }
        return values;
    }

    private static Object[] event(UUID referralId, String action, @Nullable String detail, Instant at, String by) {
        return new Object[] {UUID.randomUUID(), referralId, action, detail, at, by};
    }
}
