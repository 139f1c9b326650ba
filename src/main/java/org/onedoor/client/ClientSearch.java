package org.onedoor.client;

import java.util.ArrayList;
import java.util.List;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Finds clients by name, date of birth, NHS number or reference. Results hold only the clients the person may open
 * ({@link AccessPolicy#ACCESSIBLE} in the SQL, so pages and counts are right); people answering subject-access
 * requests search every record. Every search is written to the audit trail with its terms. Only to people who may
 * break glass, and only for a precise search, does it name (by reference) matching records outside their access.
 */
@Service
public class ClientSearch {

    private static final int OUTSIDE_SHOWN = 5;
    private static final int OUTSIDE_SCANNED = 50;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;

    ClientSearch(JdbcClient jdbc, AccessPolicy access, ClientAudit audit, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW') or hasAuthority('CLIENT_SUBJECT_ACCESS')")
    public ClientSearchResult search(String typed, int page, int size) {
        CurrentUser user = currentUsers.require();
        SearchTerms terms = SearchTerms.parse(typed == null ? "" : typed);
        int pageSize = ResultPage.clampSize(size);
        if (terms.isEmpty()
                || (terms.nhsNumber() == null
                        && terms.reference() == null
                        && terms.dateOfBirth() == null
                        && terms.familyStart().length() < 2)) {
            return new ClientSearchResult(new ResultPage<>(List.of(), 0, pageSize, 0), List.of(), !terms.isEmpty());
        }
        boolean everyone = user.has(Privilege.CLIENT_SUBJECT_ACCESS) && !user.has(Privilege.CLIENT_RECORD_VIEW);
        Where where = where(terms);
        String scope = everyone ? "" : " and " + AccessPolicy.ACCESSIBLE;
        long total = bind(
                        access.bind(jdbc.sql("select count(*) from client c where " + where.sql + scope), user), where)
                .query(Long.class)
                .single();
        List<ClientSummary> items = bind(access.bind(jdbc.sql("""
                select c.id, c.reference, c.legal_given_name || ' ' || c.legal_family_name name, c.preferred_name,
                       c.date_of_birth, c.nhs_number, c.postcode, o.name practice
                  from client c left join report_organisation o on o.organisation_id = c.gp_practice_id
                 where %s %s
                 order by c.legal_family_name, c.legal_given_name, c.date_of_birth, c.id
                 offset :offset rows fetch next :size rows only
                """.formatted(where.sql, scope)), user), where)
                .param("offset", ResultPage.offset(page, pageSize))
                .param("size", pageSize)
                .query((rs, n) -> ClientSummary.read(rs))
                .list();
        List<String> outside = !everyone && user.has(Privilege.CLIENT_BREAK_GLASS) && terms.identifiesOnePerson()
                ? outside(where, user)
                : List.of();
        audit.searched(typed.strip(), total, everyone ? "Subject-access request" : null);
        return new ClientSearchResult(new ResultPage<>(items, Math.max(0, page), pageSize, total), outside, false);
    }

    /**
     * References of matching records outside the person's access, for a precise search only (ADR 0006): an NHS
     * number, a reference, or the full legal name with the date of birth. Initials or the start of a name with a
     * date of birth say nothing, so that a record's existence does not leak to a guess.
     */
    private List<String> outside(Where where, CurrentUser user) {
        SearchTerms terms = where.terms;
        return bind(
                        access.bind(
                                jdbc.sql("select c.reference, c.legal_given_name, c.legal_family_name from client c"
                                        + " where " + where.sql + " and not " + AccessPolicy.ACCESSIBLE
                                        + " order by c.reference fetch first " + OUTSIDE_SCANNED + " rows only"),
                                user),
                        where)
                .query((rs, n) -> new Matched(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .filter(m -> terms.hasIdentifier() || terms.isFullNameOf(m.givenName(), m.familyName()))
                .map(Matched::reference)
                .limit(OUTSIDE_SHOWN)
                .toList();
    }

    private record Matched(String reference, String givenName, String familyName) {}

    private static Where where(SearchTerms terms) {
        List<String> conditions = new ArrayList<>(List.of("c.merged_into is null", "c.voided_at is null"));
        Where where = new Where(terms);
        if (terms.nhsNumber() != null) {
            conditions.add("c.nhs_number = :nhs");
        }
        if (terms.reference() != null) {
            conditions.add("c.reference = :reference");
        }
        if (terms.dateOfBirth() != null) {
            conditions.add("c.date_of_birth = :born");
        }
        String family = terms.familyStart();
        if (family != null) {
            if (family.length() >= 3) {
                conditions.add("c.search_family3 = :family3");
            }
            conditions.add("c.search_family like :family");
        }
        for (int i = 0; i < terms.givenStarts().size(); i++) {
            conditions.add("(c.search_given like :given" + i + " or c.search_given like :givenInner" + i + ")");
        }
        where.sql = String.join(" and ", conditions);
        return where;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Where where) {
        SearchTerms terms = where.terms;
        JdbcClient.StatementSpec bound = statement;
        if (terms.nhsNumber() != null) {
            bound = bound.param("nhs", terms.nhsNumber());
        }
        if (terms.reference() != null) {
            bound = bound.param("reference", terms.reference());
        }
        if (terms.dateOfBirth() != null) {
            bound = bound.param("born", terms.dateOfBirth());
        }
        String family = terms.familyStart();
        if (family != null) {
            if (family.length() >= 3) {
                bound = bound.param("family3", SearchNames.first3(family));
            }
            bound = bound.param("family", family + "%");
        }
        for (int i = 0; i < terms.givenStarts().size(); i++) {
            bound = bound.param("given" + i, terms.givenStarts().get(i) + "%")
                    .param("givenInner" + i, "% " + terms.givenStarts().get(i) + "%");
        }
        return bound;
    }

    private static final class Where {
        private final SearchTerms terms;
        private String sql = "";

        private Where(SearchTerms terms) {
            this.terms = terms;
        }
    }
}
