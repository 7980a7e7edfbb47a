package org.zhengwu.gazette.domain.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.gazette.domain.text.ChineseNumber;

/**
 * Reads the issue header from the front matter: the gazette's name (a line ending in 公报),
 * {@code 2022年第3期}, {@code 总第228期}; a year printed alone on the cover counts too.
 */
final class IssueReader {

    private static final Pattern TITLE = Pattern.compile("\\p{IsHan}{2,30}公报");
    private static final Pattern YEAR_NUMBER = Pattern.compile("((?:19|20)\\d\\d)\\s*年\\s*第\\s*([\\d零〇一二三四五六七八九十]{1,4})\\s*期");
    private static final Pattern NUMBER = Pattern.compile("第\\s*([\\d零〇一二三四五六七八九十]{1,4})\\s*期");
    private static final Pattern SERIAL = Pattern.compile("总\\s*第\\s*(\\d{1,5})\\s*期");
    private static final Pattern LONE_YEAR = Pattern.compile("(?:19|20)\\d\\d(?:\\s*年)?");

    private IssueReader() {
    }

    /** The issue, or empty when the front matter names no gazette and no issue number. */
    static Optional<IssueInfo> read(List<Line> front) {
        var title = front.stream().map(Line::text).filter(t -> TITLE.matcher(t).matches()).findFirst();
        int year = 0;
        int number = 0;
        Integer serial = null;
        for (var line : front) {
            var text = line.text();
            var yn = YEAR_NUMBER.matcher(text);
            if (yn.find() && number == 0) {
                year = Integer.parseInt(yn.group(1));
                number = ChineseNumber.parse(yn.group(2)).orElse(0);
            }
            var n = NUMBER.matcher(text.replaceAll("总\\s*第", ""));
            if (number == 0 && n.find()) {
                number = ChineseNumber.parse(n.group(1)).orElse(0);
            }
            var s = SERIAL.matcher(text);
            if (serial == null && s.find()) {
                serial = Integer.parseInt(s.group(1));
            }
            if (year == 0 && LONE_YEAR.matcher(text).matches()) {
                year = Integer.parseInt(text.substring(0, 4));
            }
        }
        if (title.isEmpty() && number == 0) {
            return Optional.empty();
        }
        return Optional.of(new IssueInfo(title.orElse(null), year, number, serial));
    }
}
