package org.zhengwu.escalation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The Chinese sentence recorded with a fired step: why it fired. */
@Component
class Causes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource messages;

    Causes(MessageSource messages) {
        this.messages = messages;
    }

    /** A deadline step: due on {@code due}, and {@code offset} working days past it (negative: before). */
    String deadline(String ladderName, LocalDate due, LocalDate fireDate, int offset) {
        var key = offset > 0 ? "escalation.cause.overdue" : offset == 0 ? "escalation.cause.due-today"
                : "escalation.cause.before-due";
        return text(key, ladderName, DAY.format(due), DAY.format(fireDate), Math.abs(offset));
    }

    /** A consecutive step: the n-th occurrence in a row, this period. */
    String consecutive(String ladderName, String period, int runLength, String runStart) {
        return text("escalation.cause.consecutive", ladderName, period, runLength, runStart);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
