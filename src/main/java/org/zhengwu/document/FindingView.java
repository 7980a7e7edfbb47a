package org.zhengwu.document;

/**
 * A finding as shown and as printed by the API and the command line.
 *
 * @param rule     the rule ID, such as {@code WR-56.4}
 * @param severity {@code RETURN} or {@code REVIEW}
 * @param field    the submission's field it concerns
 * @param message  the Chinese message
 */
public record FindingView(String rule, String severity, String field, String message) {
}
