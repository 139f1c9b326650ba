package org.onedoor.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The duplicate check at intake against existing clients: records that may be the person a referral describes, most
 * likely first, by the same three rules as the check between referrals: (1) the same NHS number; (2) the NDTMS
 * attributor: first initial, last-name initial, date of birth and sex; (3) the same date of birth and a similar name
 * (last names agreeing in their first four letters, or first and last names swapped). One set-based query over the
 * NHS number and date-of-birth indexes. Each candidate is shown as {@link AccessPolicy} allows (ADR 0006), and every
 * check is written to the audit trail as a search. Nothing is ever matched here: the worker confirms.
 */
@Service
public class ClientCandidates {

    static final int MAX_CANDIDATES = 10;
    static final String SAME_NHS_NUMBER = "Same NHS number";
    static final String SAME_ATTRIBUTOR = "Same initials, date of birth and sex";
    static final String SIMILAR_NAME = "Similar name, same date of birth";

    private static final String CANDIDATES = """
            select * from (
              select c.id, c.reference, c.legal_given_name, c.legal_family_name, c.date_of_birth,
                     case
                       when c.nhs_number = :nhs then 1
                       when c.date_of_birth = :born and c.sex = :sex
                            and substring(c.search_given from 1 for 1) = :givenInitial
                            and substring(c.search_family from 1 for 1) = :familyInitial then 2
                       when c.date_of_birth = :born and (substring(c.search_family from 1 for 4) = :family4
                            or (c.search_family = :given and (replace(c.search_given, ' ', '') = :family
                                                              or c.search_given like :familyThenPreferred))) then 3
                     end match_rule,
                     case when %s then 1 else 0 end accessible
                from client c
               where (c.nhs_number = :nhs or c.date_of_birth = :born)
                 and c.merged_into is null and c.voided_at is null
            ) candidate
             where match_rule is not null
             order by match_rule, reference
             fetch first %d rows only
            """.formatted(AccessPolicy.ACCESSIBLE, MAX_CANDIDATES);

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;

    ClientCandidates(JdbcClient jdbc, AccessPolicy access, ClientAudit audit, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /**
     * Up to ten existing clients who may be the person described (names, date of birth, sex and NHS number are
     * read; the rest is ignored), each with only what the signed-in person may see.
     *
     * @param purpose what the check is for, for the audit trail, such as "Duplicate check of referral R100123"
     */
    @PreAuthorize("hasAnyAuthority('CLIENT_RECORD_VIEW', 'REFERRAL_QUEUE_VIEW', 'REFERRAL_RECEIVE')")
    public List<ClientCandidate> candidatesFor(NewClient person, String purpose) {
        CurrentUser user = currentUsers.require();
        List<ClientCandidate> found = query(person, user);
        audit.searched(purpose, found.size(), "Duplicate check at intake");
        return found;
    }

    /** The candidates for the person, unaudited: for the registry's check of the worker's choice. */
    List<ClientCandidate> matching(NewClient person) {
        return query(person, currentUsers.require());
    }

    private List<ClientCandidate> query(NewClient person, CurrentUser user) {
        if (person.dateOfBirth() == null || person.legalFamilyName() == null || person.legalGivenName() == null) {
            return List.of();
        }
        String family = SearchNames.family(person.legalFamilyName());
        String given = SearchNames.family(person.legalGivenName());
        return access.bind(jdbc.sql(CANDIDATES), user)
                .param(
                        "nhs",
                        person.nhsNumber() == null ? "-" : person.nhsNumber().replaceAll("\\s", ""))
                .param("born", person.dateOfBirth())
                .param("sex", person.sex() == null ? "-" : person.sex().name())
                .param("givenInitial", initial(given))
                .param("familyInitial", initial(family))
                .param("family4", family.isEmpty() ? "#" : family.substring(0, Math.min(4, family.length())))
                .param("given", given.isEmpty() ? "#" : given)
                .param("family", family.isEmpty() ? "#" : family)
                // search_given holds the legal given name followed by any preferred name
                .param("familyThenPreferred", SearchNames.normalise(person.legalFamilyName()) + " %")
                .query((rs, n) -> candidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getInt("match_rule"),
                        rs.getInt("accessible") == 1,
                        rs.getString("legal_given_name") + " " + rs.getString("legal_family_name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }

    private static ClientCandidate candidate(
            UUID id, String reference, int rule, boolean accessible, String name, LocalDate born) {
        String reason = rule == 1 ? SAME_NHS_NUMBER : rule == 2 ? SAME_ATTRIBUTOR : SIMILAR_NAME;
        return accessible
                ? new ClientCandidate(id, reference, reason, true, name, born)
                : new ClientCandidate(id, reference, reason, false, null, null);
    }

    private static String initial(String name) {
        return name.isEmpty() ? "#" : name.substring(0, 1);
    }
}
