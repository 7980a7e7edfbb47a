package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * Appointments and removals of a published notice (AP-1), one entry per person and post, for the
 * directory's office-holders. Announced in parts ({@code part} of {@code parts}) when long.
 */
public record AppointmentsPublished(String documentId, String docNumber, LocalDate signedDate, int part, int parts,
        List<Entry> entries) {

    public AppointmentsPublished {
        entries = List.copyOf(entries);
    }

    /** 任命 or 免去. */
    public enum Action {
        APPOINT,
        REMOVE
    }

    /**
     * One person and one post.
     *
     * @param qualifiers what the notice adds to this post: 列…之后, 试用期一年
     */
    public record Entry(Action action, String person, String post, List<String> qualifiers) {

        public Entry {
            qualifiers = List.copyOf(qualifiers);
        }
    }
}
