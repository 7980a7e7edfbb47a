package org.zhengwu.document.outgoing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Acting;
import org.zhengwu.directory.Directory;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * Records each step of a draft (the timeline, who, for whom, when) and its audit event, and
 * tells whether the current actor may take a step addressed to a post today (WR-6, WR-8).
 */
@Component("outgoingTimeline")
class Timeline {

    private final TimelineStore store;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Directory directory;
    private final Clock clock;

    Timeline(TimelineStore store, ApplicationEventPublisher events, CurrentActor actor, Directory directory, Clock clock) {
        this.store = store;
        this.events = events;
        this.actor = actor;
        this.directory = directory;
        this.clock = clock;
    }

    Actor actor() {
        return actor.get();
    }

    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How the actor acts for the post today; refused (403) when someone else does. */
    Acting actingFor(PostId post) {
        var me = actor.get();
        var acting = directory.whoActsFor(post, today());
        if (me.person() == null || !me.person().equals(acting.person())) {
            throw new AccessDeniedException("not acting for " + post);
        }
        return acting;
    }

    /** The first of the posts the actor acts for today, else refused (403). */
    PostActing actingForAnyOf(List<PostId> posts) {
        for (var post : posts) {
            var acting = directory.whoActsFor(post, today());
            if (actor.get().person() != null && actor.get().person().equals(acting.person())) {
                return new PostActing(post, acting);
            }
        }
        throw new AccessDeniedException("not acting for any of " + posts);
    }

    record PostActing(PostId post, Acting acting) {
    }

    void department(long draft, StepKind kind, RuleId rule, String note, String summary) {
        record(draft, kind, rule, null, null, note, summary);
    }

    void inPost(long draft, StepKind kind, RuleId rule, PostId post, Acting acting, String note, String summary) {
        record(draft, kind, rule, post, acting, note, summary);
    }

    List<Step> of(long draft) {
        return store.of(draft);
    }

    private void record(long draft, StepKind kind, RuleId rule, PostId post, Acting acting, String note, String summary) {
        var me = actor.get();
        var delegated = acting != null && acting.isDelegated();
        var holder = delegated ? directory.holderOf(post, today()).map(p -> p.id()).orElse(null) : null;
        store.add(draft, new Step(0, kind, rule == null ? null : rule.value(), me.username(), me.displayName(), post,
                holder, delegated && acting.rule() != null ? acting.rule().value() : null,
                delegated ? acting.explanation() : null, note, clock.instant()));
        var rules = new java.util.ArrayList<RuleId>();
        if (rule != null) {
            rules.add(rule);
        }
        if (delegated && acting.rule() != null) {
            rules.add(acting.rule());
        }
        events.publishEvent(new OutgoingStepTaken(draft, kind, rules, summary));
    }
}
