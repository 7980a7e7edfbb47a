package org.zhengwu.escalation.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;

/** 我的待办: the fired steps addressed to me that nobody has acknowledged yet. */
@Component
class EscalationInbox implements TodoSource {

    private final Escalations escalations;
    private final MessageSource messages;

    EscalationInbox(Escalations escalations, MessageSource messages) {
        this.escalations = escalations;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        return escalations.addressedTo(actor, true, 100).stream()
                .map(step -> new TodoItem("escalation.todo.kind",
                        messages.getMessage("escalation.todo.title",
                                new Object[] {action(step.action().name()), step.label()}, LocaleContextHolder.getLocale()),
                        "/escalations/" + step.id(), step.due(), step.severity(), step.firedAt()))
                .toList();
    }

    private String action(String action) {
        return messages.getMessage("escalation.action." + action, null, LocaleContextHolder.getLocale());
    }
}
