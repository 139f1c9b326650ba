package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import static org.onedoor.shared.Text.tidy;

/**
 * A referral into the single point of contact. Made only through {@link #receive}, after {@link ReferralIntake} has
 * checked it; closed or voided with a reason, never deleted.
 */
@Table("referral")
class Referral {

    @Id
    private final UUID id;
    private final String reference;
    private final Channel channel;
    private ReferralStatus status;
    private boolean urgent;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private @Nullable String nhsNumber;
    private @Nullable String postcode;
    private @Nullable String telephone;
    private @Nullable String email;
    private boolean mayText;
    private boolean mayVoicemail;
    private boolean mayWrite;
    private @Nullable UUID gpPracticeId;
    private String source;
    private @Nullable String referrerName;
    private @Nullable String referrerOrganisation;
    @Column("substance_1")
    private String substance1;
    @Column("substance_2")
    private @Nullable String substance2;
    @Column("substance_3")
    private @Nullable String substance3;
    private @Nullable String notes;
    private Instant receivedAt;
    private String receivedBy;
    @MappedCollection(idColumn = "referral_id")
    private Set<ReferralRisk> risks;
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
    private @Nullable Instant voidedAt;
    private @Nullable String voidedBy;
    private @Nullable String voidReason;

    Referral(UUID id, String reference, Channel channel, String givenName, String familyName, LocalDate dateOfBirth,
             Sex sex, String source, String substance1, Instant receivedAt, String receivedBy, Set<ReferralRisk> risks) {
        this.id = id;
        this.reference = reference;
        this.channel = channel;
        this.status = ReferralStatus.RECEIVED;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.source = source;
        this.substance1 = substance1;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.risks = risks;
    }

    /** A checked referral arrives: urgent when any of its risks is one of the urgent ones. */
    static Referral receive(String reference, NewReferral details, @Nullable String nhsNumber, Set<Risk> urgentRisks,
                            Instant at, String by) {
        List<String> substances = details.substances();
        Referral referral = new Referral(UUID.randomUUID(), reference, details.channel(), details.givenName().strip(),
                details.familyName().strip(), details.dateOfBirth(), details.sex(), details.source(),
                substances.get(0), at, by,
                details.risks().stream().map(ReferralRisk::new).collect(Collectors.toSet()));
        referral.urgent = details.risks().stream().anyMatch(urgentRisks::contains);
        referral.nhsNumber = nhsNumber;
        referral.postcode = tidy(details.postcode()) == null ? null : details.postcode().strip().toUpperCase();
        referral.telephone = tidy(details.telephone());
        referral.email = tidy(details.email());
        referral.mayText = details.mayText();
        referral.mayVoicemail = details.mayVoicemail();
        referral.mayWrite = details.mayWrite();
        referral.gpPracticeId = details.gpPracticeId();
        referral.referrerName = tidy(details.referrerName());
        referral.referrerOrganisation = tidy(details.referrerOrganisation());
        referral.substance2 = substances.size() > 1 ? substances.get(1) : null;
        referral.substance3 = substances.size() > 2 ? substances.get(2) : null;
        referral.notes = tidy(details.notes());
        return referral;
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    boolean urgent() {
        return urgent;
    }
}
