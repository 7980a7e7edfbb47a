package org.zhengwu.platform.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;

/** The staff workspace: 我的待办, fed by every module's {@link TodoSource}. */
@Controller
class WorkspaceController {

    private static final Comparator<TodoItem> BY_DUE = Comparator
            .comparing(TodoItem::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(TodoItem::since, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<TodoSource> sources;
    private final CurrentActor actor;

    WorkspaceController(List<TodoSource> sources, CurrentActor actor) {
        this.sources = sources;
        this.actor = actor;
    }

    @GetMapping({"/workspace", "/workspace/inbox"})
    String inbox(Model model) {
        var me = actor.get();
        var items = sources.stream().flatMap(s -> s.itemsFor(me).stream()).sorted(BY_DUE).toList();
        model.addAttribute("items", items);
        model.addAttribute("actor", me);
        return "platform/inbox";
    }
}
