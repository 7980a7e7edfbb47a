package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhengwu.kernel.UserError;

/**
 * Dates and counts typed by a person (a form, the command line), read strictly: anything that
 * is not one is the user's mistake, named after the input it came from.
 */
public final class UserInput {

    private UserInput() {
    }

    /** An ISO date such as 2022-03-31. */
    public static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("calendar.date.invalid", field, String.valueOf(text));
        }
    }

    /** A count of days from 0 to {@link SupportedDates#MAX_COUNT}. */
    public static int count(String text, String field) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= 0 && n <= SupportedDates.MAX_COUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the same answer as for a number out of range
        }
        throw new UserError("calendar.count.invalid", field, String.valueOf(text),
                Integer.toString(SupportedDates.MAX_COUNT));
    }
}
