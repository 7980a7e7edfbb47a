package org.zhengwu.directory;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;

/** AP-1: the General Office's inbox holds every notice entry the directory could not place. */
@Component
class UnplacedTodos implements TodoSource {

    private final UnplacedAppointments unplaced;
    private final MessageSource messages;

    UnplacedTodos(UnplacedAppointments unplaced, MessageSource messages) {
        this.unplaced = unplaced;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        if (!actor.has(Role.OFFICE_STAFF)) {
            return List.of();
        }
        return unplaced.open().stream().map(u -> new TodoItem("directory.todo.unplaced",
                messages.getMessage("directory.todo.unplaced.title", new Object[] {u.docNumber(), u.person(), u.post()},
                        LocaleContextHolder.getLocale()),
                "/directory#unplaced", null, "yellow", u.recordedAt())).toList();
    }
}
