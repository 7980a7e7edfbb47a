package org.zhengwu.gazette.domain.parse;

import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.text.Brackets;
import org.zhengwu.gazette.domain.text.Punctuation;

/**
 * The forms of a document's header and signature: an authority's name on a line of its own (the
 * red-head 文头 {@code …人民政府文件}, or the signature), a title ({@code …关于…的通知}), a line of
 * addressees ({@code 各县（市、区）人民政府，…：}).
 */
final class DocForms {

    private static final String ORG_SUFFIX = "(?:文件|政府|办公厅|办公室|委员会|管委会|常委会|局|厅|部|院|署|委|办|会|中心|公司|集团|党组|法院|检察院|处|所|组)";
    private static final Pattern ORG = Pattern.compile("[\\p{IsHan}（）]{2,40}" + ORG_SUFFIX);
    private static final Pattern ADDRESSEE = Pattern.compile("(?:各.*|.*(?:部门|机构|单位|政府|管委会|委员会|办公厅|办公室|局|厅|部|委|办|院|署|中心|公司|集团|学校|组织|团体|党组|会|组|处|室|站|所|队))");
    /** Kinds of document a title ends with (文种). */
    static final String KINDS = "通知|决定|意见|批复|通报|函|复函|报告|请示|公告|通告|命令|令|决议|纪要|条例|规定|办法|细则|规则|计划|规划|方案|要点|纲要|大事记|公报|议案|答复";
    private static final Pattern TITLE_ABOUT = Pattern.compile("(.{0,40}?)关于.{2,160}的(?:" + KINDS + ")");
    private static final Pattern PARENTHESISED = Pattern.compile("（[^）]*）");
    static final Pattern ENDS_IN_KIND = Pattern.compile(".*(?:" + KINDS + ")");
    private static final Pattern CHRONICLE = Pattern.compile(".{0,40}大事记(?:[（(].{0,20}[）)])?");

    private DocForms() {
    }

    /** An authority's name alone on a line: 文头 or signature. */
    static boolean isOrgLine(String text) {
        return text.length() <= 42 && ORG.matcher(text).matches();
    }

    /** The authority a 文头 line names ({@code …人民政府文件} → {@code …人民政府}). */
    static String orgOf(String text) {
        return text.endsWith("文件") ? text.substring(0, text.length() - 2) : text;
    }

    /** A title of the form {@code [issuer]关于…的通知}. */
    static boolean isAboutTitle(String text) {
        return !Punctuation.hasStop(text) && TITLE_ABOUT.matcher(text).matches();
    }

    /** The issuer written before 关于 in a title, or null. */
    static String issuerBeforeAbout(String text) {
        var m = TITLE_ABOUT.matcher(text);
        if (!m.matches() || m.group(1).isBlank() || !isOrgLine(m.group(1).strip())) {
            return null;
        }
        return m.group(1).strip();
    }

    static boolean isChronicleTitle(String text) {
        return !Punctuation.hasProse(text) && CHRONICLE.matcher(text).matches();
    }

    /** A title-like line: no prose punctuation, not too long. */
    static boolean isHeadingLike(String text) {
        return text.length() <= 80
                && !Punctuation.hasProse(text.indexOf('（') < 0 ? text : PARENTHESISED.matcher(text).replaceAll(""));
    }

    /** A line of addressees: names of authorities, separated by ，, ending in ， or ：. */
    static boolean isAddresseeLine(String text) {
        if (!(text.endsWith("，") || text.endsWith("：")) || text.length() > 120 || Punctuation.hasStop(text)) {
            return false;
        }
        var parts = Brackets.splitTopLevel(text.substring(0, text.length() - 1), "，");
        return !parts.isEmpty() && parts.stream().allMatch(p -> p.length() <= 40 && ADDRESSEE.matcher(p).matches());
    }
}
