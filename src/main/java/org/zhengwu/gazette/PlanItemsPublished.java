package org.zhengwu.gazette;

import java.util.List;

/**
 * Items of a published legislation plan (LG-1), each with its drafting department and stage,
 * in parts ({@code part} of {@code parts}) when long.
 */
public record PlanItemsPublished(String documentId, String docNumber, int part, int parts, List<Item> items) {

    public PlanItemsPublished {
        items = List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param category {@code LOCAL_REGULATION} (地方性法规) or {@code GOVERNMENT_RULE} (政府规章)
     * @param stage    {@code 年内提请审议}, {@code 调研起草}, {@code 年内完成}; null in a plan without stages
     * @param plan     the title of the plan it belongs to
     */
    public record Item(String category, String title, String draftingDepartment, String stage, String plan) {
    }
}
