package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.OdsCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of the practice service menu: which interventions each GP practice hosts per substance group,
 * when, and with how much monthly capacity. Practice users change their own practice's menu; administrators any.
 * Referral routing asks {@link #offering} and holds places with {@link #hold}.
 */
@Service
public class PracticeMenu {

    private final PracticeOffers offers;
    private final MenuQuery query;
    private final MatrixQuery matrixQuery;
    private final Directory directory;
    private final DirectoryHistory history;
    private final CapacityHolds holds;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PracticeMenu(
            PracticeOffers offers,
            MenuQuery query,
            MatrixQuery matrixQuery,
            Directory directory,
            DirectoryHistory history,
            CapacityHolds holds,
            CurrentUsers currentUsers,
            Clock clock) {
        this.offers = offers;
        this.query = query;
        this.matrixQuery = matrixQuery;
        this.directory = directory;
        this.history = history;
        this.holds = holds;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public List<CodeLabel> interventions() {
        return query.interventions();
    }

    public List<CodeLabel> substanceGroups() {
        return query.substanceGroups();
    }

    /** Every current, past and future offer of one practice (withdrawn offers excluded). */
    public List<MenuOffer> menuOf(OdsCode odsCode) {
        return query.offersOf(practice(odsCode).id());
    }

    /** Whether the signed-in user may change this practice's menu. */
    public boolean mayEdit(OdsCode odsCode) {
        return currentUsers
                .find()
                .map(user -> mayEdit(user, practice(odsCode).id()))
                .orElse(false);
    }

    @Transactional
    public UUID addOffer(OdsCode odsCode, OfferTerms terms) {
        OrganisationSummary practice = editablePractice(odsCode);
        refuseUnknownCodes(terms.intervention(), terms.substanceGroup());
        PracticeOffer offer = PracticeOffer.make(practice.id(), terms);
        refuseOverlap(practice.id(), terms, null);
        offers.save(offer);
        history.record("PRACTICE_MENU", practice.id(), "OFFER_ADDED", describe(terms));
        return offer.id();
    }

    @Transactional
    public void changeOffer(
            OdsCode odsCode, UUID offerId, LocalDate from, @Nullable LocalDate to, @Nullable Integer capacity) {
        OrganisationSummary practice = editablePractice(odsCode);
        PracticeOffer offer = offerOf(practice, offerId);
        OfferTerms before = offer.terms();
        offer.change(from, to, capacity);
        refuseOverlap(practice.id(), offer.terms(), offerId);
        offers.save(offer);
        history.record(
                "PRACTICE_MENU",
                practice.id(),
                "OFFER_CHANGED",
                describe(before) + ": " + DirectoryHistory.changes(before, offer.terms()));
    }

    @Transactional
    public void withdrawOffer(OdsCode odsCode, UUID offerId, String reason) {
        OrganisationSummary practice = editablePractice(odsCode);
        PracticeOffer offer = offerOf(practice, offerId);
        offer.withdraw(reason, currentUsers.actorName(), clock.instant());
        offers.save(offer);
        history.record("PRACTICE_MENU", practice.id(), "OFFER_WITHDRAWN", describe(offer.terms()) + ": " + reason);
    }

    /** Which practices offer the intervention for the substance group on the date, with places left that month. */
    public List<PracticeOfferAvailability> offering(String intervention, String substanceGroup, LocalDate date) {
        refuseUnknownCodes(intervention, substanceGroup);
        return query.offering(intervention, substanceGroup, date);
    }

    @PreAuthorize("hasAuthority('PRACTICE_MENU_VIEW_ALL')")
    public MenuMatrix matrix(
            LocalDate asOf,
            @Nullable String intervention,
            @Nullable String substanceGroup,
            @Nullable String practiceText,
            boolean onlyOffering,
            int page,
            int size) {
        List<CodeLabel> interventions = query.interventions().stream()
                .filter(code -> intervention == null || code.code().equals(intervention))
                .toList();
        List<CodeLabel> groups = query.substanceGroups().stream()
                .filter(code -> substanceGroup == null || code.code().equals(substanceGroup))
                .toList();
        MatrixQuery.Page practices = matrixQuery.page(
                new MatrixQuery.Filter(asOf, practiceText, intervention, substanceGroup, onlyOffering, page, size));
        return new MenuMatrix(asOf, interventions, groups, practices.rows(), practices.offeringPractices());
    }

    /** Takes one of the practice's places for the month of {@code date} for a referral; refuses when none is left. */
    @Transactional
    public void hold(UUID practiceId, String intervention, String substanceGroup, LocalDate date, UUID heldFor) {
        holds.lockCell(practiceId, intervention, substanceGroup);
        PracticeOfferAvailability offer = query.offering(intervention, substanceGroup, date).stream()
                .filter(o -> o.practiceId().equals(practiceId))
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation(
                        "NOT_OFFERED",
                        null,
                        "The practice does not offer this intervention for this substance group on " + date));
        if (!offer.hasCapacity()) {
            throw new DomainRuleViolation(
                    "NO_CAPACITY", null, offer.practiceName() + " has no places left this month for this intervention");
        }
        holds.hold(offer, date.withDayOfMonth(1), heldFor);
    }

    /** Gives back the places held for a referral (it was returned or withdrawn). */
    @Transactional
    public void release(UUID heldFor) {
        holds.release(heldFor);
    }

    private OrganisationSummary practice(OdsCode odsCode) {
        return directory.practice(odsCode).orElseThrow(() -> new NotFound("GP practice", odsCode));
    }

    private OrganisationSummary editablePractice(OdsCode odsCode) {
        OrganisationSummary practice = practice(odsCode);
        if (!mayEdit(currentUsers.require(), practice.id())) {
            throw new AccessRefused(
                    "You can change only your own practice's menu. " + practice.name() + " is not your practice.");
        }
        return practice;
    }

    private static boolean mayEdit(CurrentUser user, UUID practiceId) {
        return user.has(Privilege.PRACTICE_MENU_EDIT_ANY)
                || user.has(Privilege.PRACTICE_MENU_EDIT_OWN)
                        && user.organisationId().equals(practiceId);
    }

    private PracticeOffer offerOf(OrganisationSummary practice, UUID offerId) {
        return offers.findById(offerId)
                .filter(offer -> offer.practiceId().equals(practice.id()))
                .orElseThrow(() -> new NotFound("Offer", offerId));
    }

    private void refuseUnknownCodes(String intervention, String substanceGroup) {
        if (query.interventions().stream().noneMatch(code -> code.code().equals(intervention))) {
            throw new DomainRuleViolation(
                    "UNKNOWN_INTERVENTION",
                    "intervention",
                    "Choose an intervention from the menu list; " + intervention + " is not one");
        }
        if (query.substanceGroups().stream().noneMatch(code -> code.code().equals(substanceGroup))) {
            throw new DomainRuleViolation(
                    "UNKNOWN_SUBSTANCE_GROUP",
                    "substanceGroup",
                    "Choose a substance group from the list; " + substanceGroup + " is not one");
        }
    }

    private void refuseOverlap(UUID practiceId, OfferTerms terms, @Nullable UUID self) {
        boolean overlaps = offers.findCell(practiceId, terms.intervention(), terms.substanceGroup()).stream()
                .filter(other -> !other.id().equals(self))
                .anyMatch(other -> other.overlaps(terms.effectiveFrom(), terms.effectiveTo()));
        if (overlaps) {
            throw new DomainRuleViolation(
                    "OFFER_OVERLAPS",
                    "effectiveFrom",
                    "The practice already offers this for this substance group during these dates: "
                            + "end the existing offer first or choose dates that do not overlap");
        }
    }

    private String describe(OfferTerms terms) {
        return terms.intervention() + " for " + terms.substanceGroup() + " from " + terms.effectiveFrom()
                + (terms.effectiveTo() == null ? "" : " to " + terms.effectiveTo())
                + (terms.monthlyCapacity() == null ? "" : ", " + terms.monthlyCapacity() + " a month");
    }
}
