package org.zhengwu.rulepack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.rulepack.RulePackInvalid.Problem;
import tools.jackson.databind.JsonNode;

/**
 * A node of the pack's YAML tree that knows its path, so every problem names its key.
 * Reading never throws: problems are collected and the reader goes on. Modules read their own
 * sections of the pack through it (see {@link RulePackSection}).
 */
public final class PackNode {

    private static final Pattern RULE = Pattern.compile("[A-Z]{2}-[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;

    PackNode(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public String path() {
        return path;
    }

    public void problem(String key, String text) {
        problems.add(new Problem(key, text));
    }

    private String key(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return node != null && node.has(field) && !node.get(field).isNull();
    }

    public PackNode child(String field) {
        if (!has(field) || !node.get(field).isObject()) {
            problem(key(field), "required section missing or not a mapping");
            return new PackNode(null, key(field), problems);
        }
        return new PackNode(node.get(field), key(field), problems);
    }

    public String text(String field) {
        if (!has(field) || !node.get(field).isValueNode() || node.get(field).asString().isBlank()) {
            problem(key(field), "required text missing");
            return "";
        }
        return node.get(field).asString().strip();
    }

    public String optionalText(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    public int integer(String field, int min, int max) {
        if (!has(field) || !node.get(field).isIntegralNumber()) {
            problem(key(field), "required whole number missing");
            return min;
        }
        int value = node.get(field).asInt();
        if (value < min || value > max) {
            problem(key(field), "must be between " + min + " and " + max + ", is " + value);
        }
        return value;
    }

    public RuleId rule(String field) {
        var text = text(field);
        if (!text.isEmpty() && !RULE.matcher(text).matches()) {
            problem(key(field), "not a rule ID (such as WR-57): " + text);
            return null;
        }
        return text.isEmpty() ? null : RuleId.of(text);
    }

    public <E extends Enum<E>> E oneOf(String field, Class<E> type) {
        var text = text(field);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        if (!text.isEmpty()) {
            problem(key(field), "must be one of " + List.of(type.getEnumConstants()) + ", is " + text);
        }
        return null;
    }

    public <T> List<T> list(String field, Function<PackNode, T> each) {
        var out = new ArrayList<T>();
        if (!has(field) || !node.get(field).isArray()) {
            problem(key(field), "required list missing");
            return out;
        }
        var items = node.get(field);
        for (int i = 0; i < items.size(); i++) {
            out.add(each.apply(new PackNode(items.get(i), key(field) + "[" + i + "]", problems)));
        }
        return out;
    }

    public List<String> texts(String field) {
        return list(field, item -> {
            if (item.node == null || !item.node.isValueNode() || item.node.asString().isBlank()) {
                item.problem(item.path, "must be a non-empty text");
                return "";
            }
            return item.node.asString().strip();
        });
    }

    public String asText() {
        return node == null || !node.isValueNode() ? "" : node.asString().strip();
    }

    /** An optional whole number, {@code fallback} when absent. */
    public int optionalInteger(String field, int min, int max, int fallback) {
        return has(field) ? integer(field, min, max) : fallback;
    }

    /** An optional list; empty when absent. */
    public <T> List<T> optionalList(String field, Function<PackNode, T> each) {
        return has(field) ? list(field, each) : List.of();
    }

    /** An optional list of texts; empty when absent. */
    public List<String> optionalTexts(String field) {
        return has(field) ? texts(field) : List.of();
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    public boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        if (!node.get(field).isBoolean()) {
            problem(key(field), "must be true or false");
            return fallback;
        }
        return node.get(field).asBoolean();
    }

    /** The field names of this mapping, in file order (empty for a missing node). */
    public List<String> fieldNames() {
        if (node == null || !node.isObject()) {
            return List.of();
        }
        return List.copyOf(node.propertyNames());
    }
}
