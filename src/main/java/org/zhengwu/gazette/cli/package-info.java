/**
 * The {@code gazette} sub-command: {@code ./zhengwu gazette parse FILE} and
 * {@code ./zhengwu gazette pdf FILE [--doc DOCNUMBER] [-o OUT.pdf]}.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.gazette.cli;
