package org.zhengwu.gazette.cli;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhengwu.gazette.ImportResult;
import org.zhengwu.gazette.IssueSummary;

/** The one line a command prints about what it did, in Chinese from the gazette's messages. */
final class Summary {

    private Summary() {
    }

    static String of(MessageSource messages, ImportResult result) {
        var issue = label(messages, result.issue());
        var i = result.issue();
        return switch (result) {
            case ImportResult.Stored s when s.isNewVersion() -> text(messages, "gazette.cli.new-version", issue,
                    i.version(), i.documents(), s.differences().size());
            case ImportResult.Stored s -> text(messages, "gazette.cli.stored", issue, i.version(), i.documents());
            case ImportResult.Unchanged u -> text(messages, "gazette.cli.unchanged", issue, i.version(), i.documents());
            case ImportResult.ErratumRecorded e -> text(messages, "gazette.cli.erratum", issue, e.number(),
                    e.differences().size());
        };
    }

    static String label(MessageSource messages, IssueSummary issue) {
        return issue.standalone() ? text(messages, "gazette.cli.document", issue.title())
                : text(messages, "gazette.cli.issue", issue.title(), issue.year(), issue.number());
    }

    static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
