package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.OdsCode;
import org.onedoor.shared.ResultPage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of the partnership directory: who the partnership's members and staff are. Administrators
 * change it; everyone signed in may read it. Every change leaves a history entry.
 */
@Service
public class Directory {

    static final String ORGANISATION = "ORGANISATION";
    static final String STAFF = "STAFF_MEMBER";

    private final Organisations organisations;
    private final StaffMembers staffMembers;
    private final DirectoryQuery query;
    private final DirectoryHistory history;
    private final PartnershipProfile profile;
    private final Clock clock;

    Directory(
            Organisations organisations,
            StaffMembers staffMembers,
            DirectoryQuery query,
            DirectoryHistory history,
            PartnershipProfile profile,
            Clock clock) {
        this.organisations = organisations;
        this.staffMembers = staffMembers;
        this.query = query;
        this.history = history;
        this.profile = profile;
        this.clock = clock;
    }

    public Optional<PartnershipSummary> partnership() {
        return profile.find();
    }

    @PreAuthorize("hasAuthority('DIRECTORY_MANAGE')")
    @Transactional
    public void describePartnership(PartnershipSummary partnership) {
        Optional<PartnershipSummary> before = profile.find();
        profile.save(partnership);
        history.record(
                "PARTNERSHIP",
                PartnershipProfile.ID,
                before.isPresent() ? "CHANGED" : "CREATED",
                before.map(was -> DirectoryHistory.changes(was, partnership)).orElse("Partnership described"));
    }

    @PreAuthorize("hasAuthority('DIRECTORY_MANAGE')")
    @Transactional
    public UUID registerOrganisation(OrganisationDetails details) {
        Organisation organisation = Organisation.register(details);
        refuseDuplicateOds(organisation, null);
        saveRefusingDuplicateOds(organisation);
        history.record(
                ORGANISATION,
                organisation.id(),
                "CREATED",
                details.type().label() + " " + details.name() + " registered");
        return organisation.id();
    }

    @PreAuthorize("hasAuthority('DIRECTORY_MANAGE')")
    @Transactional
    public void amendOrganisation(UUID id, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFound("Organisation", id));
        OrganisationDetails before = organisation.summary().details();
        organisation.amend(details);
        refuseDuplicateOds(organisation, id);
        saveRefusingDuplicateOds(organisation);
        history.record(
                ORGANISATION,
                id,
                "CHANGED",
                DirectoryHistory.changes(before, organisation.summary().details()));
    }

    public OrganisationSummary organisation(UUID id) {
        return organisations
                .findById(id)
                .map(Organisation::summary)
                .orElseThrow(() -> new NotFound("Organisation", id));
    }

    public Optional<OrganisationSummary> findOrganisation(UUID id) {
        return organisations.findById(id).map(Organisation::summary);
    }

    public Optional<OrganisationSummary> practice(OdsCode odsCode) {
        return organisations.findByOdsCode(odsCode.value()).map(Organisation::summary);
    }

    public ResultPage<OrganisationSummary> organisations(OrganisationSearch search) {
        return query.organisations(search);
    }

    /** Every organisation of one type active today, by name: for pick lists. */
    public List<OrganisationSummary> activeOrganisations(OrganisationType type) {
        return query.active(type, LocalDate.now(clock));
    }

    @PreAuthorize("hasAuthority('DIRECTORY_MANAGE')")
    @Transactional
    public UUID registerStaff(StaffDetails details) {
        organisation(details.organisationId());
        StaffMember member = StaffMember.join(details);
        staffMembers.save(member);
        history.record(
                STAFF,
                member.id(),
                "CREATED",
                details.givenName() + " " + details.familyName() + " joined as " + details.jobRole());
        return member.id();
    }

    @PreAuthorize("hasAuthority('DIRECTORY_MANAGE')")
    @Transactional
    public void amendStaff(UUID id, StaffDetails details) {
        StaffMember member = staffMembers.findById(id).orElseThrow(() -> new NotFound("Staff member", id));
        organisation(details.organisationId());
        StaffDetails before = staffMember(id).details();
        member.amend(details);
        staffMembers.save(member);
        history.record(STAFF, id, "CHANGED", DirectoryHistory.changes(before, details));
    }

    public StaffSummary staffMember(UUID id) {
        return query.staffById(id).orElseThrow(() -> new NotFound("Staff member", id));
    }

    /** Every staff member of one organisation, current or not, in one query (callers pick by {@code activeOn}). */
    public List<StaffSummary> staffOf(UUID organisationId) {
        return query.staffOf(organisationId);
    }

    public ResultPage<StaffSummary> staff(StaffSearch search) {
        return query.staff(search);
    }

    public List<HistoryEntry> history(UUID subjectId) {
        return history.of(subjectId);
    }

    private void refuseDuplicateOds(Organisation organisation, UUID self) {
        if (organisation.odsCode() != null) {
            organisations
                    .findByOdsCode(organisation.odsCode())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw duplicateOds(organisation.odsCode());
                    });
        }
    }

    private void saveRefusingDuplicateOds(Organisation organisation) {
        try {
            organisations.save(organisation);
        } catch (DuplicateKeyException raced) {
            throw duplicateOds(organisation.odsCode());
        }
    }

    private static DomainRuleViolation duplicateOds(String odsCode) {
        return new DomainRuleViolation(
                "ODS_CODE_TAKEN",
                "odsCode",
                "Another practice already has the ODS code " + odsCode + ": check the code");
    }
}
