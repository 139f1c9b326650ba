package org.onedoor.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onedoor.client.ClientCandidate;
import org.onedoor.client.ClientCandidates;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "No silent duplicates": other open or accepted referrals that may be for the same person, most likely first, and
 * ({@link #clientCandidatesFor}) existing client records that may be them.
 * Three rules, strongest first: (1) the same NHS number; (2) the NDTMS attributor, that is the same first initial,
 * last-name initial, date of birth and sex; (3) the same date of birth and a similar name: last names that agree in
 * their first four letters once lower-cased and stripped of spaces, hyphens and apostrophes, or first and last names
 * swapped. One set-based query, using the indexes on NHS number and date of birth.
 */
@Service
public class DuplicateCandidates {

    static final int MAX_CANDIDATES = 10;
    static final String SAME_NHS_NUMBER = "Same NHS number";
    static final String SAME_ATTRIBUTOR = "Same initials, date of birth and sex";
    static final String SIMILAR_NAME = "Similar name, same date of birth";

    /**
     * A name as compared: lower case, without the spaces, hyphens, apostrophes and stops names are typed with.
     * Plain nested {@code replace}, which H2 and PostgreSQL share ({@code translate} differs between them).
     */
    private static String key(String column) {
        String key = "lower(" + column + ")";
        for (String drop : List.of(" ", "-", "''", "\u2019", ".", ",")) {
            key = "replace(" + key + ", '" + drop + "', '')";
        }
        return key;
    }

    /** Candidates reached one way (same NHS number, or same date of birth), each ranked by the strongest rule. */
    private static String branch(String joinOn) {
        String given = key("r.given_name");
        String family = key("r.family_name");
        String myGiven = key("me.given_name");
        String myFamily = key("me.family_name");
        return """
                select r.id, r.reference, r.given_name, r.family_name, r.date_of_birth, r.status, r.received_at,
                       case
                         when r.nhs_number = me.nhs_number then 1
                         when r.date_of_birth = me.date_of_birth and r.sex = me.sex
                              and substring(%1$s from 1 for 1) = substring(%3$s from 1 for 1)
                              and substring(%2$s from 1 for 1) = substring(%4$s from 1 for 1)
                              and %3$s <> '' and %4$s <> '' then 2
                         when r.date_of_birth = me.date_of_birth and %4$s <> ''
                              and (substring(%2$s from 1 for 4) = substring(%4$s from 1 for 4)
                                   or (%1$s = %4$s and %2$s = %3$s)) then 3
                       end match_rule
                  from referral me
                  join referral r on %5$s
                 where me.id = :id and r.id <> me.id and r.voided_at is null and r.status in (:statuses)
                """.formatted(given, family, myGiven, myFamily, joinOn);
    }

    /** Derived tables rather than a CTE: H2 can reuse a CTE's rows between executions with new parameters. */
    private static final String CANDIDATES = "select * from (" + branch("r.nhs_number = me.nhs_number")
            + " union " + branch("r.date_of_birth = me.date_of_birth") + """
            ) candidate
             where match_rule is not null
             order by match_rule, received_at desc, id
             fetch first %d rows only
            """.formatted(MAX_CANDIDATES);

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final ClientCandidates clients;

    DuplicateCandidates(JdbcClient jdbc, Referrals referrals, ClientCandidates clients) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.clients = clients;
    }

    /**
     * Existing client records that may be the person of the referral (same rules, against the shared client record),
     * each shown as the access policy lets the SPOC see it: a record outside their access by reference and reason
     * only. Throws NotFound for no referral.
     */
    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    public List<ClientCandidate> clientCandidatesFor(UUID referralId) {
        Referral referral = referrals
                .findById(referralId)
                .filter(Referral::notVoided)
                .orElseThrow(() -> new NotFound("Referral", referralId));
        return clients.candidatesFor(referral.asClient(), "Duplicate check of referral " + referral.reference());
    }

    /** Up to ten other open or accepted referrals that may be the same person; throws NotFound for no referral. */
    @PreAuthorize("hasAuthority('REFERRAL_QUEUE_VIEW')")
    public List<DuplicateCandidate> candidatesFor(UUID referralId) {
        long found = jdbc.sql("select count(*) from referral where id = ? and voided_at is null")
                .param(referralId)
                .query(Long.class)
                .single();
        if (found == 0) {
            throw new NotFound("Referral", referralId);
        }
        return jdbc.sql(CANDIDATES)
                .param("id", referralId)
                .param("statuses", statuses())
                .query((rs, n) -> new DuplicateCandidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        ReferralStatus.valueOf(rs.getString("status")),
                        DbTime.instant(rs, "received_at"),
                        reason(rs.getInt("match_rule"))))
                .list();
    }

    private static String reason(int rule) {
        return rule == 1 ? SAME_NHS_NUMBER : rule == 2 ? SAME_ATTRIBUTOR : SIMILAR_NAME;
    }

    /** Open referrals and accepted ones: a closed referral is no longer a live duplicate. */
    private static List<String> statuses() {
        return Arrays.stream(ReferralStatus.values())
                .filter(s -> s.isOpen() || s == ReferralStatus.ACCEPTED)
                .map(Enum::name)
                .toList();
    }
}
