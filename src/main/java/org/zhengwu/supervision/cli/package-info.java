/** The {@code supervision} sub-command: {@code import-plan DOCNUMBER [--dry-run] [--data DIR]}. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.supervision.cli;
