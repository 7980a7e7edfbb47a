package org.zhengwu.rulepack;

/**
 * A section of the rule pack owned by a business module (the documents desk's intake lists and
 * sign-off table, the supervision ladder settings, …). The module reads and validates its own
 * section; the pack is refused as a whole when any section has a problem, at start-up and by
 * {@code rulepack check}.
 *
 * <p>Sections are found with {@link java.util.ServiceLoader}: an implementation has a public
 * no-argument constructor and is listed in
 * {@code META-INF/services/org.zhengwu.rulepack.RulePackSection}. A module reads its section
 * with {@link RulePack#section(Class)}.
 *
 * @param <T> the section's typed value
 */
public interface RulePackSection<T> {

    /** The top-level key of the section in the pack file, e.g. {@code documentIntake}. */
    String key();

    /** Whether a pack without the section is refused (the module cannot work without it). */
    default boolean required() {
        return true;
    }

    /**
     * Reads the section. Problems are reported on {@code node} ({@link PackNode#problem}), never
     * thrown; the value read is discarded when there are any.
     *
     * @param node the section's mapping, with its path
     */
    T read(PackNode node);
}
