package org.zhengwu.gazette.domain.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.UnitType;
import org.zhengwu.gazette.domain.parse.Numbering.Numbered;
import org.zhengwu.gazette.domain.parse.Numbering.Rank;

/**
 * Builds the structure from paragraphs: each numbered paragraph opens a unit inside the nearest
 * open unit of a smaller rank; an unnumbered paragraph belongs to the innermost open unit.
 * Articles are numbered on through the text: a 第N条 that does not go forward is a reference in
 * running text, and a gap is reported. Articles before the first chapter stay at the top.
 */
final class StructureBuilder {

    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*(\\d{0,2})\\s*[：:]\\s*(.+)$");
    private static final int MAX_LATE_HEADING = 20;

    private final Warnings warnings;
    private final Node root = new Node(UnitType.ATTACHMENT, -1, null, 0, "", 0);
    private final Deque<Node> open = new ArrayDeque<>();
    private int lastArticle;
    private int lastChapter;
    private Node untitledChapter;

    private StructureBuilder(Warnings warnings) {
        this.warnings = warnings;
        open.push(root);
    }

    /** The top-level nodes of the paragraphs' structure. */
    static List<Node> build(List<Line> paragraphs, Warnings warnings) {
        var builder = new StructureBuilder(warnings);
        paragraphs.forEach(builder::add);
        return builder.root.children;
    }

    private void add(Line p) {
        var attachment = ATTACHMENT.matcher(p.text());
        var numbered = Numbering.of(p.text()).filter(n -> accepts(n, p));
        if (untitledChapter != null && numbered.isEmpty() && isLateHeading(p.text())) {
            untitledChapter.heading = p.text();  // 第一章 on one line, 总则 on the next
        } else if (attachment.matches()) {
            var node = new Node(UnitType.ATTACHMENT, Rank.PART, "附件" + attachment.group(1), 1, "", p.no());
            node.heading = attachment.group(2).strip();
            place(node);
        } else if (numbered.isPresent()) {
            place(node(numbered.get(), p));
        } else {
            open.peek().children.add(Node.paragraph(p));
        }
        untitledChapter = numbered.filter(n -> n.isHeadingForm() && n.rest().isEmpty()).map(n -> open.peek()).orElse(null);
    }

    private Node node(Numbered n, Line p) {
        return new Node(n.type(), n.rank(), n.num(), n.value(), n.rest(), p.no());
    }

    private void place(Node node) {
        while (open.peek() != root && open.peek().rank >= node.rank) {
            open.pop();
        }
        open.peek().children.add(node);
        open.push(node);
    }

    /** Whether a numbered line opens a unit; articles and chapters must go forward. */
    private boolean accepts(Numbered n, Line p) {
        if (n.type() == UnitType.ARTICLE) {
            return forward(n.value(), lastArticle, p, "article-gap", v -> lastArticle = v);
        }
        if (n.type() == UnitType.CHAPTER) {
            return forward(n.value(), lastChapter, p, "chapter-gap", v -> lastChapter = v);
        }
        return true;
    }

    private boolean forward(int value, int last, Line p, String gapCode, java.util.function.IntConsumer update) {
        if (value <= last) {
            return false;
        }
        if (value != last + 1) {
            warnings.add(gapCode, p.no(), last, value);
        }
        update.accept(value);
        return true;
    }

    private static boolean isLateHeading(String text) {
        return text.length() <= MAX_LATE_HEADING && DocForms.isHeadingLike(text);
    }
}
