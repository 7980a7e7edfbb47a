package org.zhengwu.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.Incoming.Status;
import org.zhengwu.document.persistence.InstructionRecord;
import org.zhengwu.document.persistence.InstructionStore;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;

/**
 * 我的待办 for the documents desk: a leader sees only what is routed to them or to a post they act
 * for; the General Office its desk; a clerk their returned documents, forwarded ones and
 * instructions to report on.
 */
@Component
class DocumentTodos implements TodoSource {

    private final IncomingStore store;
    private final InstructionStore instructions;
    private final Visibility visibility;
    private final MessageSource messages;
    private final Clock clock;
    private final org.zhengwu.directory.Directory directory;

    DocumentTodos(IncomingStore store, InstructionStore instructions, Visibility visibility, MessageSource messages,
            Clock clock, org.zhengwu.directory.Directory directory) {
        this.directory = directory;
        this.store = store;
        this.instructions = instructions;
        this.visibility = visibility;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> itemsFor(Actor a) {
        var tokens = visibility.tokens(a);
        var out = new ArrayList<TodoItem>();
        for (var d : store.recent(2000)) {
            todo(a, d, tokens).ifPresent(key -> out.add(item(key, d, a)));
        }
        for (var i : instructions.withStatus(InstructionRecord.Status.FORWARDED)) {
            if (a.has(Role.CLERK) && a.orgUnit() != null && a.orgUnit().value().equals(i.leadHandler())) {
                out.add(new TodoItem("document.todo.instruction", text("document.todo.instruction.title",
                        i.leaderName(), i.text()), "/documents/" + i.documentId(), i.due(), severity(i.due()),
                        i.createdAt()));
            }
        }
        // WR-72: a party leader's instruction goes to the relevant leader at once, whoever acts for that post today
        if (a.hasAny(Role.MAYOR, Role.VICE_MAYOR)) {
            for (var i : instructions.withStatus(InstructionRecord.Status.INSTRUCTED)) {
                if (i.routedPost() != null && actsToday(a, i.routedPost())) {
                    out.add(new TodoItem("document.todo.party-instruction", text("document.todo.party-instruction.title",
                            i.leaderName(), i.text()), "/documents/" + i.documentId(), i.due(), severity(i.due()),
                            i.createdAt()));
                }
            }
        }
        return out;
    }

    private java.util.Optional<String> todo(Actor a, Incoming d, java.util.Set<String> tokens) {
        if (a.has(Role.OFFICE_STAFF) && (d.status() == Status.REVIEW || d.status() == Status.ACCEPTED
                || d.status() == Status.REGISTERED)) {
            return java.util.Optional.of("document.todo.desk." + d.status().name().toLowerCase(Locale.ROOT));
        }
        if (a.hasAny(Role.MAYOR, Role.VICE_MAYOR) && d.status() == Status.ROUTED && d.routedPost() != null
                && tokens.contains("post:" + d.routedPost()) && actsToday(a, d.routedPost())) {
            return java.util.Optional.of("document.todo.routed");
        }
        if (a.has(Role.CLERK) && a.orgUnit() != null) {
            var unit = a.orgUnit().value();
            if (d.status() == Status.RETURNED && unit.equals(d.unitId())) {
                return java.util.Optional.of("document.todo.returned");
            }
            if (d.status() == Status.FORWARDED && unit.equals(d.handlerUnit())) {
                return java.util.Optional.of("document.todo.forwarded");
            }
        }
        return java.util.Optional.empty();
    }

    /** WR-6, WR-8: the post's work goes to whoever acts for it today, not to its absent holder. */
    private boolean actsToday(Actor a, String post) {
        var acting = directory.whoActsFor(new org.zhengwu.kernel.PostId(post), LocalDate.now(clock));
        return a.person() != null && a.person().equals(acting.person());
    }

    private TodoItem item(String key, Incoming d, Actor a) {
        var title = visibility.canSee(a, d) ? d.title() : text("document.classified.masked");
        return new TodoItem(key, text(key + ".title", title), "/documents/" + d.id(), d.replyDue(),
                severity(d.replyDue()), d.createdAt());
    }

    private String severity(LocalDate due) {
        if (due == null) {
            return "info";
        }
        return LocalDate.now(clock).isAfter(due) ? "red" : "info";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
