package org.zhengwu.gazette;

/**
 * One difference between two versions of an issue, by document id and eId.
 *
 * @param documentId    the stable id of the document concerned, null for {@code ISSUE_CHANGED}
 * @param documentTitle its title, to read the list without looking it up
 * @param eId           the unit concerned, null for a difference of a whole document
 * @param detail        for a changed document or issue, the names of the fields that changed
 * @param newText       the unit's text in the new version, null for a removal or a whole document
 */
public record Difference(DifferenceKind kind, String documentId, String documentTitle, String eId, String detail,
        String newText) {
}
