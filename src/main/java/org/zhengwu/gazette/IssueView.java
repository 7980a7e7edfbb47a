package org.zhengwu.gazette;

import java.util.List;

/** A published issue with its catalogue (目录) by section, linking to its public documents. */
public record IssueView(IssueSummary issue, List<Section> sections) {

    public IssueView {
        sections = List.copyOf(sections);
    }

    /** A section of the catalogue (市政府文件), null-named before the first section heading. */
    public record Section(String name, List<Entry> entries) {

        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * An entry as printed; {@code documentId} is the public document it names, null when the
     * catalogue names no stored document.
     */
    public record Entry(String title, String docNumber, Integer page, String documentId) {
    }
}
