/**
 * The directory: organisational units (the government, its General Office, departments,
 * directly affiliated bodies, counties, development zones), people, posts, office-holders
 * with their history (AP-1), portfolios (分管), designated substitutes (WR-8) and leave
 * (WR-76), and from these: who acts for a post on a day (WR-6, WR-8).
 *
 * <p>Facades: {@link org.zhengwu.directory.Directory} (read side, {@code whoActsFor}),
 * {@link org.zhengwu.directory.LeaveBook} (WR-76 leave and the mayor's absence),
 * {@link org.zhengwu.directory.Appointments} (office-holders from appointment notices),
 * {@link org.zhengwu.directory.DirectoryImport} (a directory YAML, loaded idempotently).
 *
 * <p>Publishes (all {@link org.zhengwu.kernel.Audited}): {@code LeaveRequested},
 * {@code LeaveApproved}, {@code LeaveRejected}, {@code MayorAbsenceRecorded},
 * {@code OfficeHolderChanged}, {@code PersonRegistered}, {@code DirectoryImported}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Directory",
        allowedDependencies = {"kernel", "platform", "rulepack", "calendar", "gazette"})
package org.zhengwu.directory;
