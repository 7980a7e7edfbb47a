package org.zhengwu.gazette;

import java.time.LocalDate;

/**
 * One hit: an article-level unit of a public document (or the document's head: title and
 * metadata, when {@code eId} is null), with a snippet of its text in which the query's words are
 * marked {@code <em>…</em>} and everything else is HTML-escaped.
 *
 * @param num      the unit's number as printed ({@code 第十九条}), null for the head
 * @param validity the document's validity today
 */
public record SearchHit(String docNumber, String title, String documentId, String eId, String num, String snippet,
        float score, String issuer, int year, LocalDate signedDate, Validity validity) {
}
