package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.zhengwu.gazette.domain.text.Punctuation;

/**
 * Mends lines that a two-column page merged out of order. First each unfinished line takes the
 * line after it, as in any broken text; then an unfinished line with no follower takes an
 * orphan, a line that starts nothing and continues nothing: the first after it, else the first
 * before it (the left column's last line goes on at the top of the right column).
 */
final class ColumnMend {

    private static final class Piece {
        final int first;
        Line line;
        boolean continuation;

        Piece(int first, Line line) {
            this.first = first;
            this.line = line;
        }
    }

    private ColumnMend() {
    }

    /** The mended lines, in the order of their first piece. */
    static List<Line> mend(List<Line> lines, Predicate<String> startsSomething) {
        var pieces = new ArrayList<Piece>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (!pieces.isEmpty() && open(pieces.getLast()) && !startsSomething.test(line.text())) {
                pieces.getLast().line = pieces.getLast().line.join(line);
            } else {
                pieces.add(new Piece(i, line));
            }
        }
        for (var piece : List.copyOf(pieces)) {
            while (pieces.contains(piece) && open(piece) && adopt(piece, pieces, startsSomething)) {
                piece.continuation = false;
            }
        }
        pieces.sort(Comparator.comparingInt(p -> p.first));
        return pieces.stream().map(p -> p.line).toList();
    }

    private static boolean open(Piece piece) {
        return !Punctuation.endsClosed(piece.line.text());
    }

    private static boolean adopt(Piece piece, List<Piece> pieces, Predicate<String> startsSomething) {
        Piece orphan = null;
        for (var p : pieces) {
            boolean candidate = p != piece && !startsSomething.test(p.line.text()) && !open(p);
            if (candidate && (orphan == null || (orphan.first < piece.first && p.first > piece.first))) {
                orphan = p;
            }
        }
        if (orphan == null) {
            return false;
        }
        pieces.remove(orphan);
        piece.line = piece.line.join(orphan.line);
        return true;
    }
}
