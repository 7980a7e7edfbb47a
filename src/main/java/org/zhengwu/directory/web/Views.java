package org.zhengwu.directory.web;

import java.util.List;
import org.zhengwu.directory.OfficeTerm;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.Post;
import org.zhengwu.directory.UnitKind;

/** What the directory's pages show: records the templates read, holders as of the day shown. */
final class Views {

    private Views() {
    }

    /** A government with its leaders and the units under it, grouped by kind. */
    record Government(OrgUnit unit, List<Leader> leaders, List<Section> sections) {
    }

    /** A leader's post, holder, portfolio (分管) and WR-8 substitute. */
    record Leader(Post post, Person holder, List<OrgUnit> portfolio, Post substitute, Person substituteHolder) {
    }

    record Section(UnitKind kind, List<Node> nodes) {
    }

    /** A unit in the tree: its head and the leader in charge, and the units under it. */
    record Node(OrgUnit unit, Person head, Post inCharge, Person inChargeHolder, List<Node> children) {
    }

    /** A post of a unit with its holder and every term. */
    record PostLine(Post post, String kindName, Person holder, List<Term> history) {
    }

    record Term(OfficeTerm term, Person person, Post post, OrgUnit unit) {
    }
}
