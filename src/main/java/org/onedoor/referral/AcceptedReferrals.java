package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.NewClient;
import org.onedoor.client.ProblemSubstances;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk counterpart of linking accepted referrals to client records, next to {@link ReferralImport}: a trusted
 * path for administrators loading history (the demo partnership, migration), where the clients are made in bulk by
 * the client module's import rather than one acceptance at a time.
 */
@Service
public class AcceptedReferrals {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AcceptedReferrals(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Up to {@code limit} accepted referrals not yet linked to a client, in order of reference (of receipt). */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    public List<AcceptedReferral> withoutClient(int limit) {
        return jdbc.sql("""
                select r.id, r.reference, r.given_name, r.family_name, r.date_of_birth, r.sex, r.nhs_number,
                       r.postcode, r.telephone, r.email, r.may_text, r.may_voicemail, r.may_write, r.gp_practice_id,
                       r.substance_1, s1.label s1, r.substance_2, s2.label s2, r.substance_3, s3.label s3,
                       r.received_at, r.accepted_at, r.allocated_to, r.needed_intervention,
                       (select max(h.changed_by) from referral_history h
                         where h.referral_id = r.id and h.action = 'ACCEPTED') accepted_by
                  from referral r
                  join referral_substance s1 on s1.code = r.substance_1
                  left join referral_substance s2 on s2.code = r.substance_2
                  left join referral_substance s3 on s3.code = r.substance_3
                 where r.status = 'ACCEPTED' and r.client_id is null and r.voided_at is null
                 order by length(r.reference), r.reference
                 fetch first :limit rows only
                """)
                .param("limit", limit)
                .query((rs, n) -> {
                    List<ProblemSubstances.Substance> substances = new ArrayList<>();
                    for (int i = 1; i <= 3; i++) {
                        String code = rs.getString("substance_" + i);
                        if (code != null) {
                            substances.add(new ProblemSubstances.Substance(code, rs.getString("s" + i)));
                        }
                    }
                    NewClient person = NewClient.named(
                                    rs.getString("given_name"),
                                    rs.getString("family_name"),
                                    rs.getObject("date_of_birth", LocalDate.class),
                                    Sex.valueOf(rs.getString("sex")))
                            .withNhsNumber(rs.getString("nhs_number"))
                            .withContact(
                                    rs.getString("postcode"),
                                    new ContactDetails(
                                            rs.getString("telephone"),
                                            rs.getString("email"),
                                            rs.getBoolean("may_text"),
                                            rs.getBoolean("may_voicemail"),
                                            rs.getBoolean("may_write")))
                            .withPractice(rs.getObject("gp_practice_id", UUID.class));
                    return new AcceptedReferral(
                            rs.getObject("id", UUID.class),
                            rs.getString("reference"),
                            person,
                            substances,
                            DbTime.instant(rs, "received_at"),
                            DbTime.instant(rs, "accepted_at"),
                            rs.getObject("allocated_to", UUID.class),
                            rs.getString("accepted_by"),
                            rs.getString("needed_intervention"));
                })
                .list();
    }

    /** Links each accepted referral (the key) to its client (the value), in one batch. */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void link(Map<UUID, UUID> clientOfReferral) {
        List<Object[]> rows = clientOfReferral.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), e.getKey()})
                .toList();
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    update referral set client_id = ?
                     where id = ? and status = 'ACCEPTED' and client_id is null
                    """, rows);
        }
    }

    /**
     * An accepted referral as the client import needs it: the person, the problem substances (main first), when it
     * came and was accepted, and by which organisation and person.
     */
    public record AcceptedReferral(
            UUID id,
            String reference,
            NewClient person,
            List<ProblemSubstances.Substance> substances,
            Instant receivedAt,
            Instant acceptedAt,
            UUID organisationId,
            @Nullable String acceptedBy,
            @Nullable String neededIntervention) {

        public AcceptedReferral {
            substances = List.copyOf(substances);
        }
    }
}
