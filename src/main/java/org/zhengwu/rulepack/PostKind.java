package org.zhengwu.rulepack;

/**
 * A kind of post (职务) and, where one applies, the role its holder signs in with.
 *
 * @param role a {@link org.zhengwu.kernel.Role} name, or {@code null}
 */
public record PostKind(String id, String name, String role) {
}
