package org.zhengwu.rulepack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.zhengwu.kernel.Role;
import org.zhengwu.rulepack.Ladder.Action;
import org.zhengwu.rulepack.Ladder.Recipient;
import org.zhengwu.rulepack.Ladder.Reset;
import org.zhengwu.rulepack.Ladder.Step;
import org.zhengwu.rulepack.Ladder.Trigger;
import org.zhengwu.rulepack.RulePackInvalid.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and validates a rule pack; a pack with any problem is refused as a whole. */
public final class RulePackReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private RulePackReader() {
    }

    public static RulePack read(String yaml) {
        var problems = new ArrayList<Problem>();
        PackNode root;
        try {
            var tree = YAML.readTree(yaml == null ? "" : yaml);
            if (tree == null || !tree.isObject()) {
                throw new RulePackInvalid(List.of(new Problem("(file)", "not a YAML mapping")));
            }
            root = new PackNode(tree, "", problems);
        } catch (JacksonException e) {
            var where = e.getLocation() == null ? "(file)" : "(line " + e.getLocation().getLineNr() + ")";
            throw new RulePackInvalid(List.of(new Problem(where, "not valid YAML: " + e.getOriginalMessage())));
        }
        var pack = new RulePack(root.text("id"), root.text("version"), root.text("name"), root.text("city"),
                root.text("source"), timezone(root), replyLimits(root.child("replyLimits")),
                leave(root.child("leave")), delegation(root.child("delegation")),
                root.list("roles", n -> new RoleName(n.text("id"), n.text("name"))),
                root.list("posts", n -> new PostKind(n.text("id"), n.text("name"), n.optionalText("role", null))),
                root.list("ladders", RulePackReader::ladder), sections(root));
        RulePackChecks.crossCheck(pack, problems);
        if (!problems.isEmpty()) {
            throw new RulePackInvalid(problems);
        }
        return pack;
    }

    private static Map<Class<?>, Object> sections(PackNode root) {
        var out = new LinkedHashMap<Class<?>, Object>();
        for (RulePackSection<?> section : ServiceLoader.load(RulePackSection.class, RulePackReader.class.getClassLoader())) {
            if (!root.has(section.key())) {
                if (section.required()) {
                    root.problem(section.key(), "required section missing");
                }
                continue;
            }
            var value = section.read(root.child(section.key()));
            if (value != null) {
                out.put(section.getClass(), value);
            }
        }
        return out;
    }

    private static String timezone(PackNode root) {
        var zone = root.text("timezone");
        try {
            java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            root.problem("timezone", "unknown time zone: " + zone);
        }
        return zone;
    }

    private static ReplyLimits replyLimits(PackNode n) {
        return new ReplyLimits(n.rule("rule"), n.integer("ordinary", 1, 60), n.integer("special", 1, 120),
                n.integer("forwarded", 1, 60));
    }

    private static LeavePolicy leave(PackNode n) {
        var unit = n.text("noticeUnit");
        if (!unit.isEmpty() && !List.of("CALENDAR_DAYS", "WORKING_DAYS").contains(unit)) {
            n.problem(n.path() + ".noticeUnit", "must be CALENDAR_DAYS or WORKING_DAYS, is " + unit);
        }
        return new LeavePolicy(n.rule("rule"), n.integer("noticeDays", 0, 60), unit, n.text("approverPost"),
                n.texts("appliesTo"),
                n.list("exemptions", e -> new LeavePolicy.Exemption(e.text("id"), e.text("name"))));
    }

    private static Delegation delegation(PackNode n) {
        var mayor = n.child("mayorAbsent");
        var viceMayor = n.child("viceMayorAbsent");
        var acting = viceMayor.text("acting");
        if (!acting.isEmpty() && !acting.equals("SUBSTITUTE")) {
            viceMayor.problem(viceMayor.path() + ".acting", "only SUBSTITUTE is supported, is " + acting);
        }
        return new Delegation(mayor.rule("rule"), mayor.text("actingPost"), viceMayor.rule("rule"));
    }

    private static Ladder ladder(PackNode n) {
        var trigger = n.oneOf("trigger", Trigger.class);
        var reset = n.has("reset") ? n.oneOf("reset", Reset.class) : Reset.NONE;
        var index = new int[] {0};
        var steps = n.list("steps", s -> step(s, trigger, index[0]++));
        if (steps.isEmpty()) {
            n.problem(n.path() + ".steps", "a ladder needs at least one step");
        }
        return new Ladder(n.text("id"), n.rule("rule"), n.text("name"), trigger, reset, steps);
    }

    private static Step step(PackNode s, Trigger trigger, int index) {
        Integer after = null;
        Integer count = null;
        if (trigger == Trigger.DEADLINE) {
            after = s.integer("after", -60, 365);
        } else if (trigger == Trigger.CONSECUTIVE) {
            count = s.integer("count", 1, 100);
        }
        var recipients = s.list("recipients", RulePackReader::recipient);
        return new Step(index, after, count, s.oneOf("action", Action.class), recipients);
    }

    private static Recipient recipient(PackNode r) {
        var text = r.asText();
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            r.problem(r.path(), "a recipient is role:NAME, post:NAME or subject:NAME, is '" + text + "'");
            return new Recipient(Recipient.Kind.SUBJECT, "?");
        }
        var kind = text.substring(0, colon).toUpperCase(Locale.ROOT);
        if (!List.of("ROLE", "POST", "SUBJECT").contains(kind)) {
            r.problem(r.path(), "unknown recipient kind '" + text.substring(0, colon) + "'");
            return new Recipient(Recipient.Kind.SUBJECT, "?");
        }
        return new Recipient(Recipient.Kind.valueOf(kind), text.substring(colon + 1));
    }

    static boolean isRole(String name) {
        var names = new HashSet<String>();
        for (Role role : Role.values()) {
            names.add(role.name());
        }
        return names.contains(name);
    }
}
