package org.zhengwu.gazette.domain.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A unit of a document's structure: an attachment, a chapter (章), an article (条), a paragraph
 * (款, or a paragraph of prose), an item (项), a sub-item (目), a point.
 *
 * @param type     what kind of unit
 * @param num      the number as printed, normalised ({@code 第五十六条}, {@code （一）}, {@code 1.},
 *                 {@code 一、}); null for unnumbered paragraphs
 * @param heading  the heading ({@code 公文处理} of {@code 第九章 公文处理}), null when none
 * @param text     the unit's own text, without its number and without the text of its children
 * @param eId      a stable Akoma-Ntoso-like path, unique in the document ({@code chp_9__art_56__item_5})
 * @param line     the source line where the unit starts
 * @param children the units inside it, in order
 */
public record Unit(UnitType type, String num, String heading, String text, String eId, int line, List<Unit> children) {

    public Unit {
        children = List.copyOf(children);
    }

    /** This unit and all units below it, depth first. */
    public Stream<Unit> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Unit::selfAndDescendants));
    }
}
