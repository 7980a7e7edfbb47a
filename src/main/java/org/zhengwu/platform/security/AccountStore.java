package org.zhengwu.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;

@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM platform.user_account WHERE username = ?")
                .param(username)
                .query(AccountStore::map)
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT * FROM platform.user_account ORDER BY username").query(AccountStore::map).list();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM platform.user_account WHERE username = ?")
                .param(username).query(Integer.class).single() > 0;
    }

    void insert(Account account, Instant now) {
        jdbc.sql("""
                INSERT INTO platform.user_account
                  (username, display_name, password_hash, roles, org_unit_id, person_id, enabled,
                   failed_logins, created_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(account.username(), account.displayName(), account.passwordHash(),
                        encode(account.roles()), idOf(account.orgUnit()), idOf(account.person()),
                        account.enabled(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    void updateRoles(String username, Set<Role> roles) {
        jdbc.sql("UPDATE platform.user_account SET roles = ? WHERE username = ?")
                .params(encode(roles), username).update();
    }

    void updateEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE platform.user_account SET enabled = ?, failed_logins = 0, locked_until = NULL WHERE username = ?")
                .params(enabled, username).update();
    }

    void updatePassword(String username, String hash, Instant now) {
        jdbc.sql("UPDATE platform.user_account SET password_hash = ?, password_changed_at = ? WHERE username = ?")
                .params(hash, Timestamp.from(now), username).update();
    }

    void updateProfile(String username, String displayName, OrgUnitId unit, PersonId person) {
        jdbc.sql("UPDATE platform.user_account SET display_name = ?, org_unit_id = ?, person_id = ? WHERE username = ?")
                .params(displayName, idOf(unit), idOf(person), username).update();
    }

    /** Counts a failed login; returns the new count. */
    int countFailure(String username) {
        jdbc.sql("UPDATE platform.user_account SET failed_logins = failed_logins + 1 WHERE username = ?")
                .param(username).update();
        return jdbc.sql("SELECT failed_logins FROM platform.user_account WHERE username = ?")
                .param(username).query(Integer.class).optional().orElse(0);
    }

    void lockUntil(String username, Instant until) {
        jdbc.sql("UPDATE platform.user_account SET locked_until = ?, failed_logins = 0 WHERE username = ?")
                .params(Timestamp.from(until), username).update();
    }

    void resetFailures(String username) {
        jdbc.sql("UPDATE platform.user_account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND (failed_logins > 0 OR locked_until IS NOT NULL)")
                .param(username).update();
    }

    static String encode(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> decode(String roles) {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String idOf(Object id) {
        return id == null ? null : id.toString();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        var unit = rs.getString("org_unit_id");
        var person = rs.getString("person_id");
        var locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                decode(rs.getString("roles")),
                unit == null ? null : new OrgUnitId(unit),
                person == null ? null : new PersonId(person),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant());
    }
}
