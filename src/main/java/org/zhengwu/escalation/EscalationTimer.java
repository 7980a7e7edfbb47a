package org.zhengwu.escalation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.zhengwu.calendar.CalendarChanged;

/**
 * The durable timer: a db-scheduler task (one node at a time, across restarts) that fires the
 * pending steps whose day has come; and the re-planning when the calendar changes.
 */
@Configuration(proxyBeanMethods = false)
class EscalationTimer {

    private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

    @Bean
    RecurringTask<Void> escalationSweep(Escalations escalations,
            @Value("${zhengwu.escalation.sweep-interval:1m}") Duration interval) {
        return Tasks.recurring("escalation-sweep", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    var fired = escalations.fireDue();
                    if (!fired.isEmpty()) {
                        log.info("escalation sweep fired {} step(s)", fired.size());
                    }
                });
    }

    @Bean
    CalendarListener escalationCalendarListener(Escalations escalations) {
        return new CalendarListener(escalations);
    }

    static class CalendarListener {

        private final Escalations escalations;

        CalendarListener(Escalations escalations) {
            this.escalations = escalations;
        }

        @ApplicationModuleListener
        void on(CalendarChanged changed) {
            int moved = escalations.replanAll();
            log.info("calendar changed ({}): {} pending escalation step(s) moved", changed.years(), moved);
        }
    }
}
