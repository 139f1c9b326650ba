package org.onedoor.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.PersonDetails;

/** The checks every client identity passes, whoever records it. Returns the NHS number as ten digits, if given. */
public final class ClientCheck {

    /** Every problem with a client record change, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("CLIENT_INVALID", "client record");

    private ClientCheck() {}

    public static @Nullable String check(
            NewClient client, LocalDate today, boolean acceptTestNhsNumbers, ClientCodes codes, boolean knownPractice) {
        FieldProblems.Collector problems = PROBLEMS.collector();
        PersonDetails.name(
                problems,
                "legalGivenName",
                client.legalGivenName(),
                80,
                Messages.text("client.legalGivenName.required"));
        PersonDetails.name(
                problems,
                "legalFamilyName",
                client.legalFamilyName(),
                80,
                Messages.text("client.legalFamilyName.required"));
        PersonDetails.optionalName(problems, "preferredName", client.preferredName(), 80);
        PersonDetails.dateOfBirth(problems, client.dateOfBirth(), today);
        if (client.sex() == null) {
            problems.add("sex", "REQUIRED", Messages.text("client.sex.required"));
        }
        code(
                problems,
                "genderIdentity",
                client.genderIdentity(),
                codes.genderIdentities().containsKey(client.genderIdentity()),
                Messages.text("client.genderIdentity.unknownCode"));
        code(
                problems,
                "ethnicity",
                client.ethnicity(),
                codes.ethnicities().containsKey(client.ethnicity()),
                Messages.text("client.ethnicity.unknownCode"));
        code(
                problems,
                "accommodation",
                client.accommodation(),
                codes.accommodations().containsKey(client.accommodation()),
                Messages.text("client.accommodation.unknownCode"));
        String nhsNumber = PersonDetails.nhsNumber(problems, client.nhsNumber(), acceptTestNhsNumbers, "client's");
        PersonDetails.postcode(problems, client.postcode());
        problems.optional("address", client.address(), 300);
        client.contact().check(problems);
        problems.optional("safeContactNotes", client.safeContactNotes(), 500);
        if (client.gpPracticeId() != null && !knownPractice) {
            problems.add("gpPracticeId", "UNKNOWN_PRACTICE", Messages.text("client.gpPracticeId.unknownPractice"));
        }
        problems.throwIfAny();
        return nhsNumber;
    }

    private static void code(
            FieldProblems.Collector problems, String field, @Nullable String value, boolean known, String message) {
        if (present(value) && !known) {
            problems.add(field, "UNKNOWN_CODE", message);
        }
    }

    static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
