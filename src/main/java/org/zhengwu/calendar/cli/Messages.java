package org.zhengwu.calendar.cli;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The calendar's texts at the command line, from the application's message source. */
final class Messages {

    private Messages() {
    }

    static String text(ApplicationContext context, String key, String... arguments) {
        return context.getBean(MessageSource.class).getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
