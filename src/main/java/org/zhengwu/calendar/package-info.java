/**
 * The working-day clock: the one source of every deadline in the platform. It knows the
 * State Council's public holidays and make-up workdays (调休上班) from the official notices,
 * counts working days across them, runs case clocks with pauses and extensions, and says in
 * one Chinese sentence why a deadline falls where it does. Years without official data are
 * counted on weekends alone and marked provisional (暂定).
 *
 * <p>Facade: {@link org.zhengwu.calendar.WorkingDayClock}. No other module does date
 * arithmetic for deadlines; they ask the clock.
 *
 * <p>Publishes {@link org.zhengwu.calendar.CalendarChanged} (audited as
 * {@code calendar.year-loaded}) when a year's official data is loaded; modules that hold open
 * deadlines listen to it and recompute them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"kernel", "platform", "platform :: cli"})
package org.zhengwu.calendar;
