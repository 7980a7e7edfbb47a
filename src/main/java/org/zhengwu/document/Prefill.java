package org.zhengwu.document;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.domain.source.SourceReader;

/**
 * Fields of a submission taken from an uploaded or named document (DOCX, PDF, text) with the
 * gazette's reader and parser, to be shown to the clerk for confirmation.
 */
@Component
public class Prefill {

    private static final Pattern SIGNER = Pattern.compile("签发人[:：]\\s*([^\\s，,；;：:）)]{2,20})");
    private static final Pattern CONTACT = Pattern.compile("联系人[:：]\\s*([^\\s，,；;：:）)]{2,20})");
    private static final Pattern PHONE = Pattern.compile("(?:联系)?电话[:：]\\s*([0-9０-９\\-－ ]{7,20})");
    private static final Pattern KIND_FORMS = Pattern.compile("(白头文件|呈阅件|便函|汇报|说明)$");

    private final GazetteParser parser = new GazetteParser();

    /** The submission the file holds, as far as it can be read; a file that cannot be read is a UserError. */
    public Submission fromFile(byte[] bytes, String fileName) {
        var text = SourceReader.read(bytes, fileName).text();
        var doc = parser.parse(text).documents().getFirst();
        return fromParsed(doc, text);
    }

    static Submission fromParsed(ParsedDocument doc, String text) {
        var issuer = doc.signer() != null ? doc.signer() : doc.issuer();
        return new Submission(kind(doc), title(doc), doc.docNumber() == null ? null : doc.docNumber().toString(),
                first(SIGNER, text), issuer == null ? List.of() : List.of(issuer), doc.addressees(), List.of(),
                List.of(), List.of(), null, doc.signedDate(), null, first(CONTACT, text), first(PHONE, text), null,
                null, null, null, null, List.of(), null, List.of(), List.of(), List.of(), text.strip());
    }

    private static String kind(ParsedDocument doc) {
        var title = doc.title() == null ? "" : doc.title().strip();
        var informal = KIND_FORMS.matcher(title);
        if (informal.find()) {
            return informal.group(1);
        }
        if (doc.kind() == DocumentKind.REQUEST || title.endsWith("请示")) {
            return "REQUEST";
        }
        return doc.kind() == DocumentKind.REPORT || title.endsWith("报告") ? "REPORT" : null;
    }

    private static String title(ParsedDocument doc) {
        if (doc.title() == null) {
            return null;
        }
        return doc.issuer() == null || doc.title().startsWith(doc.issuer()) ? doc.title() : doc.issuer() + doc.title();
    }

    private static String first(Pattern p, String text) {
        var m = p.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
