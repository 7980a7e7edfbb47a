package org.zhengwu.directory.web;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.directory.Acting;
import org.zhengwu.directory.Leave;
import org.zhengwu.directory.OfficeTerm;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.directory.Person;

/** The API's JSON shapes: plain strings for ids, ISO dates. */
final class Json {

    private Json() {
    }

    record Unit(String id, String name, String shortName, String kind, String parent, List<String> aliases) {
        static Unit of(OrgUnit u) {
            return new Unit(u.id().value(), u.name(), u.shortName(), u.kind().name(),
                    u.parent() == null ? null : u.parent().value(), u.aliases());
        }
    }

    record PersonRef(String id, String name) {
        static PersonRef of(Person p) {
            return p == null ? null : new PersonRef(p.id().value(), p.name());
        }
    }

    record PostRef(String id, String title, String kind, PersonRef holder) {
    }

    record Term(String person, String personName, LocalDate from, LocalDate to, String sourceDoc,
            String endSourceDoc, List<String> qualifiers) {
        static Term of(OfficeTerm t, String personName) {
            return new Term(t.person().value(), personName, t.from(), t.to(), t.sourceDoc(), t.endSourceDoc(),
                    t.qualifiers());
        }
    }

    record Post(String id, String title, String kind, boolean head, PersonRef holder, List<Term> history) {
    }

    record UnitDetail(Unit unit, Unit supervisingUnit, PostRef inCharge, PostRef deputyInCharge, List<Post> posts,
            List<Unit> children) {
    }

    record ActingAnswer(String post, LocalDate date, String person, String personName, String actingAsPost,
            String reason, String rule, String explanation) {
        static ActingAnswer of(Acting a, LocalDate date, String personName) {
            return new ActingAnswer(a.post().value(), date, a.person() == null ? null : a.person().value(),
                    personName, a.actingAsPost() == null ? null : a.actingAsPost().value(), a.reason().name(),
                    a.rule() == null ? null : a.rule().value(), a.explanation());
        }
    }

    record LeaveRequest(String post, LocalDate from, LocalDate to, String reason, String exemption) {
    }

    record Rejection(String reason) {
    }

    record LeaveAnswer(long id, String kind, String post, String person, LocalDate from, LocalDate to, String reason,
            String exemption, boolean noticeGiven, String status, LocalDate requestedOn, String decisionNote) {
        static LeaveAnswer of(Leave l) {
            return new LeaveAnswer(l.id(), l.kind().name(), l.post().value(), l.person().value(), l.from(), l.to(),
                    l.reason(), l.exemption(), l.noticeGiven(), l.status().name(), l.requestedOn(), l.decisionNote());
        }
    }
}
