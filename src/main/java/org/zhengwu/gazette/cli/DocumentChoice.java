package org.zhengwu.gazette.cli;

import java.util.List;
import java.util.Objects;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.kernel.UserError;

/** Which document of a parse the user means: by number in any bracket spelling, else the first. */
final class DocumentChoice {

    private DocumentChoice() {
    }

    static ParsedDocument choose(List<ParsedDocument> documents, String number) {
        if (number == null || number.isBlank()) {
            return documents.getFirst();
        }
        var wanted = DocNumber.parse(number).map(DocNumber::toString).orElse(number.strip());
        return documents.stream()
                .filter(d -> d.docNumber() != null && d.docNumber().toString().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UserError("gazette.pdf.no-such-document", "--doc", wanted, numbers(documents)));
    }

    private static String numbers(List<ParsedDocument> documents) {
        var numbers = documents.stream().map(ParsedDocument::docNumber).filter(Objects::nonNull).map(DocNumber::toString).toList();
        return numbers.isEmpty() ? "（无）" : String.join("、", numbers);
    }
}
