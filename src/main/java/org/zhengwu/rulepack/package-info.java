/**
 * The city's rule pack: the numbers, roles and tables of the published rules (reply limits,
 * leave notice, posts, escalation ladders, …) in one versioned YAML file, loaded and validated
 * at start-up. Another city replaces the pack, not the code.
 *
 * <p>Facade: {@link org.zhengwu.rulepack.RulePacks}. Publishes {@code RulePackActivated} when
 * the pack in force changes (audited).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rule pack",
        allowedDependencies = {"kernel", "platform", "platform :: cli"})
package org.zhengwu.rulepack;
