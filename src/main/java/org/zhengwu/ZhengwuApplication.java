package org.zhengwu;

import java.util.TimeZone;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.zhengwu.platform.cli.Cli;

/**
 * zhengwu: a municipal government's work, run by its own published rules. {@code main} is the
 * command line ({@code serve}, {@code calendar}, {@code audit}, …); {@code serve} runs the web platform.
 */
@SpringBootApplication
@Modulithic(sharedModules = {"kernel", "platform"})
public class ZhengwuApplication {

    public static void main(String[] args) {
        // the platform shows and logs the government's local time (pages, audit, logs)
        TimeZone.setDefault(TimeZone.getTimeZone(System.getProperty("zhengwu.timezone", "Asia/Shanghai")));
        Cli.register(ZhengwuApplication.class);
        int code = ZhengwuCli.run(args);
        if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(code);
        }
    }
}
