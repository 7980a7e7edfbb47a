package org.zhengwu.gazette.domain.model;

/**
 * One entry of the catalogue (目录).
 *
 * @param section   the catalogue section it is listed under (市政府文件), null before any section
 * @param title     the title as printed in the catalogue
 * @param docNumber the document number printed with it, null when none
 * @param page      the page number, null when none is printed
 * @param line      the source line of the title
 */
public record TocEntry(String section, String title, DocNumber docNumber, Integer page, int line) {
}
