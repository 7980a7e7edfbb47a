package org.zhengwu.gazette;

import java.time.LocalDate;

/**
 * An issue of the gazette (or a single document imported without an issue header, {@code
 * standalone}) as stored: its numbers, status and current version.
 *
 * @param serial      the running number over all years (总第228期), null when not printed
 * @param version     the current version of its content, 1 for the first import
 * @param documents   the number of documents in the current version
 * @param publishedOn the day it was published, null for a draft
 */
public record IssueSummary(long id, String title, int year, int number, Integer serial, boolean standalone,
        IssueStatus status, int version, int documents, LocalDate publishedOn) {

    public boolean isPublished() {
        return status == IssueStatus.PUBLISHED;
    }

    /** This issue as it is once published on {@code on}. */
    IssueSummary publishedOn(LocalDate on) {
        return new IssueSummary(id, title, year, number, serial, standalone, IssueStatus.PUBLISHED, version, documents, on);
    }
}
