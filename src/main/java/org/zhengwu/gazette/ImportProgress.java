package org.zhengwu.gazette;

/**
 * Told how an import proceeds; called inside the import's transaction, so a progress that
 * throws aborts the import and nothing is stored.
 */
@FunctionalInterface
public interface ImportProgress {

    /** A progress that shows nothing. */
    ImportProgress NONE = (step, done, total) -> { };

    /** Reached {@code done} of {@code total} in the step (both 0 where there is nothing to count). */
    void step(ImportStep step, int done, int total);
}
