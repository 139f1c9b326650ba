package org.onedoor.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Turns a submitted referral form into a saved referral, or into the problems to show at its fields: typing
 * problems first, then the intake's own checks for the other fields. Nothing is saved while any problem remains.
 */
@Component
class ReferralFormSubmission {

    private static final List<String> FORM_ORDER = List.of(
            "givenName",
            "familyName",
            "dateOfBirth",
            "sex",
            "nhsNumber",
            "postcode",
            "telephone",
            "email",
            "gpPracticeId",
            "source",
            "referrerName",
            "referrerOrganisation",
            "substance1",
            "notes");

    private final ReferralIntake intake;

    ReferralFormSubmission(ReferralIntake intake) {
        this.intake = intake;
    }

    /** The outcome: a receipt, or problems keyed by field (in form order). */
    record Outcome(@Nullable ReferralReceipt receipt, Map<String, String> problems) {

        boolean saved() {
            return receipt != null;
        }
    }

    /** A public self-referral (the web channel) must also give a way to contact the person. */
    Outcome submit(ReferralForm form, Channel channel) {
        List<FieldProblem> typing = new ArrayList<>();
        NewReferral referral = form.toReferral(channel, typing);
        if (channel == Channel.WEB && blank(form.telephone()) && blank(form.email())) {
            typing.add(new FieldProblem("telephone", "CONTACT_REQUIRED", Messages.text("referral.contact.required")));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        typing.forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        try {
            if (typing.isEmpty()) {
                return new Outcome(intake.receive(referral), problems);
            }
            intake.check(referral);
        } catch (FieldProblems found) {
            found.problems().forEach(problem -> problems.putIfAbsent(formField(problem.field()), problem.message()));
        }
        return new Outcome(null, inFormOrder(problems));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** The form asks for the substances one select at a time: a problem with them belongs at the first. */
    private static String formField(String field) {
        return field.equals("substances") ? "substance1" : field;
    }

    private static Map<String, String> inFormOrder(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FORM_ORDER.stream().filter(problems::containsKey).forEach(field -> ordered.put(field, problems.get(field)));
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
