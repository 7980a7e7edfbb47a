/** The {@code rulepack} sub-command. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.rulepack.cli;
