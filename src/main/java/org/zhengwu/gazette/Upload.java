package org.zhengwu.gazette;

import java.util.List;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.model.ParsedGazette;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.domain.source.SourceReader;
import org.zhengwu.gazette.persistence.StoredFile;

/**
 * A file read and parsed, ready to store: its issue key (the gazette's title, year and number, or
 * for a single document its number or title), the issue's data and the documents' ids.
 */
record Upload(StoredFile file, ParsedGazette parsed, String issueKey, IssueSummary header, List<String> documentIds) {

    private static final GazetteParser PARSER = new GazetteParser();

    /**
     * @throws GazetteInputRefused for a file that is empty, binary, too large, damaged, holds no
     *                             document, or several documents without an issue header
     */
    static Upload read(byte[] bytes, String fileName) {
        var source = SourceReader.read(bytes, fileName);
        var parsed = PARSER.parse(source.text());
        var file = new StoredFile(fileName, source.format().name(), Sha256.of(bytes), bytes, Sha256.of(source.text()));
        var key = key(parsed);
        return new Upload(file, parsed, key, header(parsed), DocumentIds.of(key, parsed.documents()));
    }

    private static String key(ParsedGazette parsed) {
        var issue = parsed.issue();
        if (issue != null) {
            return "issue:" + issue.title() + "|" + issue.year() + "|" + issue.number();
        }
        if (parsed.documents().size() != 1) {
            throw new GazetteInputRefused("gazette.input.several-without-issue", parsed.documents().size());
        }
        var d = parsed.documents().getFirst();
        return "document:" + (d.docNumber() != null ? d.docNumber().toString() : d.issuer() + "|" + d.title());
    }

    private static IssueSummary header(ParsedGazette parsed) {
        var issue = parsed.issue();
        if (issue != null) {
            return new IssueSummary(0, issue.title(), issue.year(), issue.number(), issue.serial(), false,
                    IssueStatus.DRAFT, 1, parsed.documents().size(), null);
        }
        var d = parsed.documents().getFirst();
        int year = d.docNumber() != null ? d.docNumber().year() : d.signedDate() != null ? d.signedDate().getYear() : 0;
        var title = d.title() != null ? d.title() : String.valueOf(d.docNumber());
        return new IssueSummary(0, title, year, 0, null, true, IssueStatus.DRAFT, 1, 1, null);
    }

    List<ImportResult.Warning> warnings() {
        return parsed.warnings().stream().map(w -> new ImportResult.Warning(w.line(), w.message())).toList();
    }
}
