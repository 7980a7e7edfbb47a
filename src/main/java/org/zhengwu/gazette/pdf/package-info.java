/**
 * GB/T 9704-2012 (党政机关公文格式) as PDF: the layout as XHTML + CSS paged media, laid out by
 * openhtmltopdf on PDFBox with one CJK TrueType face embedded as a subset. {@link
 * org.zhengwu.gazette.pdf.GbT9704} holds every number of the standard with its clause; the
 * {@code *Html} classes turn a parsed document or a letter into blocks on the 22 × 28 grid;
 * {@link org.zhengwu.gazette.pdf.FontLocator} finds the font. Other modules use the facade
 * {@link org.zhengwu.gazette.GazettePdf}, never this package.
 *
 * <p>Serving a document as PDF from a page: inject {@code GazettePdf}, render the stored
 * {@code ParsedDocument} and answer {@code application/pdf} (below, {@code store} and {@code
 * stored} stand for whatever the store provides); a {@code PdfFontMissing} is a
 * {@code UserError}, so the platform's error handlers answer it with its Chinese message (400),
 * never a stack trace. A published document never changes, so its PDF can be cached by ETag.
 * <pre>{@code
 * @GetMapping(value = "/gazette/documents/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
 * ResponseEntity<byte[]> pdf(@PathVariable long id) {
 *     var stored = store.document(id);
 *     return ResponseEntity.ok().eTag(stored.contentHash())
 *             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
 *                     .filename(stored.docNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
 *             .body(gazettePdf.render(stored.parsed(), RenderOptions.standard()));
 * }
 * }</pre>
 */
package org.zhengwu.gazette.pdf;
