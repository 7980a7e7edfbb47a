package org.zhengwu.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.escalation.domain.Addressees;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.platform.Actor;
import org.zhengwu.rulepack.Ladder.Recipient;

/**
 * Turns a step's recipients into addressee tokens when it fires (the owning module names the
 * subject's parties), and an actor into the tokens that reach them.
 */
@Component
class Recipients {

    private final List<RecipientResolver> resolvers;
    private final Directory directory;
    private final Clock clock;

    Recipients(List<RecipientResolver> resolvers, Directory directory, Clock clock) {
        this.resolvers = resolvers;
        this.directory = directory;
        this.clock = clock;
    }

    Addressees resolve(SubjectRef subject, List<Recipient> recipients) {
        var tokens = new LinkedHashSet<String>();
        for (var r : recipients) {
            switch (r.kind()) {
                case ROLE -> tokens.add("role:" + r.name());
                case POST -> tokens.add("post:" + r.name());
                case SUBJECT -> tokens.addAll(party(subject, r.name()));
            }
        }
        return Addressees.of(tokens);
    }

    private List<String> party(SubjectRef subject, String party) {
        var named = resolvers.stream().filter(r -> r.subjectType().equals(subject.type()))
                .flatMap(r -> r.resolve(subject, party).stream()).toList();
        return named.isEmpty() ? List.of("subject:" + party) : named;
    }

    /** The tokens a step may carry to reach this actor. */
    Set<String> of(Actor actor) {
        var tokens = new ArrayList<String>();
        actor.roles().forEach(role -> tokens.add("role:" + role.name()));
        if (actor.orgUnit() != null) {
            tokens.add("unit:" + actor.orgUnit().value());
        }
        if (actor.person() != null) {
            tokens.add("person:" + actor.person().value());
            // a step addressed to a post reaches whoever answers for it today (WR-6, WR-8)
            directory.postsAnsweredBy(actor.person(), LocalDate.now(clock))
                    .forEach(post -> tokens.add("post:" + post.kind()));
        }
        return new LinkedHashSet<>(tokens);
    }
}
