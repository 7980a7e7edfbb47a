package org.zhengwu.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year of official holiday data and where it came from.
 *
 * @param year       the notice's year
 * @param origin     shipped with the platform, or loaded by an administrator
 * @param source     the file's name
 * @param sha256     the SHA-256 of the file's text
 * @param loadedBy   who loaded it ({@code null} when shipped)
 * @param loadedAt   when it was loaded ({@code null} when shipped)
 * @param offDays    how many days off the file lists
 * @param makeUpDays how many working days (调休上班) the file lists
 * @param papers     the URLs of the State Council notices the file follows
 */
public record OfficialYear(int year, Origin origin, String source, String sha256, String loadedBy, Instant loadedAt,
        int offDays, int makeUpDays, List<String> papers) {

    public OfficialYear {
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    public enum Origin {
        SHIPPED,
        UPLOADED
    }
}
