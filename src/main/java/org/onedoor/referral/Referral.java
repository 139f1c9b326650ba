package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.NewClient;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.Sex;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

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

    @Embedded.Empty
    private ContactDetails contact;

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
    private @Nullable Instant triagedAt;
    private @Nullable String triagedBy;
    private @Nullable TriageOutcome triageOutcome;
    private @Nullable String triageReason;
    private @Nullable String neededIntervention;
    private @Nullable String substanceGroup;
    private @Nullable UUID allocatedTo;
    private @Nullable Instant allocatedAt;
    private @Nullable String routingReason;
    private @Nullable String overrideReason;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant returnedAt;
    private @Nullable String returnReason;
    private @Nullable Instant closedAt;
    private @Nullable LocalDate firstAppointmentOfferedOn;
    private @Nullable LocalDate firstInterventionStartedOn;
    private @Nullable UUID clientId;

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

    Referral(
            UUID id,
            String reference,
            Channel channel,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            Sex sex,
            String source,
            String substance1,
            Instant receivedAt,
            String receivedBy,
            Set<ReferralRisk> risks) {
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
        this.contact = ContactDetails.NONE;
    }

    /** A checked referral arrives: urgent when any of its risks is one of the urgent ones. */
    static Referral receive(
            String reference,
            NewReferral details,
            @Nullable String nhsNumber,
            Set<Risk> urgentRisks,
            Instant at,
            String by) {
        List<String> substances = details.substances();
        Referral referral = new Referral(
                UUID.randomUUID(),
                reference,
                details.channel(),
                details.givenName().strip(),
                details.familyName().strip(),
                details.dateOfBirth(),
                details.sex(),
                details.source(),
                substances.get(0),
                at,
                by,
                details.risks().stream().map(ReferralRisk::new).collect(Collectors.toSet()));
        referral.urgent = details.risks().stream().anyMatch(urgentRisks::contains);
        referral.nhsNumber = nhsNumber;
        referral.postcode = tidy(details.postcode()) == null
                ? null
                : details.postcode().strip().toUpperCase();
        referral.contact = details.contact().tidied();
        referral.gpPracticeId = details.gpPracticeId();
        referral.referrerName = tidy(details.referrerName());
        referral.referrerOrganisation = tidy(details.referrerOrganisation());
        referral.substance2 = substances.size() > 1 ? substances.get(1) : null;
        referral.substance3 = substances.size() > 2 ? substances.get(2) : null;
        referral.notes = tidy(details.notes());
        return referral;
    }

    /**
     * Records triage. The clock's first stop is the first triage (a returned referral triaged again keeps it).
     * A closing outcome closes the referral; an allocation outcome waits for routing.
     */
    void triage(
            TriageOutcome outcome,
            String reason,
            @Nullable String intervention,
            @Nullable String group,
            Instant at,
            String by) {
        refuseUnless(
                "TRIAGE_NOT_OPEN",
                Messages.text("referral.record.triageNotOpen"),
                ReferralStatus.RECEIVED,
                ReferralStatus.TRIAGED,
                ReferralStatus.RETURNED);
        if (!outcome.completeWith(intervention, group)) {
            throw new DomainRuleViolation(
                    "NEED_REQUIRED", "neededIntervention", Messages.text("referral.neededIntervention.needRequired"));
        }
        this.triagedAt = triagedAt == null ? at : triagedAt;
        this.triagedBy = triagedBy == null ? by : triagedBy;
        this.triageOutcome = outcome;
        this.triageReason = reason;
        this.neededIntervention = intervention;
        this.substanceGroup = group;
        this.status = outcome.closesReferral() ? ReferralStatus.CLOSED : ReferralStatus.TRIAGED;
        this.closedAt = outcome.closesReferral() ? at : null;
    }

    /** Sends the referral to an organisation (a practice or a partner); refuses a second allocation. */
    void allocateTo(UUID organisation, String routingReason, @Nullable String overrideReason, Instant at) {
        refuseUnless(
                "NOT_READY_TO_ALLOCATE", Messages.text("referral.record.notReadyToAllocate"), ReferralStatus.TRIAGED);
        this.allocatedTo = organisation;
        this.allocatedAt = at;
        this.routingReason = routingReason;
        this.overrideReason = overrideReason;
        this.status = ReferralStatus.ALLOCATED;
    }

    void accept(UUID organisation, Instant at) {
        refuseUnlessAllocatedTo(organisation);
        this.acceptedAt = at;
        this.status = ReferralStatus.ACCEPTED;
    }

    /** The shared client record the accepted referral is about; set once, on acceptance. */
    void linkClient(UUID client) {
        if (status != ReferralStatus.ACCEPTED) {
            throw new DomainRuleViolation("NOT_ACCEPTED", null, Messages.text("referral.record.notAccepted"));
        }
        this.clientId = client;
    }

    /** The person as the referral describes them, for registering or matching their client record. */
    NewClient asClient() {
        return NewClient.named(givenName, familyName, dateOfBirth, sex)
                .withNhsNumber(nhsNumber)
                .withContact(postcode, contact)
                .withPractice(gpPracticeId);
    }

    /** The problem substances' codes, main first. */
    List<String> substanceCodes() {
        return java.util.stream.Stream.of(substance1, substance2, substance3)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The receiving organisation gives the referral back to the SPOC, which triages and routes it again. */
    void giveBack(UUID organisation, String reason, Instant at) {
        refuseUnlessAllocatedTo(organisation);
        this.returnedAt = at;
        this.returnReason = reason;
        this.allocatedTo = null;
        this.status = ReferralStatus.RETURNED;
    }

    /** Takes a referral made in error out of every list and report; it stays, with who voided it and why. */
    void voidBecause(String reason, String by, Instant at) {
        if (voidedAt != null) {
            throw new DomainRuleViolation("ALREADY_VOIDED", null, Messages.text("referral.record.alreadyVoided"));
        }
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    /** The waiting clock's later stops, told down by treatment; the earliest date is kept. */
    void firstAppointmentOffered(LocalDate on) {
        firstAppointmentOfferedOn = firstAppointmentOfferedOn == null || on.isBefore(firstAppointmentOfferedOn)
                ? on
                : firstAppointmentOfferedOn;
    }

    void firstInterventionStarted(LocalDate on) {
        firstInterventionStartedOn = firstInterventionStartedOn == null || on.isBefore(firstInterventionStartedOn)
                ? on
                : firstInterventionStartedOn;
    }

    /** The person it describes and the candidates for them, for the worker to confirm before accepting. */
    Acceptance acceptance(java.util.List<org.onedoor.client.ClientCandidate> candidates) {
        return new Acceptance(id, reference, givenName + " " + familyName, dateOfBirth, nhsNumber, candidates);
    }

    /** Whether the referral is allocated to the organisation and waiting for its answer. */
    boolean awaitsAnswerFrom(UUID organisation) {
        return voidedAt == null && status == ReferralStatus.ALLOCATED && organisation.equals(allocatedTo);
    }

    private void refuseUnlessAllocatedTo(UUID organisation) {
        refuseUnless("NOT_ALLOCATED", Messages.text("referral.record.notAllocated"), ReferralStatus.ALLOCATED);
        if (!organisation.equals(allocatedTo)) {
            throw new DomainRuleViolation("NOT_YOURS", null, Messages.text("referral.record.notYours"));
        }
    }

    private void refuseUnless(String code, String message, ReferralStatus... allowed) {
        if (voidedAt != null || !java.util.Arrays.asList(allowed).contains(status)) {
            throw new DomainRuleViolation(
                    code, null, message + " (it is " + status.label().toLowerCase() + ")");
        }
    }

    @Nullable
    UUID gpPracticeId() {
        return gpPracticeId;
    }

    @Nullable
    String neededIntervention() {
        return neededIntervention;
    }

    @Nullable
    String substanceGroup() {
        return substanceGroup;
    }

    @Nullable
    UUID allocatedTo() {
        return allocatedTo;
    }

    /** The columns of a just-received referral, for the intake's single insert (the hot path of the API). */
    Map<String, Object> newRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("reference", reference);
        row.put("channel", channel.name());
        row.put("status", status.name());
        row.put("urgent", urgent);
        row.put("given_name", givenName);
        row.put("family_name", familyName);
        row.put("date_of_birth", dateOfBirth);
        row.put("sex", sex.name());
        row.put("nhs_number", nhsNumber);
        row.put("postcode", postcode);
        row.put("telephone", contact.telephone());
        row.put("email", contact.email());
        row.put("may_text", contact.mayText());
        row.put("may_voicemail", contact.mayVoicemail());
        row.put("may_write", contact.mayWrite());
        row.put("gp_practice_id", gpPracticeId);
        row.put("source", source);
        row.put("referrer_name", referrerName);
        row.put("referrer_organisation", referrerOrganisation);
        row.put("substance_1", substance1);
        row.put("substance_2", substance2);
        row.put("substance_3", substance3);
        row.put("notes", notes);
        row.put("received_at", DbTime.toDb(receivedAt));
        row.put("received_by", receivedBy);
        row.put("version", 0);
        row.put("created_at", DbTime.toDb(receivedAt));
        row.put("created_by", receivedBy);
        return row;
    }

    boolean notVoided() {
        return voidedAt == null;
    }

    Set<Risk> riskSet() {
        return risks.stream().map(ReferralRisk::risk).collect(Collectors.toSet());
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID clientId() {
        return clientId;
    }

    String reference() {
        return reference;
    }

    boolean urgent() {
        return urgent;
    }
}
