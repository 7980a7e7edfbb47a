package org.zhengwu.gazette.domain.source;

/**
 * The text of a gazette file, normalised: no BOM, line ends {@code \n}, pages (of a PDF)
 * separated by a form feed line.
 *
 * @param text   the text
 * @param format what the file was
 * @param pages  the number of pages of a PDF, 0 for other formats
 */
public record SourceText(String text, SourceFormat format, int pages) {
}
