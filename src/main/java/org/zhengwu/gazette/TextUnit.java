package org.zhengwu.gazette;

/**
 * One unit of a document's text, in the order of the text: what pages show, what search indexes.
 *
 * @param eId       the unit's stable id in its document, the anchor of its page ({@code att_1__chp_4__art_19})
 * @param parentEId the unit it is inside, null at the top
 * @param depth     0 at the top
 * @param type      {@code attachment}, {@code chapter}, {@code section}, {@code article}, {@code paragraph},
 *                  {@code item}, {@code subitem}, {@code point}
 * @param num       the number as printed ({@code 第十九条}, {@code （一）}), null when none
 * @param heading   the heading ({@code 总则}), null when none
 * @param text      the unit's own text, without its children's
 */
public record TextUnit(String eId, String parentEId, int depth, String type, String num, String heading, String text) {
}
