package org.zhengwu.gazette;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** The General Office set a document's disclosure attribute (WR-33), with the reason where one is needed. */
public record GazetteDocumentDisclosureSet(String documentId, String docNumber, String title, Disclosure disclosure,
        String reason, boolean classified) implements Audited {

    @Override
    public String action() {
        return "gazette.disclosure-set";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("gazette-document", documentId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("WR-33"));
    }

    @Override
    public String summary() {
        return "document %s (%s) disclosure %s%s%s".formatted(documentId, docNumber == null ? title : docNumber,
                disclosure, classified ? ", classified" : "", reason == null ? "" : ": " + reason);
    }
}
