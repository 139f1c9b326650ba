package org.onedoor.client.web;

import static org.onedoor.shared.Text.tidy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;
import org.onedoor.shared.Sex;
import org.onedoor.shared.TypedDate;

/**
 * The register and change-details form of a client, as typed: every field is text, so whatever someone types comes
 * back to them on an error. {@link #toNewClient} reads it into a {@link NewClient}, collecting typing problems (an
 * impossible date, an unknown choice) as field problems; {@link ClientRegistry} checks the rest.
 */
record ClientForm(
        @Nullable String legalGivenName,
        @Nullable String legalFamilyName,
        @Nullable String preferredName,
        @Nullable TypedDate dateOfBirth,
        @Nullable String sex,
        @Nullable String genderIdentity,
        @Nullable String nhsNumber,
        @Nullable String ethnicity,
        @Nullable String postcode,
        @Nullable String accommodation,
        @Nullable String address,
        @Nullable String telephone,
        @Nullable String email,
        @Nullable Boolean mayText,
        @Nullable Boolean mayVoicemail,
        @Nullable Boolean mayWrite,
        @Nullable String safeContactNotes,
        @Nullable String gpPracticeId,
        @Nullable String version) {

    /** The fields in the order the form shows them, for the error summary. */
    static final List<String> ORDER = List.of(
            "legalGivenName",
            "legalFamilyName",
            "preferredName",
            "dateOfBirth",
            "sex",
            "genderIdentity",
            "nhsNumber",
            "ethnicity",
            "postcode",
            "accommodation",
            "address",
            "telephone",
            "email",
            "safeContactNotes",
            "gpPracticeId");

    static ClientForm blank() {
        return new ClientForm(
                null,
                null,
                null,
                TypedDate.of(null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static ClientForm of(ClientIdentity identity) {
        return new ClientForm(
                identity.legalGivenName(),
                identity.legalFamilyName(),
                identity.preferredName(),
                TypedDate.of(identity.dateOfBirth()),
                identity.sex().name(),
                identity.genderIdentity(),
                identity.nhsNumberFormatted(),
                identity.ethnicity(),
                identity.postcode(),
                identity.accommodation(),
                identity.address(),
                identity.contact().telephone(),
                identity.contact().email(),
                identity.contact().mayText(),
                identity.contact().mayVoicemail(),
                identity.contact().mayWrite(),
                identity.safeContactNotes(),
                identity.gpPracticeId() == null ? null : identity.gpPracticeId().toString(),
                String.valueOf(identity.version()));
    }

    /** The client as typed; problems with the typing itself are added to {@code problems}. */
    NewClient toNewClient(List<FieldProblem> problems) {
        LocalDate born = TypedDate.read(dateOfBirth, "dateOfBirth", "Date of birth", "27 3 1985", problems);
        Sex chosenSex = null;
        if (present(sex)) {
            try {
                chosenSex = Sex.valueOf(sex.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("sex", "UNKNOWN_CODE", Messages.text("client.sex.required")));
            }
        }
        UUID practice = null;
        if (present(gpPracticeId)) {
            try {
                practice = UUID.fromString(gpPracticeId.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem(
                        "gpPracticeId", "UNKNOWN_PRACTICE", Messages.text("client.gpPracticeId.unknownPractice")));
            }
        }
        return new NewClient(
                tidy(legalGivenName),
                tidy(legalFamilyName),
                tidy(preferredName),
                born,
                chosenSex,
                tidy(genderIdentity),
                tidy(nhsNumber),
                tidy(ethnicity),
                tidy(postcode),
                tidy(accommodation),
                tidy(address),
                ContactDetails.typed(telephone, email, mayText, mayVoicemail, mayWrite)
                        .tidied(),
                tidy(safeContactNotes),
                practice);
    }

    /** The version the person saw, or -1 when it was tampered with (which then fails as a stale change). */
    int versionSeen() {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException tampered) {
            return -1;
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
