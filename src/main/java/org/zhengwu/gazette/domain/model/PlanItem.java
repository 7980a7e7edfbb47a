package org.zhengwu.gazette.domain.model;

/**
 * An item of a legislation plan (LG-1).
 *
 * @param category           a local regulation (地方性法规) or a government rule (政府规章)
 * @param title              the title of the regulation or rule to draft
 * @param draftingDepartment the department leading the drafting (起草牵头部门)
 * @param stage              the stage in short ({@code 年内提请审议}, {@code 调研起草}, {@code 年内完成}),
 *                           null in a plan without stages
 * @param stageText          the heading the stage was read from, null when none
 * @param plan               the title of the plan the item belongs to
 */
public record PlanItem(Category category, String title, String draftingDepartment, String stage,
        String stageText, String plan) {

    /** 地方性法规 or 政府规章. */
    public enum Category {
        LOCAL_REGULATION,
        GOVERNMENT_RULE
    }
}
