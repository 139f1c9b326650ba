package org.onedoor.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Privilege;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.Messages;

/**
 * The need-to-know rule, as a pure function of the facts. The same rule in SQL filters lists ({@link
 * AccessPolicy#ACCESSIBLE}); {@code AccessPolicyAgreementIntegrationTest} proves the two agree.
 * <ol>
 *     <li>Without {@link Privilege#CLIENT_RECORD_VIEW} nobody sees an identifiable record (commissioners see
 *     aggregates and pseudonymised data elsewhere).</li>
 *     <li>An active care-team entry of the person's organisation allows it, when its role's consent is given:
 *     responsible and SPOC entries need none, partners need consent to share with partners, and a GP practice in
 *     shared care needs consent to share with the GP and must be the client's registered practice.</li>
 *     <li>Otherwise an unexpired break-glass opening by this person allows it.</li>
 * </ol>
 */
final class AccessRules {

    private static final DateTimeFormatter DAY = DisplayDate.DAY;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    private AccessRules() {}

    static AccessDecision decide(CurrentUser user, AccessFacts facts, LocalDate today, Instant now, ZoneId zone) {
        if (!user.has(Privilege.CLIENT_RECORD_VIEW)) {
            return AccessDecision.refuse(Messages.text("client.record.noRecordPrivilege"), false);
        }
        List<String> reasons = new ArrayList<>();
        boolean anyActive = false;
        for (AccessFacts.Membership membership : facts.memberships()) {
            if (!membership.activeOn(today)) {
                continue;
            }
            anyActive = true;
            String refusal = refusalFor(membership.role(), facts);
            if (refusal == null) {
                return AccessDecision.allow(
                        "Care team: " + membership.role().label().toLowerCase(Locale.UK));
            }
            reasons.add(refusal);
        }
        if (!anyActive) {
            reasons.add(0, notInTeam(facts));
        }
        boolean mayBreakGlass = user.has(Privilege.CLIENT_BREAK_GLASS);
        AccessFacts.BreakGlassGrant glass = facts.breakGlass();
        if (glass != null) {
            if (glass.expiresAt().isAfter(now)) {
                return AccessDecision.allowByBreakGlass(glass.reason(), glass.expiresAt());
            }
            reasons.add("your break-glass access ended at "
                    + MOMENT.format(glass.expiresAt().atZone(zone)));
        }
        String joined = String.join("; ", reasons);
        return AccessDecision.refuse(
                Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".", mayBreakGlass);
    }

    private static String notInTeam(AccessFacts facts) {
        LocalDate lastEnded = facts.memberships().stream()
                .map(AccessFacts.Membership::endedOn)
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        return lastEnded == null
                ? "your organisation is not in the care team"
                : "your organisation left the care team on " + DAY.format(lastEnded);
    }

    /** Why an active entry with this role does not give access, or null when it does. */
    private static @org.jspecify.annotations.Nullable String refusalFor(CareTeamRole role, AccessFacts facts) {
        if (role == CareTeamRole.SHARED_CARE && !facts.organisationId().equals(facts.registeredPracticeId())) {
            return "the client is not registered with your practice";
        }
        ConsentPurpose needed = role.consentNeeded();
        if (needed == null) {
            return null;
        }
        AccessFacts.Consent consent = facts.consents().get(needed);
        if (consent == null) {
            return "consent to " + needed.action() + " has not been recorded";
        }
        if (consent.decision() != ConsentDecision.GIVEN) {
            return "consent to " + needed.action() + " "
                    + consent.decision().label().toLowerCase(Locale.UK) + " on " + DAY.format(consent.decidedOn());
        }
        return null;
    }
}
