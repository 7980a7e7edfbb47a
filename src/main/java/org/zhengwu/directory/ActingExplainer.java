package org.zhengwu.directory;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Acting.Reason;
import org.zhengwu.directory.ActingResolver.Absent;
import org.zhengwu.directory.domain.SubstituteChain.Step;
import org.zhengwu.directory.domain.SubstituteChain.Walk;
import org.zhengwu.directory.persistence.PersonStore;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.rulepack.RulePacks;

/**
 * Puts an {@link Acting} together with its Chinese sentence. The sentences' arguments are always
 * {0} the absent holder, {1} the days, {2} why away (请假, 离聊), {3} who acts, {4} who was passed over.
 */
@Component
class ActingExplainer {

    private final MessageSource messages;
    private final PersonStore people;
    private final PostStore posts;
    private final RulePacks packs;

    ActingExplainer(MessageSource messages, PersonStore people, PostStore posts, RulePacks packs) {
        this.messages = messages;
        this.people = people;
        this.posts = posts;
        this.packs = packs;
    }

    Acting holder(Post post, PersonId holder) {
        return new Acting(post.id(), holder, post.id(), Reason.HOLDER, null,
                text("directory.acting.holder", who(holder, post.id())));
    }

    Acting vacant(Post post) {
        return new Acting(post.id(), null, null, Reason.VACANT, null, text("directory.acting.vacant", post.title()));
    }

    Acting holderAway(Absent away) {
        return stays(away, null, "directory.acting.holder-away", null);
    }

    Acting presiding(Absent away, Walk walk) {
        var key = walk.passedOver().isEmpty() ? "directory.acting.presiding" : "directory.acting.presiding-chain";
        return acts(away, walk.found().orElseThrow(), Reason.PRESIDING_FOR_MAYOR, wr6(), key, walk);
    }

    Acting nobodyPresides(Absent away) {
        return stays(away, wr6(), "directory.acting.nobody-presides", null);
    }

    Acting substitute(Absent away, Walk walk) {
        var key = walk.passedOver().isEmpty() ? "directory.acting.substitute" : "directory.acting.substitute-chain";
        return acts(away, walk.found().orElseThrow(), Reason.SUBSTITUTE, wr8(), key, walk);
    }

    Acting referred(Absent away, Walk walk, Acting decides) {
        var step = new Step(decides.actingAsPost(), Optional.of(decides.person()));
        return acts(away, step, Reason.REFERRED_TO_MAYOR, wr8(), "directory.acting.referred", walk);
    }

    Acting nobody(Absent away, Walk walk) {
        return stays(away, wr8(), "directory.acting.nobody", walk);
    }

    private Acting acts(Absent away, Step step, Reason reason, RuleId rule, String key, Walk walk) {
        var person = step.holder().orElseThrow();
        return new Acting(away.post().id(), person, step.post(), reason, rule,
                sentence(key, away, who(person, step.post()), walk));
    }

    // Nobody acts instead: the work stays with the absent holder, flagged.
    private Acting stays(Absent away, RuleId rule, String key, Walk walk) {
        return new Acting(away.post().id(), away.holder(), away.post().id(), Reason.HOLDER_AWAY, rule,
                sentence(key, away, "", walk));
    }

    private String sentence(String key, Absent away, Object acting, Walk walk) {
        var leave = away.leave();
        return text(key, who(away.holder(), away.post().id()), Texts.range(leave.from(), leave.to()),
                Texts.of("directory.away." + leave.kind().name()), acting, walk == null ? "" : passed(walk));
    }

    private String passed(Walk walk) {
        var separator = text("directory.list.separator");
        return walk.passedOver().stream()
                .map(s -> s.holder().map(h -> text("directory.who", name(h), title(s.post())))
                        .orElseGet(() -> text("directory.who.vacant", title(s.post()))))
                .collect(Collectors.joining(separator));
    }

    private MessageSourceResolvable who(PersonId person, PostId post) {
        return Texts.of("directory.who", name(person), title(post));
    }

    private String name(PersonId person) {
        return people.find(person).map(Person::name).orElse(person.value());
    }

    private String title(PostId post) {
        return posts.find(post).map(Post::title).orElse(post.value());
    }

    private RuleId wr6() {
        return packs.active().delegation().mayorAbsentRule();
    }

    private RuleId wr8() {
        return packs.active().delegation().viceMayorAbsentRule();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
