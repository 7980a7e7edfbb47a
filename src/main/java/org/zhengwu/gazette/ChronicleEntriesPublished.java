package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/** The dated entries of a published chronicle (CH-1), in parts ({@code part} of {@code parts}) when long. */
public record ChronicleEntriesPublished(String documentId, String title, int part, int parts, List<Entry> entries) {

    public ChronicleEntriesPublished {
        entries = List.copyOf(entries);
    }

    /** An entry; one marked △ in the text has the day of the entry before it. */
    public record Entry(LocalDate date, String text) {
    }
}
