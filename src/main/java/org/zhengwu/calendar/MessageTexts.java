package org.zhengwu.calendar;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.zhengwu.calendar.domain.Texts;

/** The calendar's texts from the application's message source, in the current locale. */
final class MessageTexts implements Texts {

    private final MessageSource messages;

    MessageTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String get(String key, String... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
