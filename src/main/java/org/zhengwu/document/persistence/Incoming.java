package org.zhengwu.document.persistence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An incoming request or report as stored: where it stands, its registration and clock, to whom
 * it is routed, and the version that guards concurrent steps.
 */
public record Incoming(
        String id,
        String unitId,
        String leadUnit,
        String kind,
        String title,
        String docNumber,
        boolean classified,
        Status status,
        int submissions,
        String submittedBy,
        LocalDate receivedOn,
        Integer serialYear,
        Integer serialNo,
        Integer clockLimit,
        String specialReason,
        LocalDate replyDue,
        boolean replyProvisional,
        String replyExplanation,
        String routedPost,
        String handlerUnit,
        int version,
        Instant createdAt) {

    /** Where an incoming document stands. */
    public enum Status {
        REVIEW, RETURNED, ACCEPTED, REGISTERED, ROUTED, FORWARDED, DECIDED, READ, ANSWERED;

        public boolean isOpen() {
            return this == REGISTERED || this == ROUTED || this == FORWARDED;
        }
    }

    public Incoming withStatus(Status s) {
        return new Incoming(id, unitId, leadUnit, kind, title, docNumber, classified, s, submissions, submittedBy,
                receivedOn, serialYear, serialNo, clockLimit, specialReason, replyDue, replyProvisional,
                replyExplanation, routedPost, handlerUnit, version, createdAt);
    }

    /** A new submission's fields, its outcome and (when accepted) the day of receipt. */
    public Incoming withSubmission(String lead, String newKind, String newTitle, String number, boolean secret,
            Status s, LocalDate received) {
        return new Incoming(id, unitId, lead, newKind, newTitle, number, secret, s, submissions + 1, submittedBy,
                received, serialYear, serialNo, clockLimit, specialReason, replyDue, replyProvisional,
                replyExplanation, routedPost, handlerUnit, version, createdAt);
    }

    /** Accepted on the day of receipt (the review confirmed it). */
    public Incoming accepted(LocalDate received) {
        return new Incoming(id, unitId, leadUnit, kind, title, docNumber, classified, Status.ACCEPTED, submissions,
                submittedBy, received, serialYear, serialNo, clockLimit, specialReason, replyDue, replyProvisional,
                replyExplanation, routedPost, handlerUnit, version, createdAt);
    }

    /** The WR-57 clock: the limit in working days, the special reason, and the due date it gives. */
    public Incoming withClock(Status s, int limit, String reason, LocalDate due, boolean provisional, String why) {
        return new Incoming(id, unitId, leadUnit, kind, title, docNumber, classified, s, submissions, submittedBy,
                receivedOn, serialYear, serialNo, limit, reason, due, provisional, why, routedPost, handlerUnit,
                version, createdAt);
    }

    public Incoming registered(int year, int serial) {
        return new Incoming(id, unitId, leadUnit, kind, title, docNumber, classified, Status.REGISTERED, submissions,
                submittedBy, receivedOn, year, serial, clockLimit, specialReason, replyDue, replyProvisional,
                replyExplanation, routedPost, handlerUnit, version, createdAt);
    }

    public Incoming routedTo(String post) {
        return new Incoming(id, unitId, leadUnit, kind, title, docNumber, classified, Status.ROUTED, submissions,
                submittedBy, receivedOn, serialYear, serialNo, clockLimit, specialReason, replyDue, replyProvisional,
                replyExplanation, post, handlerUnit, version, createdAt);
    }

    public Incoming forwardedTo(String unit) {
        return new Incoming(id, unitId, leadUnit, kind, title, docNumber, classified, Status.FORWARDED, submissions,
                submittedBy, receivedOn, serialYear, serialNo, clockLimit, specialReason, replyDue, replyProvisional,
                replyExplanation, routedPost, unit, version, createdAt);
    }

    /** The registration serial as shown, {@code 2022-0001}; null before registration. */
    public String serial() {
        return serialYear == null ? null : serialYear + "-" + String.format("%04d", serialNo);
    }
}
