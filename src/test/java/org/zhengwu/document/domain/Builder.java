package org.zhengwu.document.domain;

import java.time.LocalDate;
import java.util.List;

/** Changes a submission field by field, for tests. */
final class Builder {

    private String kind, title, docNumber, signer, preferredOption, contactName, contactPhone, urgencyReason,
            classification, disclosure, disclosureReason, via, body;
    private List<String> issuingUnits, mainRecipients, copyTo, matters, options, flags, concernedUnits, coSignedBy;
    private LocalDate issueDate, submittedDate;
    private Boolean urgent;
    private List<AttachmentRef> attachments;

    Builder(Submission s) {
        kind = s.kind(); title = s.title(); docNumber = s.docNumber(); signer = s.signer();
        issuingUnits = s.issuingUnits(); mainRecipients = s.mainRecipients(); copyTo = s.copyTo();
        matters = s.matters(); options = s.options(); preferredOption = s.preferredOption();
        issueDate = s.issueDate(); submittedDate = s.submittedDate(); contactName = s.contactName();
        contactPhone = s.contactPhone(); urgent = s.urgent(); urgencyReason = s.urgencyReason();
        classification = s.classification(); disclosure = s.disclosure(); disclosureReason = s.disclosureReason();
        flags = s.flags(); via = s.via(); concernedUnits = s.concernedUnits(); coSignedBy = s.coSignedBy();
        attachments = s.attachments(); body = s.body();
    }

    Submission build() {
        return new Submission(kind, title, docNumber, signer, issuingUnits, mainRecipients, copyTo, matters, options,
                preferredOption, issueDate, submittedDate, contactName, contactPhone, urgent, urgencyReason,
                classification, disclosure, disclosureReason, flags, via, concernedUnits, coSignedBy, attachments, body);
    }

    Builder kind(String v) { kind = v; return this; }
    Builder title(String v) { title = v; return this; }
    Builder docNumber(String v) { docNumber = v; return this; }
    Builder signer(String v) { signer = v; return this; }
    Builder issuingUnits(List<String> v) { issuingUnits = v; return this; }
    Builder mainRecipients(List<String> v) { mainRecipients = v; return this; }
    Builder matters(List<String> v) { matters = v; return this; }
    Builder options(List<String> v) { options = v; return this; }
    Builder preferredOption(String v) { preferredOption = v; return this; }
    Builder issueDate(LocalDate v) { issueDate = v; return this; }
    Builder contactName(String v) { contactName = v; return this; }
    Builder contactPhone(String v) { contactPhone = v; return this; }
    Builder urgent(Boolean v) { urgent = v; return this; }
    Builder classification(String v) { classification = v; return this; }
    Builder disclosure(String v) { disclosure = v; return this; }
    Builder disclosureReason(String v) { disclosureReason = v; return this; }
    Builder flags(List<String> v) { flags = v; return this; }
    Builder via(String v) { via = v; return this; }
    Builder concernedUnits(List<String> v) { concernedUnits = v; return this; }
    Builder coSignedBy(List<String> v) { coSignedBy = v; return this; }
    Builder attachments(List<AttachmentRef> v) { attachments = v; return this; }
    Builder body(String v) { body = v; return this; }
}
