package org.zhengwu.document.domain;

import java.util.List;

/**
 * What the directory and the working-day clock say about a submission, found before the checks
 * run so that the checks stay plain functions.
 *
 * @param workingDaysAfterIssue working days from the issue date to the day of submission; null without both
 * @param signer                how the signer stands to the lead issuing unit (WR-56.2, WR-6/8)
 * @param signerExpected        the head, or who acts for the head, on the issue date; null when unknown
 * @param senderNames           per issuing unit, every name it may be called by in a title
 * @param leadUnitKnown         whether the directory knows the lead issuing unit
 * @param supervisorNames       WR-56.3: the names of the lead unit's supervising department; empty when it has none
 * @param leaderNames           WR-55a: the names of the government's leaders
 */
public record IntakeFacts(
        Integer workingDaysAfterIssue,
        SignerStatus signer,
        String signerExpected,
        List<List<String>> senderNames,
        boolean leadUnitKnown,
        List<String> supervisorNames,
        List<String> leaderNames) {

    public IntakeFacts {
        senderNames = senderNames.stream().map(List::copyOf).toList();
        supervisorNames = List.copyOf(supervisorNames);
        leaderNames = List.copyOf(leaderNames);
    }

    /** How the signer stands to the lead issuing unit. */
    public enum SignerStatus {
        /** The head, or who acts for the head (WR-6, WR-8). */
        HEAD,
        /** Someone else. */
        NOT_HEAD,
        /** The directory records nobody heading the unit on that day. */
        NO_HEAD_RECORDED,
        /** The directory does not know the unit. */
        UNIT_UNKNOWN,
        /** No signer, or no issuing unit, to compare. */
        NOTHING_TO_COMPARE
    }
}
