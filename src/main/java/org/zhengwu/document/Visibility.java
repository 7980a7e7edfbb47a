package org.zhengwu.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.InstructionStore;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/**
 * Who sees a document: a clerk their unit's documents (and those forwarded to it); the General
 * Office every document; a leader what is routed to them or to a post they act for today
 * (WR-6, WR-8). A classified document only its named readers.
 */
@Component
class Visibility {

    private final IncomingStore store;
    private final InstructionStore instructions;
    private final Directory directory;
    private final Clock clock;

    Visibility(IncomingStore store, InstructionStore instructions, Directory directory, Clock clock) {
        this.store = store;
        this.instructions = instructions;
        this.directory = directory;
        this.clock = clock;
    }

    /** The reader tokens that reach the actor: {@code user:}, {@code unit:}, {@code post:} of every post they answer for. */
    Set<String> tokens(Actor a) {
        var out = new HashSet<String>();
        out.add("user:" + a.username());
        if (a.orgUnit() != null) {
            out.add("unit:" + a.orgUnit().value());
        }
        if (a.person() != null) {
            directory.postsAnsweredBy(a.person(), LocalDate.now(clock)).forEach(p -> out.add("post:" + p.id().value()));
        }
        return out;
    }

    boolean canSee(Actor a, Incoming d) {
        return canSee(a, d, tokens(a));
    }

    boolean canSee(Actor a, Incoming d, Set<String> tokens) {
        if (d.classified()) {
            return store.readers(d.id()).stream().anyMatch(tokens::contains);
        }
        if (a == Actor.SYSTEM || a.hasAny(Role.OFFICE_STAFF, Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL)) {
            return true;
        }
        if (a.has(Role.CLERK) && a.orgUnit() != null) {
            var unit = a.orgUnit().value();
            return unit.equals(d.unitId()) || unit.equals(d.handlerUnit()) || handles(d, unit);
        }
        if (a.hasAny(Role.MAYOR, Role.VICE_MAYOR)) {
            return d.routedPost() != null && tokens.contains("post:" + d.routedPost()) || instructedFor(d, tokens);
        }
        return false;
    }

    /** Unregistered classified documents the General Office must register without reading (密件). */
    boolean awaitsRegistration(Actor a, Incoming d) {
        return d.classified() && a.has(Role.OFFICE_STAFF) && d.serialYear() == null;
    }

    private boolean handles(Incoming d, String unit) {
        return instructions.forDocument(d.id()).stream()
                .anyMatch(i -> i.status() != org.zhengwu.document.persistence.InstructionRecord.Status.INSTRUCTED
                        && (unit.equals(i.leadHandler()) || i.coHandlers().contains(unit)));
    }

    private boolean instructedFor(Incoming d, Set<String> tokens) {
        List<org.zhengwu.document.persistence.InstructionRecord> list = instructions.forDocument(d.id());
        return list.stream().anyMatch(i -> i.routedPost() != null && tokens.contains("post:" + i.routedPost()));
    }
}
