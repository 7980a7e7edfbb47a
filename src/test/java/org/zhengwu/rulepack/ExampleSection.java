package org.zhengwu.rulepack;

import java.util.List;

/** A module-owned section used by the reader's tests: optional, key {@code exampleSection}. */
public class ExampleSection implements RulePackSection<ExampleSection.Value> {

    public record Value(int limit, List<String> names, boolean strict) {
    }

    @Override
    public String key() {
        return "exampleSection";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Value read(PackNode node) {
        return new Value(node.integer("limit", 1, 10), node.texts("names"), node.bool("strict", false));
    }
}
