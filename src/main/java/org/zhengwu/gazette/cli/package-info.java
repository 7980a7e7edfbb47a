/**
 * The {@code gazette} sub-command: {@code parse FILE} (prints JSON, stores nothing), {@code import
 * FILE [--erratum NOTE]}, {@code publish YEAR/NUMBER}, {@code export DOC_ID|YEAR/NUMBER}, each
 * with {@code --data DIR}; and {@code pdf FILE [--doc DOCNUMBER] [-o OUT.pdf]}.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.gazette.cli;
