package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** A published document was recorded as repealed or amended by a later one; its validity follows (WR-62). */
public record GazetteDocumentAmended(String documentId, String docNumber, String title, Amendment.Kind kind,
        String byDocNumber, LocalDate effectiveOn) implements Audited {

    @Override
    public String action() {
        return "gazette.document-amended";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("gazette-document", documentId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("WR-62"));
    }

    @Override
    public String summary() {
        return "document %s (%s) %s by %s from %s".formatted(documentId, docNumber == null ? title : docNumber,
                kind, byDocNumber, effectiveOn);
    }
}
