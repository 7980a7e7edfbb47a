package org.zhengwu.calendar;

/**
 * Working days added to a case clock's limit.
 *
 * @param workingDays how many working days are added (0 or more)
 * @param reason      why (shown in the explanation); may be {@code null}
 */
public record Extension(int workingDays, String reason) {

    public Extension {
        if (workingDays < 0) {
            throw new IllegalArgumentException("an extension adds 0 or more working days, not " + workingDays);
        }
    }
}
