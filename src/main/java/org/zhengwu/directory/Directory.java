package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.domain.UnitNames;
import org.zhengwu.directory.persistence.LeaveStore;
import org.zhengwu.directory.persistence.PersonStore;
import org.zhengwu.directory.persistence.PortfolioStore;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.directory.persistence.TermStore;
import org.zhengwu.directory.persistence.UnitStore;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * The directory, read side: units, people, posts, who held which post when, portfolios,
 * substitutes, and who acts for a post on a day ({@link #whoActsFor}).
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final UnitStore units;
    private final PersonStore people;
    private final PostStore posts;
    private final TermStore terms;
    private final PortfolioStore portfolios;
    private final Leadership leadership;
    private final ActingResolver acting;
    private final RulePacks packs;
    private final LeaveStore leaves;

    Directory(UnitStore units, PersonStore people, PostStore posts, TermStore terms, PortfolioStore portfolios,
            Leadership leadership, ActingResolver acting, RulePacks packs, LeaveStore leaves) {
        this.leaves = leaves;
        this.units = units;
        this.people = people;
        this.posts = posts;
        this.terms = terms;
        this.portfolios = portfolios;
        this.leadership = leadership;
        this.acting = acting;
        this.packs = packs;
    }

    public Optional<OrgUnit> unit(OrgUnitId id) {
        return units.find(id);
    }

    /** Every unit, in rank order. */
    public List<OrgUnit> units() {
        return units.all();
    }

    /** The units the given one supervises, in rank order. */
    public List<OrgUnit> children(OrgUnitId id) {
        return units.children(id);
    }

    /** The units without a supervising unit, each with everything below it. */
    public List<UnitTree> tree() {
        var all = units.all();
        return all.stream().filter(u -> u.parent() == null).map(u -> subtree(u, all)).toList();
    }

    /**
     * The unit a name means: the exact full name, else an alias, else the one unit whose name or
     * alias is the same without a leading 聊城市 / 聊城 / 市 (市生态环境局 ↔ 聊城市生态环境局).
     * Empty when no unit, or more than one, matches.
     */
    public Optional<OrgUnit> findUnit(String name) {
        var compact = UnitNames.compact(name);
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        return units.byName(compact).or(() -> units.byAlias(compact)).flatMap(units::find)
                .or(() -> new UnitNames(packs.active().city()).matchOne(compact, units.all(), Directory::names));
    }

    public Optional<Person> person(PersonId id) {
        return people.find(id);
    }

    public List<Person> people() {
        return people.all();
    }

    public Optional<Post> post(PostId id) {
        return posts.find(id);
    }

    /** The posts of a unit, in rank order. */
    public List<Post> postsIn(OrgUnitId unit) {
        return posts.inUnit(unit);
    }

    /** The posts of a post kind of the rule pack, e.g. {@code VICE_MAYOR}. */
    public List<Post> postsOfKind(String kind) {
        return posts.ofKind(kind);
    }

    /**
     * Who holds each post of the kinds on the day (vacant posts left out), the kinds in the order
     * given and each kind's posts in rank order: three statements, however many posts.
     */
    public List<Person> holdersOfKinds(List<String> kinds, LocalDate day) {
        var ofKinds = posts.ofKinds(kinds);
        var covering = new HashMap<PostId, PersonId>();
        for (var term : terms.ofPosts(ofKinds.stream().map(Post::id).toList())) {
            if (term.covers(day)) {
                covering.putIfAbsent(term.post(), term.person());
            }
        }
        var people = this.people.find(covering.values());
        // a stable sort by the kind's place keeps each kind's posts in rank order
        return ofKinds.stream().sorted(Comparator.comparingInt(p -> kinds.indexOf(p.kind())))
                .map(p -> covering.get(p.id())).filter(Objects::nonNull).map(people::get).filter(Objects::nonNull)
                .toList();
    }

    /** Who holds the post on the day, by the record of appointments and removals (AP-1). */
    public Optional<Person> holderOf(PostId post, LocalDate day) {
        return terms.covering(post, day).map(OfficeTerm::person).flatMap(people::find);
    }

    /** The posts the person holds on the day. */
    public List<Post> postsOf(PersonId person, LocalDate day) {
        return terms.ofPerson(person).stream().filter(t -> t.covers(day)).map(OfficeTerm::post)
                .flatMap(p -> posts.find(p).stream()).toList();
    }

    /** Every term of the post, the earliest first. */
    public List<OfficeTerm> history(PostId post) {
        return terms.ofPost(post);
    }

    /** Every term the person held or holds, the earliest first. */
    public List<OfficeTerm> termsOf(PersonId person) {
        return terms.ofPerson(person);
    }

    /** The unit's principal post. */
    public Optional<Post> headPostOf(OrgUnitId unit) {
        return posts.headOf(unit);
    }

    /** Who heads the unit on the day; empty when no head is recorded. */
    public Optional<Person> headOf(OrgUnitId unit, LocalDate day) {
        return headPostOf(unit).flatMap(p -> holderOf(p.id(), day));
    }

    /** The units in the post's charge (分管). */
    public List<OrgUnit> portfolioOf(PostId post) {
        return portfolios.unitsOf(post).stream().flatMap(u -> units.find(u).stream()).toList();
    }

    /** The government leader (mayor or vice-mayor) in charge of the unit. */
    public Optional<Post> inChargeOf(OrgUnitId unit) {
        return chargeIn(unit, UnitKind.GOVERNMENT);
    }

    /** The deputy secretary-general who assists with the unit's business (WR-58 review). */
    public Optional<Post> deputyInChargeOf(OrgUnitId unit) {
        return chargeIn(unit, UnitKind.GENERAL_OFFICE);
    }

    /** WR-8: the post designated to stand in for this one. */
    public Optional<Post> substituteFor(PostId post) {
        return portfolios.substituteOf(post).flatMap(posts::find);
    }

    /** The principal post of the government the post belongs to: whose leave is 离聊, who approves. */
    public Optional<Post> mayorPostFor(PostId post) {
        return posts.find(post).flatMap(leadership::mayorPostFor);
    }

    /**
     * Who acts for the post on the day, and why: the holder; for the mayor away, who presides
     * (WR-6); for a vice-mayor on leave, the designated substitute along the chain (WR-8).
     *
     * @throws UserError naming {@code post} when there is no such post
     */
    public Acting whoActsFor(PostId post, LocalDate day) {
        var found = posts.find(post).orElseThrow(() -> new UserError("directory.post.unknown", "post", post.value()));
        return acting.resolve(found, day);
    }

    /**
     * The posts the person answers for on the day: their own, and those whose holders are away
     * and for which they act (WR-6, WR-8). Inboxes and routing address posts, not people.
     */
    public List<Post> postsAnsweredBy(PersonId person, LocalDate day) {
        var answered = new java.util.LinkedHashMap<PostId, Post>();
        postsOf(person, day).forEach(p -> answered.put(p.id(), p));
        for (var away : leaves.awayOn(day)) {
            for (var post : postsOf(away.person(), day)) {
                if (person.equals(acting.resolve(post, day).person())) {
                    answered.put(post.id(), post);
                }
            }
        }
        return List.copyOf(answered.values());
    }

    private Optional<Post> chargeIn(OrgUnitId unit, UnitKind leaders) {
        return portfolios.postsInChargeOf(unit).stream().flatMap(p -> posts.find(p).stream())
                .filter(p -> units.find(p.unit()).map(u -> u.kind() == leaders).orElse(false))
                .findFirst();
    }

    private static UnitTree subtree(OrgUnit unit, List<OrgUnit> all) {
        var children = all.stream().filter(u -> unit.id().equals(u.parent())).map(u -> subtree(u, all)).toList();
        return new UnitTree(unit, children);
    }

    private static List<String> names(OrgUnit unit) {
        var names = new java.util.ArrayList<String>(unit.aliases());
        names.add(0, unit.name());
        names.add(unit.shortName());
        return names;
    }
}
