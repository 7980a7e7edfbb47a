package org.zhengwu.gazette;

import java.util.List;
import java.util.Set;

/**
 * A document as its page shows it: the data, its validity today, the text in order, the
 * repeals and amendments recorded against it, and its errata.
 */
public record DocumentView(GazetteDocument document, Validity validity, List<TextUnit> units,
        List<Amendment> amendments, List<Erratum> errata) {

    private static final Set<String> CONTENTS = Set.of("attachment", "part", "chapter", "section", "article");

    public DocumentView {
        units = List.copyOf(units);
        amendments = List.copyOf(amendments);
        errata = List.copyOf(errata);
    }

    /** The table of contents: attachments, chapters, sections and articles, in order. */
    public List<TextUnit> contents() {
        return units.stream().filter(u -> CONTENTS.contains(u.type()) && (u.num() != null || u.heading() != null))
                .toList();
    }
}
