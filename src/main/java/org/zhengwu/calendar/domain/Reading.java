package org.zhengwu.calendar.domain;

import java.util.List;

/** The outcome of reading a holiday file: its content, or the first problem found in it. */
public sealed interface Reading {

    /** The file is valid. */
    record Read(HolidayYear year) implements Reading {
    }

    /**
     * The file is refused.
     *
     * @param messageKey the message of {@code i18n/calendar} that names the problem
     * @param arguments  the message's arguments, as text
     */
    record Rejected(String messageKey, List<String> arguments) implements Reading {

        public Rejected {
            arguments = List.copyOf(arguments);
        }

        static Rejected of(String messageKey, Object... arguments) {
            return new Rejected(messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }
}
