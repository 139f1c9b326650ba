package org.onedoor.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.RowMapper;

/** Reads {@code api_client} rows; privileges are stored as comma-separated names. */
final class ApiClientRows {

    static final String COLUMNS = "id, name, organisation_id, token_prefix, privileges, created_at, created_by, "
            + "last_used_at, revoked_at, revoked_by, revoke_reason";

    static final RowMapper<ApiClientSummary> SUMMARY = ApiClientRows::summary;

    private ApiClientRows() {}

    private static ApiClientSummary summary(ResultSet rs, int row) throws SQLException {
        return new ApiClientSummary(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("token_prefix"),
                privileges(rs.getString("privileges")),
                DbTime.instant(rs, "created_at"),
                rs.getString("created_by"),
                DbTime.instantOrNull(rs, "last_used_at"),
                DbTime.instantOrNull(rs, "revoked_at"),
                rs.getString("revoked_by"),
                rs.getString("revoke_reason"));
    }

    static String joined(Set<Privilege> privileges) {
        return String.join(",", privileges.stream().sorted().map(Enum::name).toList());
    }

    /** Names no longer in {@link Privilege} are dropped, so retiring a privilege withdraws it from every client. */
    static Set<Privilege> privileges(String joined) {
        EnumSet<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        for (String name : joined.split(",")) {
            for (Privilege privilege : Privilege.values()) {
                if (privilege.name().equals(name.strip())) {
                    privileges.add(privilege);
                }
            }
        }
        return privileges;
    }
}
