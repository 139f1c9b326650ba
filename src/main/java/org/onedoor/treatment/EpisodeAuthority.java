package org.onedoor.treatment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.StaffSummary;
import org.onedoor.security.AccountHolders;
import org.onedoor.security.CurrentUser;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Who may record an episode, and whom they may name (issue 13): only people of the provider delivering it, or of an
 * organisation the lead provider delegated that to; the keyworker a current staff member of the provider with a
 * OneDoor account; a triage or discharge date further back than the configured days only with a reason, audited,
 * because these dates decide payments.
 */
@Component
class EpisodeAuthority {

    private final EpisodeDelegations delegations;
    private final AccountHolders accounts;
    private final Directory directory;
    private final TreatmentSettings settings;

    EpisodeAuthority(
            EpisodeDelegations delegations, AccountHolders accounts, Directory directory, TreatmentSettings settings) {
        this.delegations = delegations;
        this.accounts = accounts;
        this.directory = directory;
        this.settings = settings;
    }

    /** For opening: a problem at the provider field when the person's organisation may not record there. */
    void checkProvider(CurrentUser user, UUID provider, LocalDate today, FieldProblems.Collector problems) {
        if (!delegations.allows(user.organisationId(), provider, today)) {
            problems.add(
                    "providerId",
                    "NOT_YOUR_PROVIDER",
                    Messages.text("treatment.providerId.notYourProvider", organisationName(user.organisationId())));
        }
    }

    /** For changing: refused (403) when the person's organisation neither delivers the episode nor is delegated. */
    void requireRecording(CurrentUser user, UUID provider, LocalDate today) {
        if (!delegations.allows(user.organisationId(), provider, today)) {
            throw new AccessRefused(Messages.text("treatment.refused.notRecorder", organisationName(provider)));
        }
    }

    /**
     * The keyworker named by username, checked: an enabled account of the provider belonging to a staff member of
     * the provider on the day. Null when none is named; a name typed without a username is refused.
     */
    @Nullable
    Keyworker keyworker(
            @Nullable String username,
            @Nullable String typedName,
            UUID provider,
            LocalDate today,
            FieldProblems.Collector problems) {
        if (username == null || username.isBlank()) {
            if (typedName != null && !typedName.isBlank()) {
                problems.add(
                        "keyworkerUsername",
                        "KEYWORKER_UNKNOWN",
                        Messages.text("treatment.keyworkerUsername.keyworkerUnknown"));
            }
            return null;
        }
        AccountHolders.AccountHolder holder = accounts.find(username).orElse(null);
        if (holder == null) {
            problems.add(
                    "keyworkerUsername",
                    "KEYWORKER_UNKNOWN",
                    Messages.text("treatment.keyworkerUsername.keyworkerUnknown.thereNoOnedoor", cut(username)));
            return null;
        }
        StaffSummary staff = staffMember(holder.staffMemberId());
        if (!holder.enabled()
                || !holder.organisationId().equals(provider)
                || staff == null
                || !staff.organisationId().equals(provider)
                || !staff.activeOn(today)) {
            problems.add(
                    "keyworkerUsername",
                    "KEYWORKER_NOT_STAFF",
                    Messages.text(
                            "treatment.keyworkerUsername.keyworkerNotStaff",
                            holder.displayName(),
                            organisationName(provider)));
            return null;
        }
        return new Keyworker(holder.username(), staff.fullName());
    }

    /** How many days back the date lies beyond the limit; a problem when it does and no reason is given. */
    long lateness(
            @Nullable LocalDate on,
            LocalDate today,
            @Nullable String reason,
            String what,
            FieldProblems.Collector problems) {
        if (on == null || !on.isBefore(today.minusDays(settings.backdateDays()))) {
            return 0;
        }
        if (reason == null || reason.isBlank()) {
            problems.add(
                    "lateReason",
                    "LATE_REASON_REQUIRED",
                    Messages.text(
                            "treatment.lateReason.lateReasonRequired",
                            what,
                            DisplayDate.of(on),
                            settings.backdateDays()));
        } else if (reason.strip().length() > 500) {
            problems.add("lateReason", "TOO_LONG", Messages.text("treatment.lateReason.tooLong"));
        }
        return ChronoUnit.DAYS.between(on, today);
    }

    private @Nullable StaffSummary staffMember(@Nullable UUID id) {
        try {
            return id == null ? null : directory.staffMember(id);
        } catch (org.onedoor.shared.NotFound gone) {
            return null;
        }
    }

    int backdateDays() {
        return settings.backdateDays();
    }

    private String organisationName(UUID id) {
        return directory.findOrganisation(id).map(OrganisationSummary::name).orElse("your organisation");
    }

    private static String cut(String text) {
        String stripped = text.strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
    }

    /** A checked keyworker: their username (the caseload key) and their name from the staff directory. */
    record Keyworker(String username, String name) {}
}
