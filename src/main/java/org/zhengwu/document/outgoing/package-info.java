/**
 * 发文, outgoing documents: the lead department's draft (代拟稿) with its disclosure attribute set
 * before it circulates (WR-33), the concerned departments' co-signatures (会签), the review chain
 * of WR-58 (deputy secretary-general for the business → deputy for documents → secretary-general),
 * the sign-off that the WR-59 table of the rule pack requires with the acting rules (WR-6, WR-8),
 * the justice bureau's legality review of normative documents (WR-22, WR-47d), policy documents
 * signed off and released with their interpretation (WR-36), gap-free numbers per prefix and year
 * given on sign-off, release as a GB/T 9704 PDF, and WR-60 for a department's own documents.
 *
 * <p>Facades: {@link org.zhengwu.document.outgoing.OutgoingDesk} (draft, correct, co-sign, submit),
 * {@link org.zhengwu.document.outgoing.OutgoingSignOff} (review, legality review, leaders'
 * co-signature, sign-off), {@link org.zhengwu.document.outgoing.OutgoingRelease} (release, PDF),
 * {@link org.zhengwu.document.outgoing.OutgoingReading} (who reads what; classified reads audited).
 * Rule pack section {@code documentOutgoing} ({@link org.zhengwu.document.outgoing.OutgoingSection}).
 *
 * <p>Every change is one audited {@code OutgoingStepTaken} (action {@code document.outgoing.*}) and
 * one line of the document's timeline. Publishes {@link org.zhengwu.document.OutgoingDocumentReleased}
 * (audited) for every release and {@link org.zhengwu.gazette.OutgoingDocumentQueuedForGazette} (the gazette's contract) for
 * a PROACTIVE, unclassified one (WR-62); never for WITHHELD, ON_REQUEST or classified documents.
 */
package org.zhengwu.document.outgoing;
