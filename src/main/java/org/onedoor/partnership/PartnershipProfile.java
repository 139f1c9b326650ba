package org.onedoor.partnership;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row describing the partnership. */
@Component
class PartnershipProfile {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final JdbcClient jdbc;
    private final org.onedoor.security.CurrentUsers currentUsers;
    private final Clock clock;

    PartnershipProfile(JdbcClient jdbc, org.onedoor.security.CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    Optional<PartnershipSummary> find() {
        return jdbc.sql("select area_name, local_authority_code from partnership where id = ?")
                .param(ID)
                .query((rs, n) -> new PartnershipSummary(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void save(PartnershipSummary partnership) {
        String code = partnership.localAuthorityCode().strip().toUpperCase();
        if (!code.matches("[EWSN][0-9]{8}")) {
            throw new DomainRuleViolation(
                    "LA_CODE_FORMAT",
                    "localAuthorityCode",
                    "Enter the local authority's ONS code: a letter (E, W, S or N) and eight digits, like E06000012");
        }
        String name = partnership.areaName().strip();
        var at = DbTime.now(clock);
        int updated = jdbc.sql("""
                update partnership set area_name = :name, local_authority_code = :code, version = version + 1,
                       changed_at = :at, changed_by = :by where id = :id
                """)
                .param("name", name)
                .param("code", code)
                .param("at", at)
                .param("by", currentUsers.actorName())
                .param("id", ID)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into partnership (id, area_name, local_authority_code, version, created_at, created_by)
                    values (:id, :name, :code, 0, :at, :by)
                    """)
                    .param("id", ID)
                    .param("name", name)
                    .param("code", code)
                    .param("at", at)
                    .param("by", currentUsers.actorName())
                    .update();
        }
    }
}
