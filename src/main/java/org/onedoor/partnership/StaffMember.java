package org.onedoor.partnership;

import static org.onedoor.shared.Text.tidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person working in the partnership. Leaving is recorded with an end date, never by deletion. */
@Table("staff_member")
class StaffMember {

    @Id
    private final UUID id;

    private String givenName;
    private String familyName;
    private String jobRole;
    private UUID organisationId;
    private @Nullable String email;
    private @Nullable String professionalBody;
    private @Nullable String registrationNumber;
    private LocalDate activeFrom;
    private @Nullable LocalDate activeTo;

    @Version
    private @Nullable Integer version;

    @CreatedDate
    private @Nullable Instant createdAt;

    @CreatedBy
    private @Nullable String createdBy;

    @LastModifiedDate
    private @Nullable Instant changedAt;

    @LastModifiedBy
    private @Nullable String changedBy;

    StaffMember(
            UUID id, String givenName, String familyName, String jobRole, UUID organisationId, LocalDate activeFrom) {
        this.id = id;
        this.givenName = givenName;
        this.familyName = familyName;
        this.jobRole = jobRole;
        this.organisationId = organisationId;
        this.activeFrom = activeFrom;
    }

    static StaffMember join(StaffDetails details) {
        StaffMember member = new StaffMember(
                UUID.randomUUID(),
                details.givenName(),
                details.familyName(),
                details.jobRole(),
                details.organisationId(),
                details.activeFrom());
        member.amend(details);
        return member;
    }

    void amend(StaffDetails details) {
        if (details.activeTo() != null && details.activeTo().isBefore(details.activeFrom())) {
            throw new DomainRuleViolation(
                    "END_BEFORE_START", "activeTo", "The end date must be the same as or after the start date");
        }
        boolean hasBody = tidy(details.professionalBody()) != null;
        boolean hasNumber = tidy(details.registrationNumber()) != null;
        if (hasBody != hasNumber) {
            throw new DomainRuleViolation(
                    "REGISTRATION_INCOMPLETE",
                    hasBody ? "registrationNumber" : "professionalBody",
                    "Enter both the professional body and the registration number, or neither");
        }
        this.givenName = details.givenName().strip();
        this.familyName = details.familyName().strip();
        this.jobRole = details.jobRole().strip();
        this.organisationId = details.organisationId();
        this.email = tidy(details.email());
        this.professionalBody = tidy(details.professionalBody());
        this.registrationNumber = tidy(details.registrationNumber());
        this.activeFrom = details.activeFrom();
        this.activeTo = details.activeTo();
    }

    UUID id() {
        return id;
    }
}
