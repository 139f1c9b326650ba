package org.onedoor.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.referral.Channel;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.Risk;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;

/**
 * A {@link NewReferral} for tests without its fifteen positional arguments: a self-referral by telephone of Sam
 * Taylor, a woman born 2 May 1980 living at NV1 4AP, who may be texted at 01632 960123, for alcohol, with no NHS
 * number, GP practice, referrer, risks or notes; each test names only what matters to it, for example
 * {@code aReferral().named("Sam", family).nhsNumber(nhs).gp(practice).build()}.
 */
public final class NewReferralBuilder {

    private Channel channel = Channel.PHONE;
    private String givenName = "Sam";
    private String familyName = "Taylor";
    private LocalDate dateOfBirth = LocalDate.of(1980, 5, 2);
    private Sex sex = Sex.FEMALE;
    private @Nullable String nhsNumber;
    private @Nullable String postcode = "NV1 4AP";
    private ContactDetails contact = new ContactDetails("01632 960123", null, true, false, false);
    private @Nullable UUID gpPracticeId;
    private String source = "SELF";
    private @Nullable String referrerName;
    private @Nullable String referrerOrganisation;
    private List<String> substances = List.of("ALCOHOL");
    private Set<Risk> risks = Set.of();
    private @Nullable String notes;

    private NewReferralBuilder() {}

    public static NewReferralBuilder aReferral() {
        return new NewReferralBuilder();
    }

    public NewReferralBuilder channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public NewReferralBuilder named(String givenName, String familyName) {
        this.givenName = givenName;
        this.familyName = familyName;
        return this;
    }

    public NewReferralBuilder givenName(String givenName) {
        this.givenName = givenName;
        return this;
    }

    public NewReferralBuilder familyName(String familyName) {
        this.familyName = familyName;
        return this;
    }

    public NewReferralBuilder born(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
        return this;
    }

    public NewReferralBuilder sex(Sex sex) {
        this.sex = sex;
        return this;
    }

    public NewReferralBuilder nhsNumber(@Nullable String nhsNumber) {
        this.nhsNumber = nhsNumber;
        return this;
    }

    public NewReferralBuilder postcode(@Nullable String postcode) {
        this.postcode = postcode;
        return this;
    }

    public NewReferralBuilder contact(ContactDetails contact) {
        this.contact = contact;
        return this;
    }

    /** The client's registered GP practice, from the directory. */
    public NewReferralBuilder gp(@Nullable UUID gpPracticeId) {
        this.gpPracticeId = gpPracticeId;
        return this;
    }

    /** A referral source code, such as {@code GP}. */
    public NewReferralBuilder source(String source) {
        this.source = source;
        return this;
    }

    /** The referring person and their organisation. */
    public NewReferralBuilder referrer(@Nullable String name, @Nullable String organisation) {
        this.referrerName = name;
        this.referrerOrganisation = organisation;
        return this;
    }

    /** The problem substance codes, the main one first. */
    public NewReferralBuilder substances(String... substances) {
        this.substances = List.of(substances);
        return this;
    }

    public NewReferralBuilder substances(List<String> substances) {
        this.substances = substances;
        return this;
    }

    public NewReferralBuilder risks(Set<Risk> risks) {
        this.risks = risks;
        return this;
    }

    public NewReferralBuilder notes(@Nullable String notes) {
        this.notes = notes;
        return this;
    }

    public NewReferral build() {
        return new NewReferral(
                channel,
                givenName,
                familyName,
                dateOfBirth,
                sex,
                nhsNumber,
                postcode,
                contact,
                gpPracticeId,
                source,
                referrerName,
                referrerOrganisation,
                substances,
                risks,
                notes);
    }
}
