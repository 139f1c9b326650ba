package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for enquiries: calls for advice, information or signposting that are not referrals. Each is checked
 * whole (every problem reported at once), stamped with the time from the clock and the person who logged it, and
 * voided with a reason rather than deleted.
 */
@Service
@PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
public class EnquiryLog {

    /** Every problem with an enquiry (or with voiding one), thrown together; nothing is saved. */
    private static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("ENQUIRY_INVALID", "enquiry");

    static final int MAX_NOTES = 2000;
    static final int MAX_SIGNPOSTED_TO = 200;
    static final int MAX_VOID_REASON = 400;

    private final EnquiryRepository enquiries;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final Clock clock;

    EnquiryLog(EnquiryRepository enquiries, CurrentUsers currentUsers, JdbcClient jdbc, Clock clock) {
        this.enquiries = enquiries;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An enquiry as taken on the phone; topic and outcome are codes from {@link #topics} and {@link #outcomes}. */
    public record NewEnquiry(
            @Nullable String topic,
            @Nullable EnquiryCallerType callerType,
            @Nullable String outcome,
            @Nullable String signpostedTo,
            @Nullable String notes) {}

    /** Checks and records an enquiry; throws {@link #PROBLEMS} listing every problem, saving nothing. */
    @Transactional
    public UUID log(NewEnquiry details) {
        check(details);
        Enquiry enquiry = Enquiry.log(
                details.topic().strip(),
                details.callerType(),
                details.outcome().strip(),
                tidy(details.signpostedTo()),
                tidy(details.notes()),
                clock.instant(),
                currentUsers.actorName());
        return enquiries.save(enquiry).id();
    }

    /** Runs the checks without saving anything: for a form that already has typing problems. */
    public void check(NewEnquiry details) {
        LocalDate today = LocalDate.now(clock);
        FieldProblems.Collector problems = PROBLEMS.collector();
        code(
                problems,
                "topic",
                details.topic(),
                topics(today),
                Messages.text("enquiry.topic.required"),
                Messages.text("enquiry.topic.unknownCode"));
        if (details.callerType() == null) {
            problems.add("callerType", "REQUIRED", Messages.text("enquiry.callerType.required"));
        }
        code(
                problems,
                "outcome",
                details.outcome(),
                outcomes(today),
                Messages.text("enquiry.outcome.required"),
                Messages.text("enquiry.outcome.unknownCode"));
        String signpostedTo = tidy(details.signpostedTo());
        if (signpostedTo != null && signpostedTo.length() > MAX_SIGNPOSTED_TO) {
            problems.add("signpostedTo", "TOO_LONG", Messages.text("enquiry.signpostedTo.tooLong", MAX_SIGNPOSTED_TO));
        }
        String notes = tidy(details.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add("notes", "TOO_LONG", Messages.text("enquiry.notes.tooLong"));
        }
        problems.throwIfAny();
    }

    /** Enquiries not voided, newest first; pages from 0. */
    public ResultPage<EnquiryEntry> recent(int page, int size) {
        return recent(null, page, size);
    }

    /** Enquiries not voided about one topic (or any, when {@code topic} is blank), newest first; pages from 0. */
    public ResultPage<EnquiryEntry> recent(@Nullable String topic, int page, int size) {
        int clamped = ResultPage.clampSize(size);
        int from = Math.max(0, page);
        String filter = topic == null ? "" : topic.strip();
        long total = jdbc.sql("""
                        select count(*) from referral_enquiry e
                         where e.voided_at is null and (:topic = '' or e.topic = :topic)
                        """).param("topic", filter).query(Long.class).single();
        List<EnquiryEntry> items = jdbc.sql("""
                        select e.id, t.label topic, e.caller_type, o.label outcome, e.signposted_to, e.notes,
                               e.received_at, e.received_by
                          from referral_enquiry e
                          join referral_enquiry_topic t on t.code = e.topic
                          join referral_enquiry_outcome o on o.code = e.outcome
                         where e.voided_at is null and (:topic = '' or e.topic = :topic)
                         order by e.received_at desc, e.id
                         offset :offset rows fetch next :size rows only
                        """)
                .param("topic", filter)
                .param("offset", ResultPage.offset(from, clamped))
                .param("size", clamped)
                .query((rs, n) -> new EnquiryEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("topic"),
                        EnquiryCallerType.valueOf(rs.getString("caller_type")),
                        rs.getString("outcome"),
                        rs.getString("signposted_to"),
                        rs.getString("notes"),
                        DbTime.instant(rs, "received_at"),
                        rs.getString("received_by")))
                .list();
        return new ResultPage<>(items, from, clamped, total);
    }

    /** Voids an enquiry logged in error; the reason is required. */
    @Transactional
    public void voidEnquiry(UUID id, @Nullable String reason) {
        String why = tidy(reason);
        FieldProblems.Collector problems = PROBLEMS.collector();
        if (why == null) {
            problems.add("reason", "REQUIRED", Messages.text("enquiry.reason.required"));
        } else if (why.length() > MAX_VOID_REASON) {
            problems.add("reason", "TOO_LONG", Messages.text("enquiry.reason.tooLong", MAX_VOID_REASON));
        }
        problems.throwIfAny();
        Enquiry enquiry =
                enquiries.findById(id).filter(e -> !e.voided()).orElseThrow(() -> new NotFound("Enquiry", id));
        enquiry.voidBecause(why, clock.instant(), currentUsers.actorName());
        enquiries.save(enquiry);
    }

    /** Enquiry topics still in use on the day, in the order the form offers them. */
    public List<ReferralCodes.Code> topics(LocalDate on) {
        return codeList("referral_enquiry_topic", on);
    }

    /** Enquiry outcomes still in use on the day, in the order the form offers them. */
    public List<ReferralCodes.Code> outcomes(LocalDate on) {
        return codeList("referral_enquiry_outcome", on);
    }

    private List<ReferralCodes.Code> codeList(String table, LocalDate on) {
        return jdbc.sql("select code, label from " + table
                        + " where valid_to is null or valid_to >= ? order by sort_order")
                .param(on)
                .query((rs, n) -> new ReferralCodes.Code(rs.getString(1), rs.getString(2), ""))
                .list();
    }

    private static void code(
            FieldProblems.Collector problems,
            String field,
            @Nullable String typed,
            List<ReferralCodes.Code> known,
            String missing,
            String unknown) {
        String code = tidy(typed);
        if (code == null) {
            problems.add(field, "REQUIRED", missing);
        } else if (known.stream().noneMatch(c -> c.code().equals(code))) {
            problems.add(field, "UNKNOWN_CODE", unknown);
        }
    }
}
