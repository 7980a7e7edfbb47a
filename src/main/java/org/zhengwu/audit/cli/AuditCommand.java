package org.zhengwu.audit.cli;

import java.util.concurrent.Callable;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.audit.Verification;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.CommandGroup;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", description = "The audit trail.", subcommands = AuditCommand.Verify.class)
public class AuditCommand extends CommandGroup {

    @Command(name = "verify", description = "Seal what is pending and check the hash chain; exit 1 and name the first broken record if it is broken, or the records left unsealed.")
    static class Verify implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            Verification result = Cli.withContext(data.path(), ctx -> ctx.getBean(AuditTrail.class).verify());
            if (result.intact()) {
                System.out.println("audit chain intact: " + result.checked() + " records");
                return 0;
            }
            if (result.firstBrokenSeq() != null) {
                System.out.println("audit chain BROKEN at record " + result.firstBrokenSeq() + ": " + result.reason());
            } else {
                System.out.println("audit chain of " + result.checked() + " records intact, but: " + result.reason());
            }
            return 1;
        }
    }
}
