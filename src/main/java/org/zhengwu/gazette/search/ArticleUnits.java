package org.zhengwu.gazette.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhengwu.gazette.TextUnit;

/**
 * A document's text cut where a reader looks for it: each article with everything inside it
 * (款, 项, 目), and each other unit that holds text and no article (a plan's 一、 or （一）, a
 * notice's paragraph) on its own. Chapters and other containers of articles are left to their
 * articles.
 */
final class ArticleUnits {

    /** One searchable unit: where it is, its number and heading, and all its text. */
    record Piece(String eId, String num, String heading, String text) {
    }

    private ArticleUnits() {
    }

    static List<Piece> of(List<TextUnit> units) {
        var containers = containersOfArticles(units);
        var pieces = new ArrayList<Piece>();
        TextUnit article = null;
        StringBuilder text = null;
        for (var u : units) {
            if (article != null && u.depth() > article.depth()) {
                append(text, u.num(), u.heading(), u.text());
                continue;
            }
            if (article != null) {
                pieces.add(new Piece(article.eId(), article.num(), article.heading(), text.toString()));
                article = null;
            }
            if ("article".equals(u.type())) {
                article = u;
                text = append(new StringBuilder(), u.num(), u.heading(), u.text());
            } else if (!containers.contains(u.eId()) && hasWords(u)) {
                pieces.add(new Piece(u.eId(), u.num(), u.heading(), append(new StringBuilder(), u.num(), u.heading(),
                        u.text()).toString()));
            }
        }
        if (article != null) {
            pieces.add(new Piece(article.eId(), article.num(), article.heading(), text.toString()));
        }
        return pieces;
    }

    private static Set<String> containersOfArticles(List<TextUnit> units) {
        var parents = new java.util.HashMap<String, String>();
        units.forEach(u -> parents.put(u.eId(), u.parentEId()));
        var containers = new HashSet<String>();
        units.stream().filter(u -> "article".equals(u.type())).forEach(u -> {
            for (var p = u.parentEId(); p != null && containers.add(p); p = parents.get(p)) {
                // every ancestor of an article is a container
            }
        });
        return containers;
    }

    private static boolean hasWords(TextUnit u) {
        return (u.text() != null && !u.text().isBlank()) || (u.heading() != null && !u.heading().isBlank());
    }

    private static StringBuilder append(StringBuilder to, String num, String heading, String text) {
        var line = Stream.of(num, heading, text).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        if (!line.isEmpty()) {
            to.append(to.isEmpty() ? "" : "\n").append(line);
        }
        return to;
    }
}
