package org.zhengwu.gazette.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks a title into centred lines of even length (7.3.1: 回行时要做到词意完整，排列对称，长短适宜):
 * the fewest lines that fit, then the breaks that keep lines closest to equal, preferring the
 * joints of a title's grammar (before 关于, after 印发, at punctuation and book-title marks) and
 * never splitting a number or putting closing punctuation at a line's start.
 */
final class TitleLines {

    /** Joints of a title: a break here costs nothing. */
    private static final Pattern JOINT_BEFORE = Pattern.compile("关于|《|（|〔");
    private static final Pattern JOINT_AFTER = Pattern.compile("(印发|转发|批转|关于|》|、|，|）|〕)$");
    /**
     * Weaker joints: after an authority's name, before a verb or noun that opens a part of the
     * matter (titles are 事由 phrases: 进一步优化营商环境 / 降低…成本), before the closing 的 + kind.
     */
    private static final Pattern NAME_END = Pattern.compile("(政府|办公室|委员会|管委会|办公厅|人民代表大会)$");
    private static final Pattern MATTER_WORD = Pattern.compile("建设|管理|实施|工作|改革|发展|保护|规则|办法|细则|规定|条例|意见"
            + "|方案|计划|规划|要点|决定|通知|通报|报告|请示|批复|进一步|加强|加快|推进|推动|促进|深化|完善|健全|建立|开展|做好|优化|降低|规范|支持");
    private static final Pattern KIND_TAIL = Pattern.compile("的\\p{IsHan}{1,3}$");
    private static final String NO_LINE_START = "，。、；：？！）》〕」”’…—";
    private static final String NO_LINE_END = "（《〔「“‘";

    private static final double JOINT = 0;
    private static final double WEAK_JOINT = 4;
    private static final double ANYWHERE = 20;
    private static final double NEVER = Double.POSITIVE_INFINITY;

    private TitleLines() {
    }

    /** The title's lines, each at most {@code maxEm} characters wide where the text allows. */
    static List<String> of(String title, double maxEm) {
        var text = title.strip();
        var total = Widths.em(text);
        if (total <= maxEm) {
            return List.of(text);
        }
        int lines = (int) Math.ceil(total / maxEm);
        Breaks.Cut best = null;
        while (best == null && lines <= text.length()) {
            best = Breaks.best(text, lines++, maxEm);   // the fewest lines the breaks allow
        }
        if (best == null) {
            return List.of(text);
        }
        var oneMore = Breaks.best(text, lines, maxEm);
        // one line more when the fewest lines need a break inside a word and one more does not
        return oneMore != null && best.cost() >= ANYWHERE && oneMore.cost() < ANYWHERE ? oneMore.lines() : best.lines();
    }

    /** What a break before position {@code i} costs. */
    static double cost(String text, int i) {
        var before = text.substring(0, i);
        var after = text.substring(i);
        char last = before.charAt(before.length() - 1);
        char next = after.charAt(0);
        if (Character.isLowSurrogate(next) || NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(last) >= 0 || isAlnum(last) && isAlnum(next)) {
            return NEVER;
        }
        if (JOINT_AFTER.matcher(before).find() || JOINT_BEFORE.matcher(after).lookingAt()) {
            return JOINT;
        }
        boolean weak = NAME_END.matcher(before).find() || MATTER_WORD.matcher(after).lookingAt() || KIND_TAIL.matcher(after).matches();
        return weak ? WEAK_JOINT : ANYWHERE;
    }

    private static boolean isAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * The cheapest cut of a text into a given number of lines (squared deviation from the mean
     * width plus the joints' costs), by dynamic programming over (start, lines left).
     */
    private static final class Breaks {

        private final String text;
        private final double[] prefix;
        private final double[] joints;
        private final double maxEm;
        private final double target;

        private Breaks(String text, int count, double maxEm) {
            this.text = text;
            this.maxEm = maxEm;
            this.prefix = new double[text.length() + 1];
            this.joints = new double[text.length()];
            for (int i = 0; i < text.length(); i++) {
                prefix[i + 1] = prefix[i] + Widths.em(text.charAt(i));
                joints[i] = i == 0 ? NEVER : cost(text, i);
            }
            this.target = prefix[text.length()] / count;
        }

        /** A way to cut the text and what it costs. */
        record Cut(double cost, List<String> lines) {
        }

        static Cut best(String text, int count, double maxEm) {
            return new Breaks(text, count, maxEm).solve(count);
        }

        private Cut solve(int count) {
            int n = text.length();
            var cost = new double[count + 1][n + 1];
            var next = new int[count + 1][n + 1];
            for (int start = 0; start < n; start++) {
                cost[1][start] = width(start, n) <= maxEm ? square(width(start, n) - target) : NEVER;
                next[1][start] = n;
            }
            for (int left = 2; left <= count; left++) {
                for (int start = 0; start < n; start++) {
                    cost[left][start] = NEVER;
                    for (int end = start + 1; end < n && width(start, end) <= maxEm; end++) {
                        double c = joints[end] + square(width(start, end) - target) + cost[left - 1][end];
                        if (c < cost[left][start]) {
                            cost[left][start] = c;
                            next[left][start] = end;
                        }
                    }
                }
            }
            return cost[count][0] == NEVER ? null : new Cut(cost[count][0], lines(next, count));
        }

        private List<String> lines(int[][] next, int count) {
            var lines = new ArrayList<String>();
            for (int start = 0, left = count; left > 0; left--) {
                int end = next[left][start];
                lines.add(text.substring(start, end));
                start = end;
            }
            return lines;
        }

        private double width(int from, int to) {
            return prefix[to] - prefix[from];
        }

        private static double square(double x) {
            return x * x;
        }
    }
}
