package org.zhengwu.platform.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.security.ApiTokens;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "admin", description = "Administration from the command line.",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.IssueToken.class})
public class AdminCommand extends CommandGroup {

    @Command(name = "create-user", description = "Create an account (bootstraps the first administrator).")
    static class CreateUser implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "display name")
        String displayName;

        @Option(names = "--role", required = true, paramLabel = "ROLE", split = ",",
                description = "role(s): ${COMPLETION-CANDIDATES}")
        Set<Role> roles = EnumSet.noneOf(Role.class);

        @Option(names = "--unit", paramLabel = "ORG_UNIT_ID", description = "the directory unit of a clerk")
        String unit;

        @Option(names = "--person", paramLabel = "PERSON_ID", description = "the directory person of a leader")
        String person;

        @Option(names = "--password-stdin", description = "read the password from standard input; "
                + "otherwise a strong one is generated and printed once")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            var generated = !passwordStdin;
            var password = generated ? generate() : readLine();
            var cmd = new NewAccount(username, displayName, password, roles,
                    unit == null ? null : new OrgUnitId(unit), person == null ? null : new PersonId(person));
            Cli.withContext(data.path(), ctx -> ctx.getBean(UserAccounts.class).create(cmd));
            System.out.println("created " + username + " " + roles);
            if (generated) {
                System.out.println("password: " + password);
            }
            return 0;
        }

        private static String readLine() throws Exception {
            var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UserError("password.too-short", "password", 12);
            }
            return line;
        }

        private static String generate() {
            var alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
            var random = new SecureRandom();
            var sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // four groups joined by '-': upper, lower, digit and symbol classes all present
            return sb.insert(12, '-').insert(8, '-').insert(4, '-').append("-9a").toString();
        }
    }

    @Command(name = "issue-token", description = "Issue a personal API token for an account (machine clients); "
            + "the secret is printed once and stored only as its hash.")
    static class IssueToken implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "what the token is for")
        String name;

        @Override
        public Integer call() {
            var secret = Cli.withContext(data.path(), ctx -> ctx.getBean(ApiTokens.class).issue(username, name));
            System.out.println(secret);
            return 0;
        }
    }
}
