package org.zhengwu.rulepack;

/** A role of the platform with its Chinese name. */
public record RoleName(String id, String name) {
}
