package org.onedoor.partnership;

import static org.onedoor.shared.Text.tidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.OdsCode;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member of the partnership. Never deleted: it is ended with a date and stays in history. */
@Table("organisation")
class Organisation {

    @Id
    private final UUID id;

    private OrganisationType organisationType;
    private String name;
    private @Nullable String odsCode;
    private @Nullable Integer listSize;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String town;
    private @Nullable String postcode;
    private @Nullable String telephone;
    private @Nullable String openingNotes;
    private @Nullable String accessibility;
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

    Organisation(UUID id, OrganisationType organisationType, String name, LocalDate activeFrom) {
        this.id = id;
        this.organisationType = organisationType;
        this.name = name;
        this.activeFrom = activeFrom;
    }

    static Organisation register(OrganisationDetails details) {
        Organisation organisation =
                new Organisation(UUID.randomUUID(), details.type(), details.name(), details.activeFrom());
        organisation.amend(details);
        return organisation;
    }

    /** Replaces the details; the type of an organisation never changes once registered. */
    void amend(OrganisationDetails details) {
        if (version != null && details.type() != organisationType) {
            throw new DomainRuleViolation(
                    "TYPE_FIXED",
                    "type",
                    "The type of an organisation cannot change: register a new organisation instead");
        }
        if (details.activeTo() != null && details.activeTo().isBefore(details.activeFrom())) {
            throw new DomainRuleViolation(
                    "END_BEFORE_START", "activeTo", "The end date must be the same as or after the start date");
        }
        if (details.type().isPractice()) {
            String ods = OdsCode.normalise(details.odsCode());
            if (!OdsCode.isValid(ods)) {
                throw new DomainRuleViolation(
                        "ODS_CODE_FORMAT",
                        "odsCode",
                        "Enter the practice's ODS code as one letter and five digits, like C81010");
            }
            this.odsCode = ods;
            this.listSize = details.listSize();
        } else if (details.type().isProvider()) {
            // a provider's ODS code is optional; the NDTMS extract sends it as the agency code (AGNCY)
            String ods = OdsCode.normalise(details.odsCode());
            if (!ods.isEmpty() && !OdsCode.isOrganisationCode(ods)) {
                throw new DomainRuleViolation(
                        "ODS_CODE_FORMAT", "odsCode", Messages.text("partnership.odsCode.provider-format"));
            }
            this.odsCode = ods.isEmpty() ? null : ods;
            this.listSize = null;
        } else {
            this.odsCode = null;
            this.listSize = null;
        }
        if (listSize != null && listSize < 0) {
            throw new DomainRuleViolation("LIST_SIZE_NEGATIVE", "listSize", "The list size cannot be below zero");
        }
        this.name = details.name().strip();
        this.addressLine1 = tidy(details.addressLine1());
        this.addressLine2 = tidy(details.addressLine2());
        this.town = tidy(details.town());
        this.postcode = tidy(details.postcode()) == null
                ? null
                : details.postcode().strip().toUpperCase();
        this.telephone = tidy(details.telephone());
        this.openingNotes = tidy(details.openingNotes());
        this.accessibility = tidy(details.accessibility());
        this.activeFrom = details.activeFrom();
        this.activeTo = details.activeTo();
    }

    UUID id() {
        return id;
    }

    @Nullable
    String odsCode() {
        return odsCode;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(
                id,
                organisationType,
                name,
                odsCode,
                listSize,
                addressLine1,
                addressLine2,
                town,
                postcode,
                telephone,
                openingNotes,
                accessibility,
                activeFrom,
                activeTo,
                version == null ? 0 : version);
    }
}
