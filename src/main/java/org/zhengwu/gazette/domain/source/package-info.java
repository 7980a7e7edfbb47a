/**
 * Reading a gazette file into text: UTF-8 (with or without BOM) or GB18030/GBK text, detected
 * by a strict UTF-8 decode first; PDF through PDFBox, page by page; DOCX through POI, paragraphs
 * in order. Empty, binary, damaged and oversized files are refused with
 * {@link org.zhengwu.gazette.domain.model.GazetteInputRefused}.
 */
@org.springframework.modulith.NamedInterface("source")
package org.zhengwu.gazette.domain.source;
