package org.zhengwu.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OfficeTerm;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.Post;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.directory.UnitTree;
import org.zhengwu.rulepack.RulePacks;

/** Puts the pages' records together from the directory, as of a day. */
@Component
class DirectoryViews {

    // The order the tree shows a government's units in.
    private static final List<UnitKind> SECTIONS = List.of(UnitKind.GENERAL_OFFICE, UnitKind.DEPARTMENT,
            UnitKind.AFFILIATED_BODY, UnitKind.COUNTY, UnitKind.DEVELOPMENT_ZONE, UnitKind.EXTERNAL);

    private final Directory directory;
    private final RulePacks packs;

    DirectoryViews(Directory directory, RulePacks packs) {
        this.directory = directory;
        this.packs = packs;
    }

    Views.Government government(UnitTree tree, LocalDate day) {
        var leaders = tree.children().stream().filter(c -> c.unit().kind() == UnitKind.GENERAL_OFFICE)
                .flatMap(c -> directory.postsIn(c.unit().id()).stream()).toList();
        var all = new ArrayList<>(directory.postsIn(tree.unit().id()));
        all.addAll(leaders);
        var sections = SECTIONS.stream().map(kind -> new Views.Section(kind, tree.children().stream()
                .filter(c -> c.unit().kind() == kind).map(c -> node(c, day)).toList()))
                .filter(s -> !s.nodes().isEmpty()).toList();
        return new Views.Government(tree.unit(), all.stream().map(p -> leader(p, day)).toList(), sections);
    }

    Views.Node node(UnitTree tree, LocalDate day) {
        var unit = tree.unit();
        var inCharge = directory.inChargeOf(unit.id());
        return new Views.Node(unit, directory.headOf(unit.id(), day).orElse(null), inCharge.orElse(null),
                holder(inCharge, day), tree.children().stream().map(c -> node(c, day)).toList());
    }

    Views.Leader leader(Post post, LocalDate day) {
        var substitute = directory.substituteFor(post.id());
        return new Views.Leader(post, directory.holderOf(post.id(), day).orElse(null),
                directory.portfolioOf(post.id()), substitute.orElse(null), holder(substitute, day));
    }

    Views.PostLine postLine(Post post, LocalDate day) {
        var history = directory.history(post.id()).stream().map(this::term).toList();
        return new Views.PostLine(post, kindName(post.kind()), directory.holderOf(post.id(), day).orElse(null),
                history);
    }

    Views.Term term(OfficeTerm term) {
        var post = directory.post(term.post()).orElse(null);
        var unit = post == null ? null : directory.unit(post.unit()).orElse(null);
        return new Views.Term(term, directory.person(term.person()).orElse(null), post, unit);
    }

    String kindName(String postKind) {
        return packs.active().post(postKind).map(k -> k.name()).orElse(postKind);
    }

    private Person holder(Optional<Post> post, LocalDate day) {
        return post.flatMap(p -> directory.holderOf(p.id(), day)).orElse(null);
    }
}
