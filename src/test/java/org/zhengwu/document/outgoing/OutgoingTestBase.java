package org.zhengwu.document.outgoing;

import static org.zhengwu.document.outgoing.OutgoingFixture.as;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.LeaveBook;
import org.zhengwu.kernel.Role;

/** The facades, a government of the test's own, and the steps most tests walk through. */
abstract class OutgoingTestBase {

    static final LocalDate APRIL_11 = LocalDate.of(2022, 4, 11);

    @Autowired OutgoingDesk desk;
    @Autowired OutgoingSignOff signOff;
    @Autowired OutgoingRelease release;
    @Autowired OutgoingReading reading;
    @Autowired DirectoryImport imports;
    @Autowired LeaveBook leave;
    @Autowired MutableClock clock;

    OutgoingGovernment gov;

    @BeforeEach
    void newGovernment() {
        clock.setDate(APRIL_11);
        gov = OutgoingGovernment.load(imports);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long drafted(String unit, OutgoingFixture.Builder builder) {
        return as(gov.clerk(unit), () -> desk.draft(builder.input()));
    }

    /** Drafted by department A, submitted, and passed along the whole WR-58 chain. */
    long approved(OutgoingFixture.Builder builder) {
        var id = drafted("a", builder);
        as(gov.clerk("a"), () -> desk.submit(id));
        review(id, "dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "secgen", Role.SECRETARY_GENERAL);
        return id;
    }

    void review(long id, String who, Role role) {
        as(gov.leader(who, role), () -> signOff.review(id, null, true, "同意", false));
    }

    String signs(long id, String who, Role role) {
        return as(gov.leader(who, role), () -> signOff.signOff(id, "同意印发"));
    }

    DraftView view(long id) {
        return as(gov.office(), () -> reading.view(id));
    }

    /** The vice-mayor (or mayor) is away on the day (WR-8 leave, WR-6 absence). */
    void away(String key, LocalDate day) {
        clock.setDate(day.withDayOfMonth(1));
        if (key.equals("mayor")) {
            as(gov.office(), () -> leave.recordMayorAbsence(gov.post("mayor"), day, day, "赴省开会"));
        } else {
            var asked = as(gov.office(), () -> leave.requestLeave(gov.post(key), day, day, "外出学习", null));
            as(gov.leader("mayor", Role.MAYOR), () -> leave.approveLeave(asked.id()));
        }
        clock.setDate(day);
    }
}
