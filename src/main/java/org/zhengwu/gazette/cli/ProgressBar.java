package org.zhengwu.gazette.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhengwu.gazette.ImportProgress;
import org.zhengwu.gazette.ImportStep;

/**
 * A textual progress bar on stderr (stdout keeps only the result): parse → store documents →
 * done, redrawn in place with a carriage return.
 */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/gazette", Locale.SIMPLIFIED_CHINESE);

    private final PrintStream err;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void step(ImportStep step, int done, int total) {
        var label = TEXTS.getString("gazette.cli.progress." + step.name());
        draw(step == ImportStep.PARSE ? 0.1 : 0.1 + 0.9 * done / Math.max(1, total), label,
                total == 0 ? "" : " " + done + "/" + total);
    }

    void done() {
        draw(1, TEXTS.getString("gazette.cli.progress.DONE"), "");
        err.println();
        err.flush();
    }

    /** Ends the bar's line where it stands, so that an error message starts a line of its own. */
    void stop() {
        err.println();
        err.flush();
    }

    private void draw(double share, String label, String count) {
        int filled = (int) Math.round(share * WIDTH);
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + label + count + "   ");
        err.flush();
    }
}
