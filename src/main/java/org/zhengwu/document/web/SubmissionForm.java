package org.zhengwu.document.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhengwu.document.domain.AttachmentRef;
import org.zhengwu.document.domain.AttachmentRef.AttachmentKind;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.kernel.UserError;

/**
 * The clerk's form: lists are written one item a line; dates as YYYY-MM-DD. Turned into the same
 * {@link Submission} the API and the command line check, and back for a resubmission.
 */
public class SubmissionForm {

    public String kind = "REQUEST";
    public String title;
    public String docNumber;
    public String signer;
    public String issuingUnits;
    public String mainRecipients;
    public String copyTo;
    public String matters;
    public String options;
    public String preferredOption;
    public String issueDate;
    public String contactName;
    public String contactPhone;
    public boolean urgent;
    public String urgencyReason;
    public String classification;
    public String disclosure = "PROACTIVE";
    public String disclosureReason;
    public List<String> flags = new ArrayList<>();
    public String via;
    public String concernedUnits;
    public String coSignedBy;
    public String majorDecisionReport;
    public String body;
    public Integer version;

    public Submission toSubmission() {
        var attachments = blank(majorDecisionReport) ? List.<AttachmentRef>of()
                : List.of(new AttachmentRef(majorDecisionReport.strip(), AttachmentKind.MAJOR_DECISION_REPORT));
        return new Submission(text(kind), text(title), text(docNumber), text(signer), lines(issuingUnits),
                lines(mainRecipients), lines(copyTo), lines(matters), lines(options), text(preferredOption),
                date(issueDate, "issueDate"), null, text(contactName), text(contactPhone), urgent, text(urgencyReason),
                text(classification), text(disclosure), text(disclosureReason), flags == null ? List.of() : flags,
                text(via), lines(concernedUnits), lines(coSignedBy), attachments, text(body));
    }

    public static SubmissionForm of(Submission s) {
        var f = new SubmissionForm();
        f.kind = s.kind();
        f.title = s.title();
        f.docNumber = s.docNumber();
        f.signer = s.signer();
        f.issuingUnits = String.join("\n", s.issuingUnits());
        f.mainRecipients = String.join("\n", s.mainRecipients());
        f.copyTo = String.join("\n", s.copyTo());
        f.matters = String.join("\n", s.matters());
        f.options = String.join("\n", s.options());
        f.preferredOption = s.preferredOption();
        f.issueDate = s.issueDate() == null ? null : s.issueDate().toString();
        f.contactName = s.contactName();
        f.contactPhone = s.contactPhone();
        f.urgent = s.markedUrgent();
        f.urgencyReason = s.urgencyReason();
        f.classification = s.classification();
        f.disclosure = s.disclosure();
        f.disclosureReason = s.disclosureReason();
        f.flags = new ArrayList<>(s.flags());
        f.via = s.via();
        f.concernedUnits = String.join("\n", s.concernedUnits());
        f.coSignedBy = String.join("\n", s.coSignedBy());
        f.majorDecisionReport = s.attachments().stream().filter(a -> a.kind() == AttachmentKind.MAJOR_DECISION_REPORT)
                .map(AttachmentRef::title).findFirst().orElse(null);
        f.body = s.body();
        return f;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    private static List<String> lines(String s) {
        return blank(s) ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static LocalDate date(String s, String field) {
        try {
            return blank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("document.input.not-a-date", field, field, s);
        }
    }

    // getters and setters for data binding
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDocNumber() { return docNumber; }
    public void setDocNumber(String v) { docNumber = v; }
    public String getSigner() { return signer; }
    public void setSigner(String v) { signer = v; }
    public String getIssuingUnits() { return issuingUnits; }
    public void setIssuingUnits(String v) { issuingUnits = v; }
    public String getMainRecipients() { return mainRecipients; }
    public void setMainRecipients(String v) { mainRecipients = v; }
    public String getCopyTo() { return copyTo; }
    public void setCopyTo(String v) { copyTo = v; }
    public String getMatters() { return matters; }
    public void setMatters(String v) { matters = v; }
    public String getOptions() { return options; }
    public void setOptions(String v) { options = v; }
    public String getPreferredOption() { return preferredOption; }
    public void setPreferredOption(String v) { preferredOption = v; }
    public String getIssueDate() { return issueDate; }
    public void setIssueDate(String v) { issueDate = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public boolean isUrgent() { return urgent; }
    public void setUrgent(boolean v) { urgent = v; }
    public String getUrgencyReason() { return urgencyReason; }
    public void setUrgencyReason(String v) { urgencyReason = v; }
    public String getClassification() { return classification; }
    public void setClassification(String v) { classification = v; }
    public String getDisclosure() { return disclosure; }
    public void setDisclosure(String v) { disclosure = v; }
    public String getDisclosureReason() { return disclosureReason; }
    public void setDisclosureReason(String v) { disclosureReason = v; }
    public List<String> getFlags() { return flags; }
    public void setFlags(List<String> v) { flags = v; }
    public String getVia() { return via; }
    public void setVia(String v) { via = v; }
    public String getConcernedUnits() { return concernedUnits; }
    public void setConcernedUnits(String v) { concernedUnits = v; }
    public String getCoSignedBy() { return coSignedBy; }
    public void setCoSignedBy(String v) { coSignedBy = v; }
    public String getMajorDecisionReport() { return majorDecisionReport; }
    public void setMajorDecisionReport(String v) { majorDecisionReport = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
