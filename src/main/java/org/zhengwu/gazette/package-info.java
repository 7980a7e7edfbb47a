/**
 * The gazette (政府公报): where the government's rules become public (OG-5a, WR-62) and where
 * the platform's data comes from.
 *
 * <p>{@link org.zhengwu.gazette.domain.parse.GazetteParser} turns a file (read by
 * {@link org.zhengwu.gazette.domain.source.SourceReader}: UTF-8 or GB18030 text, PDF, DOCX) into
 * documents with their structure (章/条/款/项/目, stable eIds) and extracted items.
 *
 * <p>Facades: {@link org.zhengwu.gazette.GazetteImporter} stores a file in one transaction (the
 * same content again changes nothing; a changed draft becomes a new version with its
 * differences; a published issue takes corrections only as errata);
 * {@link org.zhengwu.gazette.GazettePublisher} sets disclosure (WR-33), publishes issues and
 * records repeals and amendments; {@link org.zhengwu.gazette.GazetteLibrary} reads, the
 * {@code public…} methods being the only way to the public (published issue, PROACTIVE,
 * unclassified); {@link org.zhengwu.gazette.GazetteExport} writes the parse-format JSON;
 * {@link org.zhengwu.gazette.GazetteQueue} keeps the documents waiting for the next issue (待刊登,
 * WR-62) and compiles them into a new draft issue through the importer.
 *
 * <p>Listens to {@link org.zhengwu.gazette.OutgoingDocumentQueuedForGazette}, which the documents
 * desk publishes on releasing a PROACTIVE, unclassified document. The event is the gazette's
 * contract: the desk depends on the gazette (parser, renderer), so it cannot be the desk's type
 * without a cycle.
 *
 * <p>Publishes, {@link org.zhengwu.kernel.Audited}: {@code GazetteIssueImported},
 * {@code GazetteErratumRecorded}, {@code GazetteDocumentDisclosureSet}, {@code GazetteIssuePublished},
 * {@code GazetteDocumentAmended}, {@code GazetteDocumentQueued}, {@code GazetteIssueCompiled}. When a document becomes public (its issue is published, or a
 * WR-33 review turns it proactive) it is announced, not audited (the publication is):
 * {@code GazetteDocumentPublished}, and of what it holds {@code TasksPublished} (supervision),
 * {@code AppointmentsPublished} (directory), {@code ChronicleEntriesPublished} (chronicle),
 * {@code PlanItemsPublished} (legislation), in parts that fit the event registry.
 *
 * <p>Seams. Search: listen to {@code GazetteIssuePublished} (its public documents' ids, one
 * listener run for the issue; and {@code GazetteDocumentAmended} for validity,
 * {@code GazetteDocumentDisclosureSet} for disclosure, which also brings in a document a review made public), read the document with
 * {@code GazetteLibrary.publicDocument(id)} (metadata, validity, units with eId/type/num/heading/
 * text), rebuild from {@code GazetteLibrary.publicDocuments()}. PDF: {@code
 * GazetteLibrary.publicParsedDocument(id)} gives a public document as the parser's
 * {@code ParsedDocument}, for {@code /gazette/documents/{id}.pdf} (add its path to
 * {@code web.GazetteAccessRules} and the authorization matrix). Supervision:
 * {@code GazetteLibrary.publicPlan(idOrNumber)} gives a public document's tasks on demand (those
 * {@code TasksPublished} announces); the document page loads the ledger's items made from it as an
 * htmx fragment from {@code /supervision/gazette-documents/{id}/items}, so that the gazette does
 * not depend on the ledger.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gazette",
        allowedDependencies = {"kernel", "platform", "platform :: cli"})
package org.zhengwu.gazette;
