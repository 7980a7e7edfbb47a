package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.OfficeHolderChanged.Change;
import org.zhengwu.directory.persistence.PersonStore;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.directory.persistence.TermStore;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;

/**
 * AP-1: office-holders follow the appointment notices (聊政任〔2022〕10号 …). An appointment opens
 * a term, a removal closes one; nothing is overwritten, so the history of every post stays.
 * Recording the same notice twice changes nothing.
 */
@Service
public class Appointments {

    private final PersonStore people;
    private final PostStore posts;
    private final TermStore terms;
    private final ApplicationEventPublisher events;

    private final UnplacedAppointments unplaced;

    Appointments(PersonStore people, PostStore posts, TermStore terms, ApplicationEventPublisher events,
            UnplacedAppointments unplaced) {
        this.unplaced = unplaced;
        this.people = people;
        this.posts = posts;
        this.terms = terms;
        this.events = events;
    }

    /** The entries of published notices the directory could not place (AP-1), oldest first. */
    @Transactional(readOnly = true)
    public List<UnplacedAppointment> unplaced() {
        return unplaced.open();
    }

    /** Makes a person known, as a notice names them; the same id with the same name again changes nothing. */
    @Transactional
    public Person registerPerson(PersonId id, String name) {
        require(name, "name");
        var known = people.find(id);
        if (known.isPresent() && !known.get().name().equals(name.strip())) {
            throw new UserError("directory.person.other-name", "id", id.value(), known.get().name());
        }
        if (known.isPresent()) {
            return known.get();
        }
        var person = new Person(id, name.strip());
        people.insert(person);
        events.publishEvent(new PersonRegistered(id, person.name()));
        return person;
    }

    /**
     * 任命: the person holds the post from the day. Whoever held it until then no longer does
     * from that day, by the same notice.
     *
     * @param qualifiers what the notice adds, e.g. 试用期一年, 列杨国强之后
     */
    @Transactional
    public OfficeTerm recordAppointment(PostId post, PersonId person, LocalDate from, String sourceDocNumber,
            List<String> qualifiers) {
        checkReferences(post, person, from, "from", sourceDocNumber);
        var history = terms.ofPost(post);
        var same = history.stream().filter(t -> t.person().equals(person) && Objects.equals(t.from(), from)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        predecessor(history, post, person, from).ifPresent(t -> end(t, from, sourceDocNumber));
        var term = new OfficeTerm(0, post, person, from, null, sourceDocNumber.strip(), null,
                qualifiers == null ? List.of() : qualifiers);
        var id = terms.insert(term);
        events.publishEvent(new OfficeHolderChanged(post, person, Change.STARTED, from, term.sourceDoc(),
                term.qualifiers()));
        return new OfficeTerm(id, post, person, from, null, term.sourceDoc(), null, term.qualifiers());
    }

    // AP-1 history is only added to: a term already ended on that day, or one starting later, is not rewritten
    private Optional<OfficeTerm> predecessor(List<OfficeTerm> history, PostId post, PersonId person, LocalDate from) {
        if (history.stream().anyMatch(t -> t.from() != null && t.from().isAfter(from) || !t.isOpen() && t.covers(from))) {
            throw new UserError("directory.term.overlap", "from", post.value());
        }
        var current = history.stream().filter(t -> t.isOpen() && t.covers(from)).findFirst();
        if (current.isPresent() && current.get().person().equals(person)) {
            throw new UserError("directory.term.already-holds", "person", person.value(), post.value());
        }
        return current;
    }

    /**
     * A post a notice appoints to that the directory lacks (a second deputy, a new seat): it is
     * opened in the unit, ranked after the unit's posts, and the opening is audited.
     */
    @Transactional
    public Post openPost(OrgUnitId unit, String title, String kind, String sourceDocNumber) {
        require(title, "title");
        var rank = posts.inUnit(unit).size() + 1;
        var seat = rank;
        while (posts.exists(new PostId(unit.value() + "-seat-" + seat))) {
            seat++;
        }
        var id = new PostId(unit.value() + "-seat-" + seat);
        var post = new Post(id, title.strip(), kind, unit, rank, false);
        posts.insert(post);
        events.publishEvent(new PostOpened(id, post.title(), kind, sourceDocNumber));
        return post;
    }

    /** 免去: the person no longer holds the post from the day. */
    @Transactional
    public OfficeTerm recordRemoval(PostId post, PersonId person, LocalDate on, String sourceDocNumber) {
        checkReferences(post, person, on, "on", sourceDocNumber);
        var mine = terms.ofPost(post).stream().filter(t -> t.person().equals(person)).toList();
        var already = mine.stream()
                .filter(t -> on.equals(t.to()) && sourceDocNumber.strip().equals(t.endSourceDoc())).findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        var open = mine.stream().filter(t -> t.isOpen() && (t.from() == null || t.from().isBefore(on))).findFirst()
                .orElseThrow(() -> new UserError("directory.term.not-holding", "person", person.value(), post.value()));
        end(open, on, sourceDocNumber);
        return terms.ofPost(post).stream().filter(t -> t.id() == open.id()).findFirst().orElseThrow();
    }

    private void end(OfficeTerm term, LocalDate on, String sourceDocNumber) {
        terms.close(term.id(), on, sourceDocNumber.strip());
        events.publishEvent(new OfficeHolderChanged(term.post(), term.person(), Change.ENDED, on,
                sourceDocNumber.strip(), List.of()));
    }

    private void checkReferences(PostId post, PersonId person, LocalDate day, String dayField, String sourceDocNumber) {
        if (post == null || !posts.exists(post)) {
            throw new UserError("directory.post.unknown", "post", String.valueOf(post));
        }
        if (person == null || !people.exists(person)) {
            throw new UserError("directory.person.unknown", "person", String.valueOf(person));
        }
        if (day == null) {
            throw new UserError("directory.date.required", dayField);
        }
        require(sourceDocNumber, "sourceDocNumber");
    }

    private static void require(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new UserError("directory.text.required", field);
        }
    }
}
