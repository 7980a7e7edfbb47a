/** The {@code audit} sub-command. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.audit.cli;
