package org.zhengwu.gazette.domain.model;

import java.util.List;

/**
 * A parsed gazette issue, or a single document without an issue header ({@code issue} null).
 *
 * @param issue     the issue's title and numbers, null when the text has no issue header
 * @param toc       the catalogue (目录) as printed, in order
 * @param documents the documents, in the order of the text
 * @param furniture the lines recognised as page furniture (cover, masthead, page marks): kept so
 *                  that no line of the source disappears unaccounted for
 * @param warnings  what the parser could not place or found inconsistent, with the line number
 */
public record ParsedGazette(
        IssueInfo issue,
        List<TocEntry> toc,
        List<ParsedDocument> documents,
        List<Furniture> furniture,
        List<ParseWarning> warnings) {

    public ParsedGazette {
        toc = List.copyOf(toc);
        documents = List.copyOf(documents);
        furniture = List.copyOf(furniture);
        warnings = List.copyOf(warnings);
    }
}
