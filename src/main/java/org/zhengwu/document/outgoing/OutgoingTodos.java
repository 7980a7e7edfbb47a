package org.zhengwu.document.outgoing;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;

/** 我的待办: the outgoing documents waiting for the actor, or for the post they act for (WR-6, WR-8). */
@Component
class OutgoingTodos implements TodoSource {

    private final OutgoingReading reading;
    private final MessageSource messages;

    OutgoingTodos(OutgoingReading reading, MessageSource messages) {
        this.reading = reading;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        return reading.waitingFor(actor).stream().map(this::item).toList();
    }

    private TodoItem item(DraftView v) {
        var d = v.draft();
        var status = messages.getMessage("outgoing.status." + d.status(), null, LocaleContextHolder.getLocale());
        var title = messages.getMessage("outgoing.todo.title", new Object[] {status, d.title()},
                LocaleContextHolder.getLocale());
        var since = v.steps().isEmpty() ? null : v.steps().getLast().at();
        return new TodoItem("outgoing.todo.kind", title, "/outgoing/" + d.id(), null, "info", since);
    }
}
