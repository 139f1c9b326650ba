package org.onedoor.referral;

import static org.onedoor.shared.Text.tidy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code referral} row of a historic referral, for {@link ReferralImport}'s batched insert: its final state
 * follows from its stages, and the audit columns name the last stage's time and person.
 */
final class HistoricReferralColumns {

    /** The insert; the reference comes from the same sequence as intake. */
    static final String INSERT = """
            insert into referral (id, reference, channel, status, urgent, given_name, family_name, date_of_birth,
                                  sex, nhs_number, postcode, telephone, email, may_text, may_voicemail, may_write,
                                  gp_practice_id, source, referrer_name, referrer_organisation,
                                  substance_1, substance_2, substance_3, notes,
                                  received_at, received_by, version, created_at, created_by, changed_at, changed_by,
                                  triaged_at, triaged_by, triage_outcome, triage_reason, needed_intervention,
                                  substance_group, allocated_to, allocated_at, routing_reason, override_reason,
                                  accepted_at, returned_at, return_reason, closed_at,
                                  first_appointment_offered_on, first_intervention_started_on)
            values (?, 'R' || nextval('referral_reference_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private HistoricReferralColumns() {}

    /** The values for {@link #INSERT}, in its order. */
    static Object[] values(UUID id, HistoricReferral r, boolean urgent) {
        NewReferral d = r.details();
        HistoricReferral.Triage t = r.triage();
        HistoricReferral.Allocation a = r.allocation();
        HistoricReferral.Answer answer = r.answer();
        ReferralStatus status = r.status();
        boolean returned = status == ReferralStatus.RETURNED;
        List<String> substances = d.substances();
        Last last = last(r);
        boolean allocating = t != null && !t.outcome().closesReferral();
        return new Object[] {
            id,
            d.channel().name(),
            status.name(),
            urgent,
            d.givenName().strip(),
            d.familyName().strip(),
            d.dateOfBirth(),
            d.sex().name(),
            tidy(d.nhsNumber()) == null ? null : d.nhsNumber().replaceAll("\\s", ""),
            tidy(d.postcode()) == null ? null : d.postcode().strip().toUpperCase(),
            tidy(d.contact().telephone()),
            tidy(d.contact().email()),
            d.contact().mayText(),
            d.contact().mayVoicemail(),
            d.contact().mayWrite(),
            d.gpPracticeId(),
            d.source(),
            tidy(d.referrerName()),
            tidy(d.referrerOrganisation()),
            substances.get(0),
            substances.size() > 1 ? substances.get(1) : null,
            substances.size() > 2 ? substances.get(2) : null,
            tidy(d.notes()),
            r.receivedAt(),
            r.receivedBy(),
            last.changes,
            r.receivedAt(),
            r.receivedBy(),
            last.at,
            last.by,
            t == null ? null : t.at(),
            t == null ? null : t.by(),
            t == null ? null : t.outcome().name(),
            t == null ? null : t.reason().strip(),
            allocating ? t.neededIntervention() : null,
            allocating ? t.substanceGroup() : null,
            a == null || returned ? null : a.organisationId(),
            a == null ? null : a.at(),
            a == null ? null : a.routingReason(),
            a == null ? null : tidy(a.overrideReason()),
            answer != null && answer.accepted() ? answer.at() : null,
            returned ? answer.at() : null,
            returned ? answer.returnReason().strip() : null,
            status == ReferralStatus.CLOSED ? t.at() : null,
            r.firstAppointmentOfferedOn(),
            r.firstInterventionStartedOn()
        };
    }

    /** The latest change, for the audit columns, and how many saves the referral has been through. */
    private static Last last(HistoricReferral r) {
        Last last = new Last(r.receivedAt(), r.receivedBy(), 0);
        if (r.triage() != null) {
            last = new Last(r.triage().at(), r.triage().by(), 1);
        }
        if (r.allocation() != null) {
            last = new Last(r.allocation().at(), r.allocation().by(), 2);
        }
        if (r.answer() != null) {
            last = new Last(r.answer().at(), r.answer().by(), 3);
        }
        return last;
    }

    private record Last(Instant at, String by, int changes) {}
}
