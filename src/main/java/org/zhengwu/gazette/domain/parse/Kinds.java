package org.zhengwu.gazette.domain.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.DocumentKind;

/**
 * The kind of a document from its title: the word it ends with (文种), with appointments and
 * chronicles recognised first; and for a notice that issues (印发) or forwards another text,
 * the kind of that text.
 */
final class Kinds {

    private static final Pattern APPOINTMENT = Pattern.compile(".*(?:任免|任命|免去|免职|聘任|聘免).*(?:通知|决定)");
    private static final Pattern ISSUES = Pattern.compile(".*(?:印发|转发|批转|公布|颁布)(.+?)的(?:通知|决定|命令|令)");
    private static final List<Map.Entry<String, DocumentKind>> ENDINGS = List.of(
            Map.entry("大事记", DocumentKind.CHRONICLE),
            Map.entry("通知", DocumentKind.NOTICE),
            Map.entry("意见", DocumentKind.OPINION),
            Map.entry("决定", DocumentKind.DECISION),
            Map.entry("决议", DocumentKind.DECISION),
            Map.entry("通报", DocumentKind.CIRCULAR),
            Map.entry("批复", DocumentKind.REPLY),
            Map.entry("函", DocumentKind.LETTER),
            Map.entry("报告", DocumentKind.REPORT),
            Map.entry("请示", DocumentKind.REQUEST),
            Map.entry("公告", DocumentKind.ANNOUNCEMENT),
            Map.entry("通告", DocumentKind.ANNOUNCEMENT),
            Map.entry("命令", DocumentKind.ORDER),
            Map.entry("纪要", DocumentKind.MINUTES),
            Map.entry("条例", DocumentKind.REGULATION),
            Map.entry("规定", DocumentKind.RULES),
            Map.entry("办法", DocumentKind.RULES),
            Map.entry("细则", DocumentKind.RULES),
            Map.entry("规则", DocumentKind.RULES),
            Map.entry("准则", DocumentKind.RULES),
            Map.entry("计划", DocumentKind.PLAN),
            Map.entry("规划", DocumentKind.PLAN),
            Map.entry("方案", DocumentKind.PLAN),
            Map.entry("要点", DocumentKind.PLAN),
            Map.entry("纲要", DocumentKind.PLAN),
            Map.entry("法", DocumentKind.REGULATION),
            Map.entry("令", DocumentKind.ORDER));

    private Kinds() {
    }

    static DocumentKind of(String title) {
        if (title == null) {
            return DocumentKind.OTHER;
        }
        var t = bare(title);
        if (APPOINTMENT.matcher(t).matches()) {
            return DocumentKind.APPOINTMENT;
        }
        if (t.contains("大事记")) {
            return DocumentKind.CHRONICLE;
        }
        return ending(t);
    }

    /** The kind of the text a notice issues or forwards, null when it issues none. */
    static DocumentKind issued(String title) {
        if (title == null) {
            return null;
        }
        var m = ISSUES.matcher(bare(title));
        return m.matches() ? ending(bare(m.group(1))) : null;
    }

    /** The text a notice issues, from its title ({@code 关于印发X的通知} → X), or null. */
    static String issuedTitle(String title) {
        var m = title == null ? null : ISSUES.matcher(title);
        return m != null && m.matches() ? m.group(1).replace("《", "").replace("》", "") : null;
    }

    private static DocumentKind ending(String t) {
        for (var e : ENDINGS) {
            if (t.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return DocumentKind.OTHER;
    }

    /** The title without quotes and a trailing bracket ({@code （试行）}, {@code （2022年3月）}). */
    private static String bare(String title) {
        return title.replace("《", "").replace("》", "").replaceAll("[（(][^（）()]*[）)]$", "").strip();
    }
}
