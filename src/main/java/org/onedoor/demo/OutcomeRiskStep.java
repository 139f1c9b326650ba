package org.onedoor.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccountSummary;
import org.onedoor.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * A few PHQ-9 reviews answering question 9 (thoughts of self-harm) above 0, so that the risk alert shows on the demo
 * recovery worker's caseload and on those clients' records at first start. The bulk import refuses such answers (a
 * risk must raise its alert), so each is recorded as its keyworker would, one by one: at most {@link #CLIENTS}.
 */
@Component
class OutcomeRiskStep implements DemoStep {

    static final int CLIENTS = 3;

    private final OutcomeRecording recording;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;

    OutcomeRiskStep(OutcomeRecording recording, UserAccounts accounts, CurrentUsers currentUsers) {
        this.recording = recording;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    @Override
    public int order() {
        return 76;
    }

    @Override
    public String name() {
        return "PHQ-9 risk alerts";
    }

    @Override
    public long size(DemoSettings settings) {
        return CLIENTS;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        String recovery = DemoAccount.named(DemoAccount.RECOVERY).username();
        List<DemoContext.DemoEpisode> chosen = context.episodes.stream()
                .filter(DemoContext.DemoEpisode::open)
                .filter(e -> recovery.equals(e.episode().keyworkerUsername()))
                .filter(e -> e.episode().carePlanStartedOn() != null)
                .limit(CLIENTS)
                .toList();
        UserAccountSummary account = accounts.find(recovery).orElse(null);
        if (account == null) {
            return;
        }
        CurrentUser keyworker = new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.organisationId(),
                Set.of(Role.RECOVERY_WORKER));
        for (DemoContext.DemoEpisode e : chosen) {
            currentUsers.actingAs(
                    keyworker,
                    () -> recording.record(
                            e.clientId(),
                            new NewOutcome("phq9", null, "REVIEW", context.today, e.id(), answers(), false)));
            progress.advance(1);
        }
    }

    /** A moderately severe PHQ-9 (total 16) answering question 9 "several days". */
    private static Map<String, String> answers() {
        return Map.of(
                "item1", "2", "item2", "2", "item3", "2", "item4", "2", "item5", "2", "item6", "2", "item7", "2",
                "item8", "1", "item9", "1");
    }
}
