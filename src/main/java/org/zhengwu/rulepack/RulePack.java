package org.zhengwu.rulepack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated rule pack. Its sections are typed; every section names the rules it carries.
 *
 * @param id      the pack's stable id, e.g. {@code liaocheng-2022}
 * @param version the pack's version; a change of content needs a new version
 * @param city    the city whose rules these are (shown in the site header)
 */
public record RulePack(
        String id,
        String version,
        String name,
        String city,
        String source,
        String timezone,
        ReplyLimits replyLimits,
        LeavePolicy leave,
        Delegation delegation,
        List<RoleName> roles,
        List<PostKind> posts,
        List<Ladder> ladders,
        Map<Class<?>, Object> sections) {

    public RulePack {
        roles = List.copyOf(roles);
        posts = List.copyOf(posts);
        ladders = List.copyOf(ladders);
        sections = Map.copyOf(sections);
    }

    /**
     * A module's own section, read by its {@link RulePackSection}.
     *
     * @param sectionType the section reader's class
     * @throws IllegalStateException when no such section reader is registered
     */
    @SuppressWarnings("unchecked")
    public <T> T section(Class<? extends RulePackSection<T>> sectionType) {
        var value = sections.get(sectionType);
        if (value == null) {
            throw new IllegalStateException("rule pack section not registered or absent: " + sectionType.getName());
        }
        return (T) value;
    }

    /** Whether the pack holds the (optional) section. */
    public boolean hasSection(Class<? extends RulePackSection<?>> sectionType) {
        return sections.containsKey(sectionType);
    }

    public Optional<Ladder> ladder(String ladderId) {
        return ladders.stream().filter(l -> l.id().equals(ladderId)).findFirst();
    }

    public Optional<PostKind> post(String postKind) {
        return posts.stream().filter(p -> p.id().equals(postKind)).findFirst();
    }

    public String roleName(String role) {
        return roles.stream().filter(r -> r.id().equals(role)).map(RoleName::name).findFirst().orElse(role);
    }
}
