/** The {@code calendar} sub-command: deadlines and counts on the official calendar, and loading a year's data. */
@org.springframework.modulith.NamedInterface("cli")
package org.zhengwu.calendar.cli;
