package org.onedoor.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The history of changes to accounts' roles and status, for the IG lead's account-changes report. Each change is
 * also published as {@link UserAccountChanged}, which the audit trail records.
 */
@Service
public class AccountChanges {

    /** Every change, or those to or by an account whose username starts with what was typed. */
    private static final String FILTER =
            " where :account = '' or lower(username) like :prefix or lower(changed_by) like :prefix";

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountChanges(JdbcClient jdbc, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** Writes the change, in the caller's transaction, and tells the audit trail. */
    void record(UserAccountSummary account, AccountChange change, Set<Role> before, Set<Role> after) {
        jdbc.sql("""
                        insert into user_account_change (id, user_account_id, username, change, roles_before,
                                                         roles_after, changed_at, changed_by)
                        values (:id, :account, :username, :change, :before, :after, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("account", account.id())
                .param("username", account.username())
                .param("change", change.name())
                .param("before", AccountChange.names(before))
                .param("after", AccountChange.names(after))
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .update();
        events.publishEvent(new UserAccountChanged(account.id(), account.username(), change, before, after));
    }

    /**
     * The latest changes first, one page at a time: of every account, or of the accounts whose username or whose
     * changer's name starts with {@code account} (case ignored).
     */
    @PreAuthorize("hasAuthority('CLIENT_ACCESS_REVIEW')")
    public List<UserAccountChangeEntry> latest(String account, int page, int size) {
        return jdbc.sql("""
                        select id, username, change, roles_before, roles_after, changed_at, changed_by
                          from user_account_change
                        """ + FILTER + """
                         order by changed_at desc, id
                         offset :offset rows fetch next :size rows only
                        """)
                .param("account", account)
                .param("prefix", prefix(account))
                .param("offset", org.onedoor.shared.ResultPage.offset(page, size))
                .param("size", size)
                .query((rs, n) -> new UserAccountChangeEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        AccountChange.valueOf(rs.getString("change")),
                        roles(rs.getString("roles_before")),
                        roles(rs.getString("roles_after")),
                        DbTime.instantOrNull(rs, "changed_at"),
                        rs.getString("changed_by")))
                .list();
    }

    @PreAuthorize("hasAuthority('CLIENT_ACCESS_REVIEW')")
    public long count(String account) {
        return jdbc.sql("""
                        select count(*) from user_account_change
                        """ + FILTER)
                .param("account", account)
                .param("prefix", prefix(account))
                .query(Long.class)
                .single();
    }

    /** A LIKE prefix of what was typed, its wildcards taken literally. */
    private static String prefix(String account) {
        return account.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    static EnumSet<Role> roles(@Nullable String joined) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (joined != null && !joined.isBlank() && !joined.equals("none")) {
            for (String role : joined.split(",")) {
                roles.add(Role.valueOf(role.strip()));
            }
        }
        return roles;
    }
}
