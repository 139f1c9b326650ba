package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The clients a person is the named worker for in an active care-team entry: their caseload. Still filtered by
 * {@link AccessPolicy#ACCESSIBLE}, so a withdrawn consent takes a client off a partner's list at once.
 */
@Service
public class ClientCaseload {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClientCaseload(JdbcClient jdbc, AccessPolicy access, ClientAudit audit, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public ResultPage<ClientSummary> mine(int page, int size) {
        CurrentUser user = currentUsers.require();
        int pageSize = ResultPage.clampSize(size);
        String mine = """
                exists (select 1 from client_care_team w where w.client_id = c.id and w.worker_username = :worker
                          and w.started_on <= :today and (w.ended_on is null or w.ended_on >= :today))
                  and c.merged_into is null and c.voided_at is null and
                """ + AccessPolicy.ACCESSIBLE;
        LocalDate today = LocalDate.now(clock);
        long total = access.bind(jdbc.sql("select count(*) from client c where " + mine), user)
                .param("worker", user.username())
                .param("today", today)
                .query(Long.class)
                .single();
        List<ClientSummary> items = access.bind(jdbc.sql("""
                select c.id, c.reference, c.legal_given_name || ' ' || c.legal_family_name name, c.preferred_name,
                       c.date_of_birth, c.nhs_number, c.postcode, o.name practice
                  from client c left join report_organisation o on o.organisation_id = c.gp_practice_id
                 where %s
                 order by c.legal_family_name, c.legal_given_name, c.id
                 offset :offset rows fetch next :size rows only
                """.formatted(mine)), user)
                .param("worker", user.username())
                .param("today", today)
                .param("offset", ResultPage.offset(page, pageSize))
                .param("size", pageSize)
                .query((rs, n) -> ClientSummary.read(rs))
                .list();
        audit.listed("Caseload page " + (Math.max(0, page) + 1) + ": " + items.size() + " of " + total + " clients");
        return new ResultPage<>(items, Math.max(0, page), pageSize, total);
    }
}
