package org.zhengwu.document.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A request (请示) or report (报告) as a department submits it. The field names are the JSON
 * names of the API and of {@code ./zhengwu document check}; absent lists are empty, absent
 * values null.
 */
public record Submission(
        String kind,
        String title,
        String docNumber,
        String signer,
        List<String> issuingUnits,
        List<String> mainRecipients,
        List<String> copyTo,
        List<String> matters,
        List<String> options,
        String preferredOption,
        LocalDate issueDate,
        LocalDate submittedDate,
        String contactName,
        String contactPhone,
        Boolean urgent,
        String urgencyReason,
        String classification,
        String disclosure,
        String disclosureReason,
        List<String> flags,
        String via,
        List<String> concernedUnits,
        List<String> coSignedBy,
        List<AttachmentRef> attachments,
        String body) {

    public Submission {
        issuingUnits = clean(issuingUnits);
        mainRecipients = clean(mainRecipients);
        copyTo = clean(copyTo);
        matters = clean(matters);
        options = clean(options);
        flags = clean(flags);
        concernedUnits = clean(concernedUnits);
        coSignedBy = clean(coSignedBy);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    public boolean markedUrgent() {
        return Boolean.TRUE.equals(urgent);
    }

    public boolean hasClassification() {
        return Texts.present(classification) && !"NONE".equalsIgnoreCase(classification.strip());
    }

    /** The lead issuing unit (the first), or null. */
    public String leadUnit() {
        return issuingUnits.isEmpty() ? null : issuingUnits.getFirst();
    }

    /** The same submission on another day of submission (the day it reached the General Office). */
    public Submission submittedOn(LocalDate day) {
        return new Submission(kind, title, docNumber, signer, issuingUnits, mainRecipients, copyTo, matters, options,
                preferredOption, issueDate, day, contactName, contactPhone, urgent, urgencyReason, classification,
                disclosure, disclosureReason, flags, via, concernedUnits, coSignedBy, attachments, body);
    }

    /** Everything written in it, for phrase checks. */
    public String allText() {
        return String.join("\n", Texts.orEmpty(title), String.join("\n", matters), Texts.orEmpty(body));
    }
}
