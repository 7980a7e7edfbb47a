package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.document.domain.IntakeFacts;
import org.zhengwu.document.domain.IntakeFacts.SignerStatus;
import org.zhengwu.document.domain.IntakeRules;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.document.domain.Texts;

/** Asks the directory and the working-day clock what the intake checks need to know. */
@Component
class IntakeFactsFinder {

    private static final List<String> LEADER_KINDS = List.of("MAYOR", "EXECUTIVE_VICE_MAYOR", "VICE_MAYOR",
            "SECRETARY_GENERAL", "DEPUTY_SECRETARY_GENERAL");

    private final Directory directory;
    private final WorkingDayClock clock;

    IntakeFactsFinder(Directory directory, WorkingDayClock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    IntakeFacts facts(Submission s, IntakeRules rules, LocalDate today) {
        var lead = Optional.ofNullable(s.leadUnit()).flatMap(directory::findUnit);
        var day = s.issueDate() != null ? s.issueDate() : today;
        // WR-56.2 submitted within N working days of the issue date (the clock counts them)
        Integer days = s.issueDate() != null && s.submittedDate() != null
                ? clock.workingDaysBetween(s.issueDate(), s.submittedDate()) : null;
        var signer = signer(s, lead, day);
        return new IntakeFacts(days, signer.status(), signer.expected(), senderNames(s), lead.isPresent(),
                supervisorNames(s, lead, rules), leaderNames(today));
    }

    private record SignerFact(SignerStatus status, String expected) {
    }

    // WR-56.2 the head or acting head (WR-6, WR-8 through whoActsFor)
    private SignerFact signer(Submission s, Optional<OrgUnit> lead, LocalDate day) {
        if (!Texts.present(s.signer()) || s.leadUnit() == null) {
            return new SignerFact(SignerStatus.NOTHING_TO_COMPARE, null);
        }
        if (lead.isEmpty()) {
            return new SignerFact(SignerStatus.UNIT_UNKNOWN, null);
        }
        var headPost = directory.headPostOf(lead.get().id());
        var holder = headPost.flatMap(p -> directory.holderOf(p.id(), day));
        if (headPost.isEmpty() || holder.isEmpty()) {
            return new SignerFact(SignerStatus.NO_HEAD_RECORDED, null);
        }
        var acting = directory.whoActsFor(headPost.get().id(), day);
        var actingName = Optional.ofNullable(acting.person()).flatMap(directory::person).map(Person::name);
        var signer = Texts.folded(s.signer());
        boolean ok = Texts.folded(holder.get().name()).equals(signer)
                || actingName.map(n -> Texts.folded(n).equals(signer)).orElse(false);
        return new SignerFact(ok ? SignerStatus.HEAD : SignerStatus.NOT_HEAD, actingName.orElse(holder.get().name()));
    }

    private List<List<String>> senderNames(Submission s) {
        return s.issuingUnits().stream()
                .map(name -> directory.findUnit(name).map(IntakeFactsFinder::names).orElse(List.of(name))).toList();
    }

    static List<String> names(OrgUnit u) {
        return Stream.concat(Stream.of(u.name(), u.shortName()), u.aliases().stream()).distinct().toList();
    }

    // WR-56.3 second-level units (below a department in the directory) and the pack's state enterprises
    private List<String> supervisorNames(Submission s, Optional<OrgUnit> lead, IntakeRules rules) {
        if (s.leadUnit() == null) {
            return List.of();
        }
        var names = lead.map(IntakeFactsFinder::names).orElse(List.of(s.leadUnit()));
        var listed = names.stream().filter(rules.supervised()::containsKey).findFirst().map(rules.supervised()::get);
        if (listed.isPresent()) {
            return directory.findUnit(listed.get()).map(IntakeFactsFinder::names).orElse(List.of(listed.get()));
        }
        return lead.map(OrgUnit::parent).flatMap(directory::unit)
                .filter(p -> p.kind() == UnitKind.DEPARTMENT).map(IntakeFactsFinder::names).orElse(List.of());
    }

    private List<String> leaderNames(LocalDate today) {
        return directory.holdersOfKinds(LEADER_KINDS, today).stream().map(Person::name).toList();
    }
}
