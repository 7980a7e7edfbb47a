package org.zhengwu.gazette;

import org.zhengwu.kernel.UserError;

/**
 * No CJK TrueType font that a PDF can embed: the configured file ({@code zhengwu.pdf.font}) is
 * missing or unusable, or the machine has none. The message names the package to install
 * ({@code apt-get install fonts-wqy-zenhei}); the command line prints it on one line and exits 2,
 * the web answers 400 with the same text.
 */
public class PdfFontMissing extends UserError {

    /** The setting that names a font file; the field of the error. */
    public static final String PROPERTY = "zhengwu.pdf.font";

    public PdfFontMissing(String messageKey, Object... arguments) {
        super(messageKey, PROPERTY, arguments);
    }
}
