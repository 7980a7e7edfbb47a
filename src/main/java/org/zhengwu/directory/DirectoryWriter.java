package org.zhengwu.directory;

import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.DirectoryFile.Portfolio;
import org.zhengwu.directory.DirectoryFile.Substitute;
import org.zhengwu.directory.persistence.PersonStore;
import org.zhengwu.directory.persistence.PortfolioStore;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.directory.persistence.TermStore;
import org.zhengwu.directory.persistence.UnitStore;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/** Adds the entries of a directory file that the directory does not hold yet, checking each reference. */
@Component
class DirectoryWriter {

    private final UnitStore units;
    private final PersonStore people;
    private final PostStore posts;
    private final TermStore terms;
    private final PortfolioStore portfolios;
    private final RulePacks packs;

    DirectoryWriter(UnitStore units, PersonStore people, PostStore posts, TermStore terms, PortfolioStore portfolios,
            RulePacks packs) {
        this.units = units;
        this.people = people;
        this.posts = posts;
        this.terms = terms;
        this.portfolios = portfolios;
        this.packs = packs;
    }

    ImportResult addMissing(DirectoryFile file) {
        int unitCount = 0;
        int aliasCount = 0;
        for (var unit : file.units()) {
            unitCount += addUnit(unit) ? 1 : 0;
            aliasCount += addAliases(unit);
        }
        int personCount = (int) file.people().stream().filter(this::addPerson).count();
        int postCount = (int) file.posts().stream().filter(this::addPost).count();
        int termCount = (int) file.terms().stream().filter(this::addTerm).count();
        int portfolioCount = file.portfolios().stream().mapToInt(this::addPortfolio).sum();
        int substituteCount = (int) file.substitutes().stream().filter(this::addSubstitute).count();
        return new ImportResult(unitCount, aliasCount, personCount, postCount, termCount, portfolioCount,
                substituteCount);
    }

    private boolean addUnit(OrgUnit unit) {
        if (units.exists(unit.id())) {
            return false;
        }
        if (unit.parent() != null && !units.exists(unit.parent())) {
            throw invalid("units." + unit.id(), "unknown parent unit " + unit.parent() + " (list a parent before its units)");
        }
        units.insert(unit);
        return true;
    }

    private boolean addPerson(Person person) {
        if (people.exists(person.id())) {
            return false;
        }
        people.insert(person);
        return true;
    }

    private int addAliases(OrgUnit unit) {
        int added = 0;
        for (var alias : unit.aliases()) {
            var owner = units.byAlias(alias);
            if (owner.isPresent() && !owner.get().equals(unit.id())) {
                throw invalid("units." + unit.id() + ".aliases", "alias " + alias + " already names unit " + owner.get());
            }
            if (owner.isEmpty()) {
                units.addAlias(unit.id(), alias);
                added++;
            }
        }
        return added;
    }

    private boolean addPost(Post post) {
        if (posts.exists(post.id())) {
            return false;
        }
        if (packs.active().post(post.kind()).isEmpty()) {
            throw invalid("posts." + post.id() + ".kind", "not a post kind of the rule pack: " + post.kind());
        }
        if (!units.exists(post.unit())) {
            throw invalid("posts." + post.id() + ".unit", "unknown unit " + post.unit());
        }
        if (post.head() && posts.headOf(post.unit()).isPresent()) {
            throw invalid("posts." + post.id() + ".head", "unit " + post.unit() + " already has a principal post");
        }
        posts.insert(post);
        return true;
    }

    private boolean addTerm(OfficeTerm term) {
        var where = "terms." + term.post() + "." + term.person();
        if (!posts.exists(term.post()) || !people.exists(term.person())) {
            throw invalid(where, "unknown post or person");
        }
        if (term.from() != null && term.to() != null && !term.to().isAfter(term.from())) {
            throw invalid(where + ".to", "a term ends after it starts");
        }
        var known = terms.ofPost(term.post()).stream()
                .anyMatch(t -> t.person().equals(term.person()) && Objects.equals(t.from(), term.from()));
        if (known) {
            return false;
        }
        terms.insert(term);
        return true;
    }

    private int addPortfolio(Portfolio portfolio) {
        if (!posts.exists(portfolio.post())) {
            throw invalid("portfolios." + portfolio.post(), "unknown post");
        }
        int added = 0;
        for (var unit : portfolio.units()) {
            if (!units.exists(unit)) {
                throw invalid("portfolios." + portfolio.post() + ".units", "unknown unit " + unit);
            }
            if (!portfolios.has(portfolio.post(), unit)) {
                portfolios.add(portfolio.post(), unit);
                added++;
            }
        }
        return added;
    }

    private boolean addSubstitute(Substitute entry) {
        if (!posts.exists(entry.post()) || !posts.exists(entry.substitute()) || entry.post().equals(entry.substitute())) {
            throw invalid("substitutes." + entry.post(), "unknown post, or a post standing in for itself");
        }
        if (portfolios.substituteOf(entry.post()).isPresent()) {
            return false;
        }
        portfolios.setSubstitute(entry.post(), entry.substitute());
        return true;
    }

    private static UserError invalid(String key, String problem) {
        return new UserError("directory.import.invalid", key, key, problem);
    }
}
