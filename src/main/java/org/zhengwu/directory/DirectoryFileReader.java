package org.zhengwu.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.zhengwu.directory.DirectoryFile.Portfolio;
import org.zhengwu.directory.DirectoryFile.Substitute;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a directory YAML file. A unit may name its principal post's title ({@code head: 局长});
 * the post is then {@code <unit>-head}, of the kind the rule pack gives that kind of unit's head.
 * A problem stops the reading with the key that has it.
 */
final class DirectoryFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final List<Post> headPosts = new ArrayList<>();

    static DirectoryFile read(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml == null ? "" : yaml);
        } catch (JacksonException e) {
            throw invalid("(file)", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("(file)", "not a YAML mapping");
        }
        return new DirectoryFileReader().file(root);
    }

    private DirectoryFile file(JsonNode root) {
        var units = list(root, "units", this::unit);
        var people = list(root, "people", (n, key) -> new Person(new PersonId(text(n, key, "id")), text(n, key, "name")));
        var posts = new ArrayList<>(headPosts);
        posts.addAll(list(root, "posts", DirectoryFileReader::post));
        return new DirectoryFile(units, people, posts, list(root, "terms", DirectoryFileReader::term),
                list(root, "portfolios", DirectoryFileReader::portfolio),
                list(root, "substitutes", (n, key) -> new Substitute(new PostId(text(n, key, "post")),
                        new PostId(text(n, key, "substitute")))));
    }

    private OrgUnit unit(JsonNode n, String key) {
        var id = new OrgUnitId(text(n, key, "id"));
        var kind = kind(n, key);
        var shortName = n.has("short") ? text(n, key, "short") : text(n, key, "name");
        var unit = new OrgUnit(id, text(n, key, "name"), shortName, kind,
                n.has("parent") ? new OrgUnitId(text(n, key, "parent")) : null, index(key), texts(n, "aliases"));
        if (n.has("head")) {
            var headKind = kind.headPostKind().orElseThrow(() -> invalid(key + ".head", "a " + kind + " has no head post kind"));
            headPosts.add(new Post(new PostId(id.value() + "-head"), shortName + text(n, key, "head"), headKind, id, 0, true));
        }
        return unit;
    }

    private static Post post(JsonNode n, String key) {
        var rank = n.has("rank") ? n.get("rank").asInt() : index(key) + 1;
        return new Post(new PostId(text(n, key, "id")), text(n, key, "title"), text(n, key, "kind"),
                new OrgUnitId(text(n, key, "unit")), rank, n.has("head") && n.get("head").asBoolean());
    }

    private static OfficeTerm term(JsonNode n, String key) {
        return new OfficeTerm(0, new PostId(text(n, key, "post")), new PersonId(text(n, key, "person")),
                date(n, key, "from"), date(n, key, "to"), text(n, key, "source"),
                n.has("endSource") ? text(n, key, "endSource") : null, texts(n, "qualifiers"));
    }

    private static Portfolio portfolio(JsonNode n, String key) {
        return new Portfolio(new PostId(text(n, key, "post")), texts(n, "units").stream().map(OrgUnitId::new).toList());
    }

    private static UnitKind kind(JsonNode n, String key) {
        var kind = text(n, key, "kind");
        try {
            return UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw invalid(key + ".kind", "not a unit kind: " + kind);
        }
    }

    private static <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> each) {
        var out = new ArrayList<T>();
        var items = root.get(field);
        if (items == null || items.isNull()) {
            return out;
        }
        if (!items.isArray()) {
            throw invalid(field, "must be a list");
        }
        for (int i = 0; i < items.size(); i++) {
            out.add(item(items.get(i), field + "[" + i + "]", each));
        }
        return out;
    }

    // An id that is not an id is the entry's problem, named by its key.
    private static <T> T item(JsonNode item, String key, BiFunction<JsonNode, String, T> each) {
        try {
            return each.apply(item, key);
        } catch (IllegalArgumentException e) {
            throw invalid(key, e.getMessage());
        }
    }

    private static String text(JsonNode n, String key, String field) {
        var value = n.get(field);
        if (value == null || !value.isValueNode() || value.asString().isBlank()) {
            throw invalid(key + "." + field, "required text missing");
        }
        return value.asString().strip();
    }

    private static List<String> texts(JsonNode n, String field) {
        var values = n.get(field);
        if (values == null || !values.isArray()) {
            return List.of();
        }
        var out = new ArrayList<String>();
        values.forEach(v -> out.add(v.asString().strip()));
        return out;
    }

    private static LocalDate date(JsonNode n, String key, String field) {
        if (!n.has(field) || n.get(field).isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(n.get(field).asString().strip());
        } catch (DateTimeParseException e) {
            throw invalid(key + "." + field, "not a date (yyyy-mm-dd): " + n.get(field).asString());
        }
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('[') + 1, key.length() - 1));
    }

    private static UserError invalid(String key, String problem) {
        return new UserError("directory.import.invalid", key, key, problem);
    }
}
