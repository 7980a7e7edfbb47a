package org.zhengwu.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhengwu.document.domain.AttachmentRef;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.kernel.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A submission as JSON, with the fixed field names of the issue: read field by field, so that a
 * malformed file or field is a {@link UserError} naming the field, never an exception.
 */
public final class SubmissionJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> FIELDS = Set.of("kind", "title", "docNumber", "signer", "issuingUnits",
            "mainRecipients", "copyTo", "matters", "options", "preferredOption", "issueDate", "submittedDate",
            "contactName", "contactPhone", "urgent", "urgencyReason", "classification", "disclosure",
            "disclosureReason", "flags", "via", "concernedUnits", "coSignedBy", "attachments", "body");

    private SubmissionJson() {
    }

    /** The submission in the text; a UserError naming the field (or {@code FILE}) when it is not one. */
    public static Submission read(String json, String whole) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw new UserError("document.input.malformed", whole, e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserError("document.input.not-an-object", whole);
        }
        for (var name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new UserError("document.input.unknown-field", name, name);
            }
        }
        return new Submission(text(root, "kind"), text(root, "title"), text(root, "docNumber"), text(root, "signer"),
                texts(root, "issuingUnits"), texts(root, "mainRecipients"), texts(root, "copyTo"),
                texts(root, "matters"), texts(root, "options"), text(root, "preferredOption"), date(root, "issueDate"),
                date(root, "submittedDate"), text(root, "contactName"), text(root, "contactPhone"),
                bool(root, "urgent"), text(root, "urgencyReason"), text(root, "classification"),
                text(root, "disclosure"), text(root, "disclosureReason"), texts(root, "flags"), text(root, "via"),
                texts(root, "concernedUnits"), texts(root, "coSignedBy"), attachments(root), text(root, "body"));
    }

    /** The submission as JSON, absent values left out. */
    public static String write(Submission s) {
        return MAPPER.writeValueAsString(tree(s));
    }

    public static ObjectNode tree(Submission s) {
        ObjectNode node = MAPPER.valueToTree(s);
        var empty = new ArrayList<String>();
        node.properties().forEach(e -> {
            if (!FIELDS.contains(e.getKey()) || e.getValue().isNull()
                    || (e.getValue().isArray() && e.getValue().isEmpty())) {
                empty.add(e.getKey());
            }
        });
        node.remove(empty);
        return node;
    }

    private static String text(JsonNode root, String field) {
        var v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString() && !v.isNumber()) {
            throw new UserError("document.input.not-text", field, field);
        }
        var s = v.asString().strip();
        if (s.length() > 20_000) {
            throw new UserError("document.input.too-long", field, field);
        }
        return s.isEmpty() ? null : s;
    }

    private static List<String> texts(JsonNode root, String field) {
        var v = root.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isString()) {
            return List.of(v.asString());
        }
        if (!v.isArray() || v.size() > 200) {
            throw new UserError("document.input.not-a-list", field, field);
        }
        var out = new ArrayList<String>();
        for (var item : v) {
            if (!item.isString()) {
                throw new UserError("document.input.not-a-list", field, field);
            }
            out.add(item.asString());
        }
        return out;
    }

    private static LocalDate date(JsonNode root, String field) {
        var text = text(root, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError("document.input.not-a-date", field, field, text);
        }
    }

    private static Boolean bool(JsonNode root, String field) {
        var v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new UserError("document.input.not-boolean", field, field);
        }
        return v.asBoolean();
    }

    private static List<AttachmentRef> attachments(JsonNode root) {
        var v = root.get("attachments");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new UserError("document.input.not-a-list", "attachments", "attachments");
        }
        var out = new ArrayList<AttachmentRef>();
        for (var item : v) {
            if (!item.isObject()) {
                throw new UserError("document.input.bad-attachment", "attachments");
            }
            var kind = text(item, "kind");
            try {
                out.add(new AttachmentRef(text(item, "title"),
                        kind == null ? AttachmentRef.AttachmentKind.OTHER : AttachmentRef.AttachmentKind.valueOf(kind)));
            } catch (IllegalArgumentException e) {
                throw new UserError("document.input.bad-attachment-kind", "attachments", kind);
            }
        }
        return out;
    }
}
