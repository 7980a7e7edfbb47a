package org.zhengwu.gazette.domain.source;

/** The kind of file a text was read from. */
public enum SourceFormat {
    TEXT_UTF8,
    TEXT_GB18030,
    PDF,
    DOCX
}
