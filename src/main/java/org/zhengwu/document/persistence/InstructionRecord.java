package org.zhengwu.document.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A leader's instruction (批示) on a document, WR-72 / WR-73. */
public record InstructionRecord(
        String id,
        String documentId,
        String source,
        String leaderPerson,
        String leaderName,
        String leaderPost,
        String actingFor,
        String routedPost,
        String text,
        LocalDate instructedOn,
        LocalDate forwardedOn,
        boolean forwardedLate,
        String leadHandler,
        List<String> coHandlers,
        int limitDays,
        LocalDate due,
        String dueNote,
        boolean provisional,
        Status status,
        String result,
        String summary,
        int version,
        Instant createdAt) {

    public InstructionRecord {
        coHandlers = List.copyOf(coHandlers);
    }

    /** Where an instruction stands. */
    public enum Status {
        INSTRUCTED, FORWARDED, REPORTED, SUMMARISED
    }
}
