package org.onedoor.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API that takes referrals in, from every channel, into one queue. Each referral is checked whole (all
 * problems reported at once), given a reference to quote, flagged urgent when a risk calls for it, and its receipt
 * starts the waiting clock.
 */
@Service
public class ReferralIntake {

    static final String PUBLIC_WEB_FORM = "public web form";

    private final ReferralWriter writer;
    private final ReferralCodes codes;
    private final ReferralHistory history;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final ReferralSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralIntake(
            ReferralWriter writer,
            ReferralCodes codes,
            ReferralHistory history,
            Directory directory,
            CurrentUsers currentUsers,
            ReferralSettings settings,
            JdbcClient jdbc,
            Clock clock) {
        this.writer = writer;
        this.codes = codes;
        this.history = history;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks and records a referral; throws {@link ReferralCheck#PROBLEMS} listing every problem, saving nothing. */
    @Transactional
    public ReferralReceipt receive(NewReferral details) {
        LocalDate today = LocalDate.now(clock);
        String nhsNumber = ReferralCheck.check(
                details,
                today,
                settings.acceptTestNhsNumbers(),
                codes(codes.sources(today)),
                codes(codes.substances(today)),
                knownPractice(details, today));
        String by = details.channel() == Channel.WEB ? PUBLIC_WEB_FORM : currentUsers.actorName();
        Instant at = clock.instant();
        Referral referral = Referral.receive(nextReference(), details, nhsNumber, settings.urgentRisks(), at, by);
        writer.insertNew(referral);
        history.record(
                referral.id(),
                "RECEIVED",
                details.channel().label() + (referral.urgent() ? "; urgent because of " + urgentRisks(details) : ""),
                by);
        return new ReferralReceipt(referral.id(), referral.reference(), referral.urgent(), at);
    }

    /** Runs the intake's checks without saving anything: for a form that already has typing problems. */
    public void check(NewReferral details) {
        LocalDate today = LocalDate.now(clock);
        ReferralCheck.check(
                details,
                today,
                settings.acceptTestNhsNumbers(),
                codes(codes.sources(today)),
                codes(codes.substances(today)),
                knownPractice(details, today));
    }

    private boolean knownPractice(NewReferral details, LocalDate today) {
        return details.gpPracticeId() != null
                && directory
                        .findOrganisation(details.gpPracticeId())
                        .filter(o -> o.type() == OrganisationType.GP_PRACTICE && o.activeOn(today))
                        .isPresent();
    }

    private String nextReference() {
        Long next = jdbc.sql("select nextval('referral_reference_seq')")
                .query(Long.class)
                .single();
        return "R" + next;
    }

    private String urgentRisks(NewReferral details) {
        return details.risks().stream()
                .filter(settings.urgentRisks()::contains)
                .map(Risk::label)
                .map(String::toLowerCase)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static Set<String> codes(java.util.List<ReferralCodes.Code> list) {
        return list.stream().map(ReferralCodes.Code::code).collect(Collectors.toSet());
    }
}
