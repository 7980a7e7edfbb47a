/**
 * The gazette (政府公报): where the government's rules become public (OG-5a, WR-62) and where
 * the platform's data comes from.
 *
 * <p>So far the module reads a gazette issue, or a single government document, into structured
 * documents: {@link org.zhengwu.gazette.domain.parse.GazetteParser} turns the text (from
 * {@link org.zhengwu.gazette.domain.source.SourceReader}: UTF-8 or GB18030 text, PDF, DOCX) into a
 * {@link org.zhengwu.gazette.domain.model.ParsedGazette}: the issue, its catalogue (目录), and each
 * document with its number, issuer, addressees, dates, structure (章/条/款/项/目 with stable eIds)
 * and the items other modules act on: tasks with lead and responsible units, appointments,
 * chronicle entries, legislation plan items. {@code ./zhengwu gazette parse FILE} prints it as
 * JSON and stores nothing.
 *
 * <p>{@link org.zhengwu.gazette.GazettePdf} prints a document as a PDF in the GB/T 9704-2012
 * document layout, and a letter such as a 退文 notice in its letter layout ({@code ./zhengwu
 * gazette pdf FILE}). It publishes no events yet.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Gazette",
        allowedDependencies = {"kernel", "platform", "platform :: cli"})
package org.zhengwu.gazette;
