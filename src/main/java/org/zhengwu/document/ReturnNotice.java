package org.zhengwu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.zhengwu.gazette.GazettePdf;
import org.zhengwu.gazette.LetterContent;

/**
 * The 退文 notice (WR-56.5): every finding with its rule, addressed to the issuing unit, as a
 * page and as a GB/T 9704 letter.
 */
@Service
public class ReturnNotice {

    private final DocumentLibrary library;
    private final DocumentIntake intake;
    private final GazettePdf pdf;
    private final MessageSource messages;

    ReturnNotice(DocumentLibrary library, DocumentIntake intake, GazettePdf pdf, MessageSource messages) {
        this.library = library;
        this.intake = intake;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The notice of the document's last return; empty when it was never returned. */
    public java.util.Optional<LetterContent> letter(String id) {
        var view = library.view(id, "return-notice");
        return view.lastReturn().map(returned -> letter(view, returned));
    }

    public byte[] pdf(String id) {
        return pdf.renderLetter(letter(id).orElseThrow(() -> new DocumentNotFound(id)));
    }

    private LetterContent letter(DocumentView view, DocumentView.SubmissionView returned) {
        var s = returned.submission();
        var paragraphs = new ArrayList<String>();
        paragraphs.add(text("document.notice.opening", nz(s.title()), nz(s.docNumber())));
        int n = 1;
        for (var f : returned.findings()) {
            if ("RETURN".equals(f.severity())) {
                paragraphs.add(text("document.notice.reason", n++, f.message(), f.rule()));
            }
        }
        paragraphs.add(text("document.notice.closing"));
        var rules = intake.rules();
        return new LetterContent(rules.issuerMark(), null, text("document.notice.title", nz(s.title())),
                s.issuingUnits().isEmpty() ? List.of() : List.of(s.issuingUnits().getFirst()), paragraphs,
                rules.issuerMark(), returned.submittedOn(), null, List.of());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
