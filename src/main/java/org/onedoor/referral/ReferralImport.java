package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.shared.jdbc.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for loading referrals and enquiries that already happened, in bulk: the demo partnership's history,
 * and later migration from a previous system. It is a <strong>trusted path</strong> for administrators: unlike
 * {@link ReferralIntake} it does not run the intake's checks (NHS number, practice, code lists are left to the
 * database's foreign keys) and it back-dates everything — receipt, triage, allocation, the answer and the waiting
 * clock's stops — to the times in the records, with each stage's history row carrying the person in the record.
 * It checks only that each record's stages hang together (the status follows from them, see
 * {@link HistoricReferral#status()}), and refuses the whole import, saving nothing, when one does not.
 * <p>
 * Writes are set-based: batched inserts of {@value #BATCH} rows. References come from the same sequence as intake,
 * in order of receipt. Referrals allocated to a practice and still allocated or accepted hold a place of that
 * practice's capacity for the month of allocation, as live allocation does (one call per such referral).
 */
@Service
public class ReferralImport {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ReferralSettings settings;
    private final Directory directory;
    private final PracticeMenu menu;
    private final Clock clock;

    ReferralImport(JdbcTemplate jdbc, ReferralSettings settings, Directory directory, PracticeMenu menu, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.directory = directory;
        this.menu = menu;
        this.clock = clock;
    }

    /**
     * Imports referrals with their risks, final state and history; returns their ids in the order given.
     *
     * @throws IllegalArgumentException naming the first record whose stages do not hang together
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public List<UUID> importReferrals(List<HistoricReferral> referrals) {
        for (int i = 0; i < referrals.size(); i++) {
            HistoricReferralCheck.check(i, referrals.get(i));
        }
        List<Row> rows = new ArrayList<>(referrals.size());
        for (HistoricReferral referral : referrals) {
            rows.add(new Row(UUID.randomUUID(), referral));
        }
        List<Row> byReceipt = rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.referral.receivedAt()))
                .toList();
        Map<UUID, OrganisationSummary> organisations = new HashMap<>();
        insertReferrals(byReceipt);
        insertRisks(byReceipt);
        insertHistory(byReceipt, organisations);
        holdPlaces(byReceipt, organisations);
        return rows.stream().map(Row::id).toList();
    }

    /** Imports enquiries as logged at their times; returns their ids in the order given. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public List<UUID> importEnquiries(List<HistoricEnquiry> enquiries) {
        List<UUID> ids = new ArrayList<>(enquiries.size());
        List<Object[]> rows = new ArrayList<>(enquiries.size());
        for (HistoricEnquiry enquiry : enquiries) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {
                id,
                enquiry.topic(),
                enquiry.callerType().name(),
                enquiry.outcome(),
                tidy(enquiry.signpostedTo()),
                tidy(enquiry.notes()),
                enquiry.receivedAt(),
                enquiry.receivedBy(),
                0,
                enquiry.receivedAt(),
                enquiry.receivedBy(),
                enquiry.receivedAt(),
                enquiry.receivedBy()
            });
        }
        batch("""
                insert into referral_enquiry (id, topic, caller_type, outcome, signposted_to, notes, received_at,
                                              received_by, version, created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return ids;
    }

    private void insertReferrals(List<Row> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            values.add(HistoricReferralColumns.values(row.id, row.referral, urgent(row.referral.details())));
        }
        batch(HistoricReferralColumns.INSERT, values);
    }

    private void insertRisks(List<Row> rows) {
        List<Object[]> values = new ArrayList<>();
        for (Row row : rows) {
            row.referral.details().risks().stream()
                    .sorted()
                    .forEach(risk -> values.add(new Object[] {row.id, risk.name()}));
        }
        batch("insert into referral_risk (referral_id, risk) values (?, ?)", values);
    }

    /** One row per state change, written in order so entries at the same instant keep it. */
    private void insertHistory(List<Row> rows, Map<UUID, OrganisationSummary> organisations) {
        List<Object[]> values = new ArrayList<>(rows.size() * 3);
        for (Row row : rows) {
            values.addAll(HistoricReferralHistory.rows(
                    row.id,
                    row.referral,
                    settings.urgentRisks(),
                    id -> organisation(organisations, id).name()));
        }
        batch(HistoricReferralHistory.INSERT, values);
    }

    private void holdPlaces(List<Row> rows, Map<UUID, OrganisationSummary> organisations) {
        for (Row row : rows) {
            HistoricReferral r = row.referral;
            ReferralStatus status = r.status();
            if ((status == ReferralStatus.ALLOCATED || status == ReferralStatus.ACCEPTED)
                    && organisation(organisations, r.allocation().organisationId())
                                    .type()
                            == OrganisationType.GP_PRACTICE) {
                menu.hold(
                        r.allocation().organisationId(),
                        r.triage().neededIntervention(),
                        r.triage().substanceGroup(),
                        LocalDate.ofInstant(r.allocation().at(), clock.getZone()),
                        row.id);
            }
        }
    }

    private OrganisationSummary organisation(Map<UUID, OrganisationSummary> cache, UUID id) {
        return cache.computeIfAbsent(id, directory::organisation);
    }

    private boolean urgent(NewReferral details) {
        return details.risks().stream().anyMatch(settings.urgentRisks()::contains);
    }

    private void batch(String sql, List<Object[]> rows) {
        BatchInsert.run(jdbc, sql, rows, BATCH);
    }

    private record Row(UUID id, HistoricReferral referral) {}
}
