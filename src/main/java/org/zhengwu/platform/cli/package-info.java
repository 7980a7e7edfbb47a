/** The command line: what modules' sub-commands share. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.platform.cli;
