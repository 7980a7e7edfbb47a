/**
 * The gazette parser: {@link org.zhengwu.gazette.domain.parse.GazetteParser} runs a set of
 * focused passes, each testable alone: lines are cleaned ({@code LineReader}), the issue header
 * and catalogue read ({@code IssueReader}, {@code TocReader}), the text cut into documents
 * ({@code Segmenter}), text continued on another page put back ({@code Continuations}), each
 * document's header, addressees and signature read ({@code HeaderReader}, {@code Preamble}),
 * broken lines joined ({@code ParagraphJoiner}), the structure built ({@code StructureBuilder}),
 * and the items extracted ({@code TaskExtractor}, {@code AppointmentReader},
 * {@code ChronicleReader}, {@code PlanItemExtractor}, {@code EffectivePeriod}).
 *
 * <p>Patterns describe forms only (第X条, （一）, 〔2022〕, 任命/免去, 牵头单位), never a name
 * from any particular document.
 */
@org.springframework.modulith.NamedInterface("parse")
package org.zhengwu.gazette.domain.parse;
