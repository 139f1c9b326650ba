package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.shared.jdbc.DbTime;
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
            check(i, referrals.get(i));
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

    private static void check(int index, HistoricReferral referral) {
        String where = "Historic referral " + index + ": ";
        NewReferral details = referral.details();
        require(
                !details.substances().isEmpty() && details.substances().size() <= 3,
                where + "needs one to three substances");
        HistoricReferral.Triage triage = referral.triage();
        HistoricReferral.Allocation allocation = referral.allocation();
        HistoricReferral.Answer answer = referral.answer();
        if (triage != null) {
            require(!triage.at().isBefore(referral.receivedAt()), where + "triaged before it was received");
            require(
                    triage.outcome().completeWith(triage.neededIntervention(), triage.substanceGroup()),
                    where + "an allocating triage needs the intervention and the substance group");
        }
        if (allocation != null) {
            require(
                    triage != null && !triage.outcome().closesReferral(),
                    where + "only a referral triaged for allocation can be allocated");
            require(!allocation.at().isBefore(triage.at()), where + "allocated before it was triaged");
        } else {
            require(answer == null, where + "only an allocated referral can be accepted or returned");
        }
        if (answer != null) {
            require(!answer.at().isBefore(allocation.at()), where + "answered before it was allocated");
            require(answer.accepted() || tidy(answer.returnReason()) != null, where + "a return needs its reason");
        }
        require(
                referral.status() == ReferralStatus.ACCEPTED
                        || referral.firstAppointmentOfferedOn() == null
                                && referral.firstInterventionStartedOn() == null,
                where + "only an accepted referral has first appointment or intervention dates");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private void insertReferrals(List<Row> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            HistoricReferral r = row.referral;
            NewReferral d = r.details();
            HistoricReferral.Triage t = r.triage();
            HistoricReferral.Allocation a = r.allocation();
            HistoricReferral.Answer answer = r.answer();
            ReferralStatus status = r.status();
            boolean returned = status == ReferralStatus.RETURNED;
            List<String> substances = d.substances();
            Last last = last(r);
            boolean allocating = t != null && !t.outcome().closesReferral();
            values.add(new Object[] {
                row.id,
                d.channel().name(),
                status.name(),
                urgent(d),
                d.givenName().strip(),
                d.familyName().strip(),
                d.dateOfBirth(),
                d.sex().name(),
                tidy(d.nhsNumber()) == null ? null : d.nhsNumber().replaceAll("\\s", ""),
                tidy(d.postcode()) == null ? null : d.postcode().strip().toUpperCase(),
                tidy(d.contact().telephone()),
                tidy(d.contact().email()),
                d.contact().mayText(),
                d.contact().mayVoicemail(),
                d.contact().mayWrite(),
                d.gpPracticeId(),
                d.source(),
                tidy(d.referrerName()),
                tidy(d.referrerOrganisation()),
                substances.get(0),
                substances.size() > 1 ? substances.get(1) : null,
                substances.size() > 2 ? substances.get(2) : null,
                tidy(d.notes()),
                r.receivedAt(),
                r.receivedBy(),
                last.changes,
                r.receivedAt(),
                r.receivedBy(),
                last.at,
                last.by,
                t == null ? null : t.at(),
                t == null ? null : t.by(),
                t == null ? null : t.outcome().name(),
                t == null ? null : t.reason().strip(),
                allocating ? t.neededIntervention() : null,
                allocating ? t.substanceGroup() : null,
                a == null || returned ? null : a.organisationId(),
                a == null ? null : a.at(),
                a == null ? null : a.routingReason(),
                a == null ? null : tidy(a.overrideReason()),
                answer != null && answer.accepted() ? answer.at() : null,
                returned ? answer.at() : null,
                returned ? answer.returnReason().strip() : null,
                status == ReferralStatus.CLOSED ? t.at() : null,
                r.firstAppointmentOfferedOn(),
                r.firstInterventionStartedOn()
            });
        }
        batch("""
                insert into referral (id, reference, channel, status, urgent, given_name, family_name, date_of_birth,
                                      sex, nhs_number, postcode, telephone, email, may_text, may_voicemail, may_write,
                                      gp_practice_id, source, referrer_name, referrer_organisation,
                                      substance_1, substance_2, substance_3, notes,
                                      received_at, received_by, version, created_at, created_by, changed_at, changed_by,
                                      triaged_at, triaged_by, triage_outcome, triage_reason, needed_intervention,
                                      substance_group, allocated_to, allocated_at, routing_reason, override_reason,
                                      accepted_at, returned_at, return_reason, closed_at,
                                      first_appointment_offered_on, first_intervention_started_on)
                values (?, 'R' || nextval('referral_reference_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values);
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
            HistoricReferral r = row.referral;
            NewReferral d = r.details();
            boolean urgent = urgent(d);
            values.add(event(
                    row.id,
                    "RECEIVED",
                    d.channel().label()
                            + (urgent
                                    ? "; urgent because of "
                                            + d.risks().stream()
                                                    .filter(settings.urgentRisks()::contains)
                                                    .map(Risk::label)
                                                    .map(String::toLowerCase)
                                                    .sorted()
                                                    .collect(Collectors.joining(", "))
                                    : ""),
                    r.receivedAt(),
                    r.receivedBy()));
            HistoricReferral.Triage t = r.triage();
            if (t != null) {
                values.add(event(
                        row.id,
                        "TRIAGED",
                        t.outcome().label() + ": " + t.reason().strip(),
                        t.at(),
                        t.by()));
            }
            HistoricReferral.Allocation a = r.allocation();
            if (a != null) {
                String name = organisation(organisations, a.organisationId()).name();
                String override = tidy(a.overrideReason());
                values.add(event(
                        row.id,
                        "ALLOCATED",
                        "To " + name
                                + (override != null
                                        ? " instead of the proposal: " + override
                                        : ". " + a.routingReason()),
                        a.at(),
                        a.by()));
            }
            HistoricReferral.Answer answer = r.answer();
            if (answer != null) {
                values.add(event(
                        row.id,
                        answer.accepted() ? "ACCEPTED" : "RETURNED",
                        answer.accepted() ? null : answer.returnReason().strip(),
                        answer.at(),
                        answer.by()));
            }
        }
        batch("""
                insert into referral_history (id, referral_id, action, detail, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)
                """, values);
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

    private static Object[] event(UUID referralId, String action, @Nullable String detail, Instant at, String by) {
        return new Object[] {UUID.randomUUID(), referralId, action, detail, at, by};
    }

    /** The latest change, for the audit columns, and how many saves the referral has been through. */
    private static Last last(HistoricReferral r) {
        Last last = new Last(r.receivedAt(), r.receivedBy(), 0);
        if (r.triage() != null) {
            last = new Last(r.triage().at(), r.triage().by(), 1);
        }
        if (r.allocation() != null) {
            last = new Last(r.allocation().at(), r.allocation().by(), 2);
        }
        if (r.answer() != null) {
            last = new Last(r.answer().at(), r.answer().by(), 3);
        }
        return last;
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, BATCH, ReferralImport::bind);
        }
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.OTHER);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, DbTime.toDb(instant));
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else {
                statement.setObject(index, Objects.requireNonNull(value));
            }
        }
    }

    private record Row(UUID id, HistoricReferral referral) {}

    private record Last(Instant at, String by, int changes) {}
}
