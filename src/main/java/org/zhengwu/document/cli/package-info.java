/** {@code ./zhengwu document …}: the documents desk at the command line. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.document.cli;
