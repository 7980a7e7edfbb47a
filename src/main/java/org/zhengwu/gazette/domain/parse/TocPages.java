package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.TocEntry;
import org.zhengwu.gazette.domain.text.LineCleaner;

/**
 * The catalogue's pages of each document, matched by document number, else by title: where a
 * document starts, and so which pages it is printed on (up to the next document's page).
 */
final class TocPages implements Continuations.Pages {

    private final List<Integer> pages = new ArrayList<>();

    static TocPages of(List<List<Line>> segments, List<TocEntry> toc) {
        var result = new TocPages();
        var unused = new ArrayList<>(toc);
        for (var segment : segments) {
            var header = HeaderReader.read(segment);
            var entry = unused.stream().filter(e -> matches(e, header.docNumber(), header.title())).findFirst();
            entry.ifPresent(unused::remove);
            result.pages.add(entry.map(TocEntry::page).orElse(null));
        }
        return result;
    }

    /** Whether a catalogue entry lists the document with this number or title. */
    static boolean matches(TocEntry entry, DocNumber number, String title) {
        if (entry.docNumber() != null && number != null) {
            return entry.docNumber().equals(number);
        }
        if (title == null) {
            return false;
        }
        var a = LineCleaner.key(entry.title());
        var b = LineCleaner.key(title);
        return a.equals(b) || a.endsWith(b) || b.endsWith(a);
    }

    Integer page(int segment) {
        return pages.get(segment);
    }

    @Override
    public boolean contains(int segment, int page) {
        var first = pages.get(segment);
        if (first == null) {
            return false;
        }
        for (int k = segment + 1; k < pages.size(); k++) {
            if (pages.get(k) != null) {
                return page >= first && page < pages.get(k);
            }
        }
        return page >= first;
    }
}
