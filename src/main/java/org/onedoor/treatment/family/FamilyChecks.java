package org.onedoor.treatment.family;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.PersonDetails;

/** The rules of a family-support entry: every problem at its field, thrown together. */
final class FamilyChecks {

    /** Every problem with a family-support entry, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("FAMILY_SUPPORT_INVALID", "family support entry");

    private FamilyChecks() {}

    static void check(NewConcernedOther other, LocalDate today) {
        FieldProblems.Collector problems = PROBLEMS.collector();
        PersonDetails.name(problems, "givenName", other.givenName(), 100, Messages.text("family.givenName.required"));
        PersonDetails.name(
                problems, "familyName", other.familyName(), 100, Messages.text("family.familyName.required"));
        problems.required("relationship", other.relationship(), 100, Messages.text("family.relationship.required"));
        PersonDetails.telephone(problems, other.telephone());
        problems.optional("email", other.email(), 200);
        problems.optional("address", other.address(), 500);
        notFuture(
                problems,
                "consentRecordedOn",
                other.consentRecordedOn(),
                Messages.text("family.consentRecordedOn.required"),
                Messages.text("family.consentRecordedOn.dateInFuture"),
                today);
        if (other.consentsToContact() && blank(other.telephone()) && blank(other.email())) {
            problems.add("telephone", "REQUIRED", Messages.text("family.telephone.required"));
        }
        problems.throwIfAny();
    }

    static void check(NewSession session, LocalDate today) {
        FieldProblems.Collector problems = PROBLEMS.collector();
        notFuture(
                problems,
                "heldOn",
                session.heldOn(),
                Messages.text("family.heldOn.required"),
                Messages.text("family.heldOn.dateInFuture"),
                today);
        problems.required("workerName", session.workerName(), 160, Messages.text("family.workerName.required"));
        if (session.kind() == null) {
            problems.add("kind", "REQUIRED", Messages.text("family.kind.required"));
        }
        problems.optional("notes", session.notes(), 4000);
        problems.throwIfAny();
    }

    private static void notFuture(
            FieldProblems.Collector problems,
            String field,
            @Nullable LocalDate date,
            String missing,
            String future,
            LocalDate today) {
        if (date == null) {
            problems.add(field, "REQUIRED", missing);
        } else if (date.isAfter(today)) {
            problems.add(field, "DATE_IN_FUTURE", future);
        }
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
