/** The {@code gazette} sub-command: {@code ./zhengwu gazette parse FILE}. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.gazette.cli;
