package org.zhengwu.gazette.domain.parse;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.zhengwu.gazette.domain.model.ParseWarning;

/** Collects what the parser could not place; messages come from {@code i18n/gazette}. */
final class Warnings {

    private static final int EXCERPT = 40;
    private final List<ParseWarning> list = new ArrayList<>();

    void add(String code, int line, Object... args) {
        list.add(new ParseWarning("gazette.warning." + code, message("gazette.warning." + code, args), line));
    }

    /** A line that could not be placed, quoted in the warning so that no text is lost. */
    void unplaced(Line line) {
        add("unplaced-line", line.no(), line.text());
    }

    List<ParseWarning> list() {
        return List.copyOf(list);
    }

    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    private static String message(String key, Object... args) {
        try {
            var pattern = ResourceBundle.getBundle("i18n/gazette", Locale.SIMPLIFIED_CHINESE).getString(key);
            return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
