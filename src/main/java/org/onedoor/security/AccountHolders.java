package org.onedoor.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who holds sign-in accounts, for modules that name a person as responsible for work (a keyworker): the account's
 * organisation, whether it is enabled and the staff member of the partnership directory it belongs to (a bare id:
 * security sits below the directory). No password or sign-in details leave here.
 */
@Service
public class AccountHolders {

    private static final String SELECT = """
            select username, display_name, organisation_id, staff_member_id, enabled from user_account
            """;

    private final JdbcClient jdbc;

    AccountHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The holder of the account with this username (as typed: compared in lower case), if any. */
    public Optional<AccountHolder> find(String username) {
        return jdbc.sql(SELECT + " where username = ?")
                .param(username.strip().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> holder(rs))
                .optional();
    }

    /** The enabled accounts of an organisation that belong to a staff member, by name. */
    public List<AccountHolder> staffOf(UUID organisationId) {
        return jdbc.sql(SELECT + """
                 where organisation_id = ? and enabled = true and staff_member_id is not null
                 order by display_name, username
                """)
                .param(organisationId)
                .query((rs, n) -> holder(rs))
                .list();
    }

    private static AccountHolder holder(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AccountHolder(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getBoolean(5));
    }

    /** One account holder: who, where, and the staff member they are, if linked. */
    public record AccountHolder(
            String username,
            String displayName,
            UUID organisationId,
            @Nullable UUID staffMemberId,
            boolean enabled) {}
}
