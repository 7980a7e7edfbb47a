package org.zhengwu.platform.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo profile's login accounts, one per role, from {@code demo/accounts.yaml}. Accounts
 * that exist are left alone, so a restart adds nothing. Runs after the demo directory (order 20
 * after 10), whose person and unit ids the accounts name.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final UserAccounts accounts;

    DemoAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        var created = load(new ClassPathResource("demo/accounts.yaml"));
        log.info("demo accounts: {} created", created.size());
    }

    /** Creates the accounts of the file that do not exist yet; returns their usernames. */
    List<String> load(Resource file) {
        var root = read(file);
        var password = root.get("password").asString();
        var missing = new ArrayList<NewAccount>();
        for (var entry : root.get("accounts")) {
            var account = account(entry, password);
            if (!accounts.exists(account.username())) {
                missing.add(account);
            }
        }
        // each account is its own transaction; hashing the passwords (bcrypt) is the slow part,
        // so the cores share it
        missing.parallelStream().forEach(accounts::create);
        return missing.stream().map(NewAccount::username).toList();
    }

    private static NewAccount account(JsonNode n, String password) {
        var roles = EnumSet.noneOf(Role.class);
        n.get("roles").forEach(r -> roles.add(Role.valueOf(r.asString())));
        return new NewAccount(n.get("username").asString(), n.get("displayName").asString(), password, roles,
                n.has("unit") ? new OrgUnitId(n.get("unit").asString()) : null,
                n.has("person") ? new PersonId(n.get("person").asString()) : null);
    }

    private static JsonNode read(Resource file) {
        try (var in = file.getInputStream()) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getDescription(), e);
        }
    }
}
