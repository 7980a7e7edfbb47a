package org.zhengwu.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Leave;
import org.zhengwu.directory.LeaveBook;
import org.zhengwu.directory.LeaveCheck;
import org.zhengwu.directory.LeaveFinding;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.Post;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.rulepack.LeavePolicy;
import org.zhengwu.rulepack.LeavePolicy.Exemption;
import org.zhengwu.rulepack.RulePacks;

/** What the leave page shows: the rows, the posts one may ask for, the WR-76 finding beside the date. */
@Component
class LeaveViews {

    /** A leave as listed, with who decides it today and whether the one looking does. */
    record Row(Leave leave, Post post, Person person, String exemptionName, Person decider, boolean mayDecide) {
    }

    /** A post one may ask leave for, with its holder today. */
    record Option(Post post, Person holder) {
    }

    /** The WR-76 finding for the form: the last day to ask and the messages, resolved. */
    record Finding(LeaveCheck check, List<String> messages, String exemptionName) {
    }

    private final Directory directory;
    private final LeaveBook book;
    private final RulePacks packs;
    private final MessageSource messages;
    private final Clock clock;

    LeaveViews(Directory directory, LeaveBook book, RulePacks packs, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.book = book;
        this.packs = packs;
        this.messages = messages;
        this.clock = clock;
    }

    List<Row> rows(Actor actor) {
        return book.recent(100).stream().map(l -> row(l, actor)).toList();
    }

    /** The holder asks for their own posts; the General Office for any post the rule covers. */
    List<Option> postsToAskFor(Actor actor) {
        var today = LocalDate.now(clock);
        var policy = packs.active().leave();
        Stream<Post> posts = actor.has(Role.OFFICE_STAFF)
                ? policy.appliesTo().stream().flatMap(kind -> directory.postsOfKind(kind).stream())
                : actor.person() == null ? Stream.empty() : directory.postsOf(actor.person(), today).stream()
                        .filter(p -> policy.appliesTo(p.kind()));
        return posts.map(p -> new Option(p, directory.holderOf(p.id(), today).orElse(null)))
                .filter(o -> o.holder() != null).toList();
    }

    /** The mayors whose absence the General Office records: the principal post of each government. */
    List<Option> mayors() {
        var today = LocalDate.now(clock);
        return directory.units().stream().filter(u -> u.kind() == UnitKind.GOVERNMENT)
                .flatMap(u -> directory.headPostOf(u.id()).stream())
                .map(p -> new Option(p, directory.holderOf(p.id(), today).orElse(null))).toList();
    }

    LeavePolicy policy() {
        return packs.active().leave();
    }

    List<Exemption> exemptions() {
        return packs.active().leave().exemptions();
    }

    Finding finding(LeaveCheck check) {
        return new Finding(check, check.findings().stream().map(this::text).toList(), exemptionName(check.exemption()));
    }

    String text(LeaveFinding finding) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), LocaleContextHolder.getLocale());
    }

    private Row row(Leave leave, Actor actor) {
        var decider = leave.isPending() ? book.approverOf(leave).map(a -> a.person()).orElse(null) : null;
        var mayDecide = decider != null && decider.equals(actor.person()) && !leave.person().equals(actor.person());
        return new Row(leave, directory.post(leave.post()).orElse(null), directory.person(leave.person()).orElse(null),
                exemptionName(leave.exemption()), decider == null ? null : directory.person(decider).orElse(null),
                mayDecide);
    }

    private String exemptionName(String id) {
        return exemptions().stream().filter(e -> Objects.equals(e.id(), id)).map(Exemption::name).findFirst()
                .orElse(id);
    }
}
