package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a payment run reads from a snapshot, for the months it covers: clients in treatment per month and the
 * outcome events whose evidence became complete in those months (completions on their discharge day; sustained
 * exits the day after their window ends, for windows ended by the snapshot's as-of day), and the outcome measures
 * first shown in those months ({@link MeasureEventsQuery}). Nothing here uses today's date: the snapshot's as-of day
 * is the only "now".
 */
@Service
@Transactional(readOnly = true)
public class EvidenceReader {

    private final SnapshotStore snapshots;
    private final ClientMonthsQuery clientMonths;
    private final OutcomeEventsQuery outcomes;
    private final CountedClientsQuery counted;
    private final OpenWindowsQuery openWindows;
    private final MeasureEventsQuery measures;

    EvidenceReader(
            SnapshotStore snapshots,
            ClientMonthsQuery clientMonths,
            OutcomeEventsQuery outcomes,
            CountedClientsQuery counted,
            OpenWindowsQuery openWindows,
            MeasureEventsQuery measures) {
        this.snapshots = snapshots;
        this.clientMonths = clientMonths;
        this.outcomes = outcomes;
        this.counted = counted;
        this.openWindows = openWindows;
        this.measures = measures;
    }

    public ActivityEvidence read(UUID snapshotId, YearMonth from, YearMonth to, EvidenceOptions options) {
        return read(snapshot(snapshotId), from, to, options, ContractGroups.one(options))
                .get(0);
    }

    /**
     * The same evidence as {@link #read} for many contracts at once, all alike but for the agency codes by which
     * each chooses its rows (a national month end over one shared snapshot): one pass grouped by contract, a few
     * statements in all instead of three a contract. In the order of {@code agenciesByContract}.
     */
    public List<ActivityEvidence> readEach(
            UUID snapshotId,
            YearMonth from,
            YearMonth to,
            EvidenceOptions options,
            List<Set<String>> agenciesByContract) {
        return read(snapshot(snapshotId), from, to, options, ContractGroups.byAgencies(agenciesByContract));
    }

    private List<ActivityEvidence> read(
            EvidenceSnapshot snapshot, YearMonth from, YearMonth to, EvidenceOptions options, ContractGroups groups) {
        options.requireReadableFrom(snapshot.source());
        List<List<ClientMonths>> months = clientMonths.clientMonths(snapshot.id(), from, to, options, groups);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        LocalDate lastCompletion = last.isAfter(snapshot.asOf()) ? snapshot.asOf() : last;
        List<List<OutcomeEvent>> outcomeEvents = outcomes.completionsAndSustainedExits(
                snapshot.id(), first, last, lastCompletion, snapshot.asOf(), options, groups);
        List<List<MeasureEvent>> met = measures.firstShown(snapshot.id(), first, last, options, groups);
        List<ActivityEvidence> evidence = new ArrayList<>(groups.size());
        for (int n = 0; n < groups.size(); n++) {
            List<OutcomeEvent> events = new ArrayList<>(outcomeEvents.get(n));
            events.sort(Comparator.comparing(OutcomeEvent::evidenceComplete)
                    .thenComparing(OutcomeEvent::stage)
                    .thenComparing(OutcomeEvent::episodeKey));
            evidence.add(new ActivityEvidence(months.get(n), events, met.get(n)));
        }
        return evidence;
    }

    /** Clients in treatment per month for each GP practice (ODS code) with any, for a what-if by practice. */
    public Map<String, List<ClientMonths>> clientMonthsByPractice(
            UUID snapshotId, YearMonth from, YearMonth to, EvidenceOptions options) {
        options.requireReadableFrom(snapshot(snapshotId).source());
        return clientMonths.byPractice(snapshotId, from, to, options);
    }

    /** GP practices with any client in treatment in the months, as a retainer per practice per year counts them. */
    public int participatingPractices(UUID snapshotId, YearMonth from, YearMonth to, EvidenceOptions options) {
        snapshot(snapshotId);
        return clientMonths.participatingPractices(snapshotId, from.atDay(1), to.atEndOfMonth(), options);
    }

    /** A page of the pseudonymous keys of the clients a month counts in treatment, as its client-months count them. */
    public CountedClients countedClients(
            UUID snapshotId, YearMonth month, EvidenceOptions options, int offset, int pageSize) {
        snapshot(snapshotId);
        return counted.page(snapshotId, month, options, Math.max(0, offset), pageSize);
    }

    /**
     * Qualifying completions whose window is open on {@code day} (no later than the snapshot's as-of day), by
     * discharge day and reason, for a budget's outcome payments still expected.
     */
    public List<OpenWindow> openWindows(UUID snapshotId, LocalDate day, EvidenceOptions options) {
        EvidenceSnapshot snapshot = snapshot(snapshotId);
        return openWindows.openOn(snapshotId, day.isAfter(snapshot.asOf()) ? snapshot.asOf() : day, options);
    }

    private EvidenceSnapshot snapshot(UUID id) {
        return snapshots.find(id).orElseThrow(() -> new NotFound("Evidence snapshot", id));
    }
}
