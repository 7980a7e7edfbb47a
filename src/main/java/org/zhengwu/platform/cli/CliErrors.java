package org.zhengwu.platform.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.MissingResourceException;
import java.text.MessageFormat;
import org.springframework.boot.ExitCodeGenerator;
import org.zhengwu.kernel.UserError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what goes wrong into one line on stderr: a user's mistake exits 2, a fault of the
 * system exits 1 and leaves its details in the log, never a stack trace on the terminal.
 */
public final class CliErrors implements IExecutionExceptionHandler {

    public static final int USER_ERROR = 2;
    public static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        var cause = rootUserError(ex);
        if (cause != null) {
            err.println(message(cause));
            return USER_ERROR;
        }
        if (ex instanceof CommandLine.ParameterException pe) {
            err.println(pe.getMessage());
            return USER_ERROR;
        }
        if (ex instanceof ExitCodeGenerator gen) {
            return gen.getExitCode();
        }
        var root = ex;
        while (root.getCause() instanceof Exception next && next != root) {
            root = next;
        }
        err.println("error: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()))
                + " (details in the log under the data directory)");
        org.slf4j.LoggerFactory.getLogger(CliErrors.class).error("command failed", ex);
        return FAILURE;
    }

    private static UserError rootUserError(Throwable ex) {
        for (var t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserError ue) {
                return ue;
            }
        }
        return null;
    }

    /** The user error's message from the bundles, with its field. */
    public static String message(UserError e) {
        String text = e.messageKey();
        for (var bundle : bundles()) {
            try {
                var pattern = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE).getString(e.messageKey());
                text = new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(e.arguments());
                break;
            } catch (MissingResourceException missing) {
                // try the next module's bundle
            }
        }
        var prefix = e.field() == null ? "" : e.field() + ": ";
        var rule = e.rule() == null ? "" : " [" + e.rule() + "]";
        return prefix + text + rule;
    }

    /** The message bundles the application is configured with (spring.messages.basename). */
    private static String[] bundles() {
        var props = new java.util.Properties();
        try (var in = CliErrors.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            return new String[] {"i18n/platform"};
        }
        return props.getProperty("spring.messages.basename", "i18n/platform").split("\\s*,\\s*");
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
