package org.zhengwu.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;

/**
 * 我的待办: each pending leave (WR-76) in the inbox of whoever decides it today, the mayor or
 * the one presiding for the mayor. Due on the first day of leave; red once that day has come.
 */
@Component
class LeaveTodos implements TodoSource {

    private final LeaveBook book;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    LeaveTodos(LeaveBook book, Directory directory, MessageSource messages, Clock clock) {
        this.book = book;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        if (actor.person() == null) {
            return List.of();
        }
        return book.pending().stream()
                .filter(l -> book.approverOf(l).map(a -> actor.person().equals(a.person())).orElse(false))
                .map(this::item).toList();
    }

    private TodoItem item(Leave leave) {
        var today = LocalDate.now(clock);
        var who = Texts.of("directory.who", directory.person(leave.person()).map(Person::name).orElse(""),
                directory.post(leave.post()).map(Post::title).orElse(""));
        var title = messages.getMessage("directory.todo.leave.title",
                new Object[] {who, Texts.range(leave.from(), leave.to())}, LocaleContextHolder.getLocale());
        return new TodoItem("directory.todo.leave", title, "/directory/leave#leave-" + leave.id(), leave.from(),
                today.isBefore(leave.from()) ? "info" : "red",
                leave.requestedOn().atStartOfDay(clock.getZone()).toInstant());
    }
}
