package org.onedoor.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/**
 * Who may add which organisation to a care team by hand (issue 13, ADR 0006): an organisation joins only on a
 * clinical basis (an accepted referral or an episode at that organisation, or a team manager of the organisation
 * responsible for treatment adding it), in a role that fits it (a partner provider as partner, the registered GP
 * practice in shared care, responsible only on a referral, an episode or the responsible team manager's word, never
 * by its own hand), from a start no further back than the configured days. Break-glass is refused before this.
 */
final class CareTeamJoinPolicy {

    private CareTeamJoinPolicy() {}

    /**
     * @param team the client's care-team entries active on the day the organisation would join
     */
    record Request(
            CurrentUser user,
            OrganisationSummary organisation,
            CareTeamRole role,
            LocalDate from,
            LocalDate today,
            int backdateDays,
            @Nullable UUID registeredPractice,
            List<Entry> team) {}

    /** An active care-team entry: which organisation, in what role, brought by what. */
    record Entry(
            UUID organisationId,
            CareTeamRole role,
            @Nullable String sourceKind) {}

    /** The basis for the addition, after adding to the collector every reason it is refused. */
    static @Nullable CareTeamBasis basis(Request request, FieldProblems.Collector problems) {
        LocalDate earliest = request.today().minusDays(request.backdateDays());
        if (request.from().isBefore(earliest)) {
            problems.add(
                    "startedOn",
                    "BACKDATED_TOO_FAR",
                    Messages.text(
                            "client.startedOn.backdatedTooFar",
                            org.onedoor.shared.DisplayDate.of(earliest),
                            request.backdateDays()));
        }
        String misfit = roleMisfit(request);
        if (misfit != null) {
            problems.add("role", "ROLE_DOES_NOT_FIT", misfit);
        }
        CareTeamBasis basis = basisFor(request);
        if (basis == null && misfit == null) {
            boolean own = request.organisation().id().equals(request.user().organisationId());
            problems.add(
                    own && request.role() == CareTeamRole.RESPONSIBLE ? "role" : "organisationId",
                    "NO_CLINICAL_BASIS",
                    own && request.role() == CareTeamRole.RESPONSIBLE
                            ? Messages.text("client.role.noClinicalBasis")
                            : Messages.text("client.organisationId.noClinicalBasis"));
        }
        return basis;
    }

    private static @Nullable CareTeamBasis basisFor(Request request) {
        UUID joining = request.organisation().id();
        CareTeamBasis held = request.team().stream()
                .filter(entry -> entry.organisationId().equals(joining))
                .map(entry -> CareTeamBasis.ofSource(entry.sourceKind()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (held != null) {
            return held;
        }
        UUID own = request.user().organisationId();
        boolean managesResponsible = request.user().holds(Role.TEAM_MANAGER)
                && request.team().stream()
                        .anyMatch(entry ->
                                entry.organisationId().equals(own) && entry.role() == CareTeamRole.RESPONSIBLE);
        return managesResponsible ? CareTeamBasis.TEAM_MANAGER : null;
    }

    private static @Nullable String roleMisfit(Request request) {
        OrganisationSummary organisation = request.organisation();
        boolean practice = organisation.type().isPractice();
        return switch (request.role()) {
            case SHARED_CARE ->
                !practice
                        ? Messages.text("client.role.roleDoesNotFit.notAPractice")
                        : organisation.id().equals(request.registeredPractice())
                                ? null
                                : Messages.text("client.role.roleDoesNotFit.notRegistered");
            case PARTNER -> practice ? Messages.text("client.role.roleDoesNotFit.practiceAsPartner") : null;
            case RESPONSIBLE -> null;
            case SPOC -> Messages.text("client.role.roleDoesNotFit.spoc");
        };
    }
}
