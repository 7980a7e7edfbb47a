package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A leader's written instruction (批示) on a document, forwarded by the General Office to its
 * handlers (WR-73; WR-72 for instructions of provincial or municipal party leaders). The
 * supervision ledger opens an item from it with no manual step.
 *
 * @param instructionId   the instruction's stable id
 * @param documentId      the document instructed on (the documents desk's id)
 * @param docNumber       its document number, null when it has none
 * @param documentTitle   its title
 * @param source          who instructed: a municipal leader (WR-73) or a provincial or
 *                        municipal party leader (WR-72)
 * @param leader          the instructing leader, null for a party leader outside the directory
 * @param leaderName      the instructing leader's name as written
 * @param leaderPost      the post the leader instructed in (e.g. 市长, 副市长)
 * @param actingFor       the person the leader acted for (WR-6/8), null when acting in their own right
 * @param text            the instruction as written
 * @param instructedOn    the day the leader instructed
 * @param forwardedOn     the day the office forwarded it to the handlers
 * @param forwardedLate   forwarded after the working day of the instruction (WR-73 asks the same day)
 * @param leadHandler     the lead handling unit (主办)
 * @param coHandlers      the co-handling units (协办)
 * @param limitWorkingDays the reporting limit in working days (the pack's WR-73 limit, or the one
 *                        stated for a WR-72 instruction)
 * @param due             the reporting deadline on the working-day clock
 * @param reportTo        the leader the written result goes back to (the instructing leader)
 */
public record InstructionIssued(
        String instructionId,
        String documentId,
        String docNumber,
        String documentTitle,
        Source source,
        PersonId leader,
        String leaderName,
        String leaderPost,
        PersonId actingFor,
        String text,
        LocalDate instructedOn,
        LocalDate forwardedOn,
        boolean forwardedLate,
        OrgUnitId leadHandler,
        List<OrgUnitId> coHandlers,
        int limitWorkingDays,
        LocalDate due,
        PersonId reportTo) implements Audited {

    public InstructionIssued {
        coHandlers = List.copyOf(coHandlers);
    }

    @Override
    public String action() {
        return "document.instruction-issued";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("instruction", instructionId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of(source == Source.PARTY_LEADER ? "WR-72" : "WR-73"));
    }

    @Override
    public String summary() {
        return "instruction by " + leaderName + " on document " + documentId + " forwarded on " + forwardedOn
                + " to " + leadHandler + (coHandlers.isEmpty() ? "" : " with " + coHandlers) + ", due " + due;
    }

    /** Who the instruction comes from. */
    public enum Source {
        /** WR-73: a municipal government leader (mayor, vice-mayor). */
        MUNICIPAL_LEADER,
        /** WR-72: a provincial or municipal party leader; routed to the relevant leader at once. */
        PARTY_LEADER
    }
}
