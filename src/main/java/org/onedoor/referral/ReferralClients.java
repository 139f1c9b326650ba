package org.onedoor.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.ClientTimeline;
import org.onedoor.client.ProblemSubstances;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Connects an accepted referral to the shared client record: the client it is about (an existing record the
 * accepting worker confirmed, else a new one; never matched silently), the accepting organisation responsible for
 * treatment with the accepting person as named worker, the referral's problem substances and an entry on the client's timeline.
 */
@Component
class ReferralClients {

    static final String SOURCE = "REFERRAL";

    private final ClientRegistry registry;
    private final ClientTimeline timeline;
    private final ProblemSubstances substances;
    private final ReferralCodes codes;
    private final Directory directory;

    ReferralClients(
            ClientRegistry registry,
            ClientTimeline timeline,
            ProblemSubstances substances,
            ReferralCodes codes,
            Directory directory) {
        this.registry = registry;
        this.timeline = timeline;
        this.substances = substances;
        this.codes = codes;
        this.directory = directory;
    }

    /**
     * Links the just-accepted referral to its client, as the accepting worker confirmed it: an existing record they
     * chose from the candidates, or (none chosen) a new record. Returns the client's id.
     */
    UUID accepted(Referral referral, CurrentUser user, LocalDate today, @Nullable UUID confirmedClient) {
        UUID client = registry.registerOrLink(
                referral.asClient(),
                confirmedClient,
                new CareTeamMembership(
                        user.organisationId(),
                        CareTeamRole.RESPONSIBLE,
                        user.username(),
                        user.displayName(),
                        today,
                        SOURCE,
                        referral.id()));
        referral.linkClient(client);
        List<ProblemSubstances.Substance> ranked = referral.substanceCodes().stream()
                .map(code -> new ProblemSubstances.Substance(
                        code,
                        codes.substance(code, today)
                                .map(ReferralCodes.Code::label)
                                .orElse(code)))
                .toList();
        String accepted = "Referral " + referral.reference() + " accepted by "
                + directory.organisation(user.organisationId()).name();
        substances.record(client, ranked, today, accepted);
        timeline.add(
                client,
                today,
                SOURCE,
                accepted,
                "Problem substances: "
                        + ranked.stream()
                                .map(ProblemSubstances.Substance::label)
                                .collect(Collectors.joining(", ")),
                SOURCE,
                referral.id(),
                null);
        return client;
    }
}
