package org.zhengwu.platform.security;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.UserError;

/** Resolves message keys and user errors to the Chinese text of the bundles. */
@Component
class UiMessages {

    private final MessageSource messages;

    UiMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    String text(UserError e) {
        return text(e.messageKey(), e.arguments());
    }
}
