package org.zhengwu.calendar;

import java.util.Set;

/**
 * What loading an official holiday file did.
 *
 * @param year          the notice's year now in force
 * @param offDays       how many days off the file lists
 * @param makeUpDays    how many working days (调休上班) the file lists
 * @param sha256        the SHA-256 of the file's text
 * @param affectedYears the years whose days may have changed (see {@link CalendarChanged})
 */
public record LoadResult(int year, int offDays, int makeUpDays, String sha256, Set<Integer> affectedYears) {

    public LoadResult {
        affectedYears = Set.copyOf(affectedYears);
    }
}
