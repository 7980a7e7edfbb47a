package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored document's data (the metadata block of a government site) with its disclosure.
 *
 * @param id               the stable id: the same after every re-import of the issue
 * @param position         its place in the issue, from 1
 * @param kind             the document's own kind ({@code NOTICE}); {@code issuedKind} the kind of
 *                         the text it issues ({@code RULES}), or null
 * @param section          the catalogue section it is listed under (市政府文件), null when none
 * @param disclosureReason why it is not {@code PROACTIVE} (WR-33), null when it is
 * @param classified       a classified (涉密) document is never public, whatever its disclosure
 */
public record GazetteDocument(String id, IssueSummary issue, int position, String docNumber, String issuer,
        String title, String kind, String issuedKind, LocalDate signedDate, List<String> addressees,
        LocalDate effectiveFrom, LocalDate effectiveUntil, Integer page, String section, Disclosure disclosure,
        String disclosureReason, boolean classified) {

    public GazetteDocument {
        addressees = List.copyOf(addressees);
    }

    /** Public anywhere (pages, API, exports, search): a proactive, unclassified document of a published issue. */
    public boolean isPublic() {
        return issue.isPublished() && disclosure == Disclosure.PROACTIVE && !classified;
    }

    /** The day it takes effect: its commencement date, else the day it was signed (自印发之日起施行). */
    public LocalDate inForceFrom() {
        return effectiveFrom != null ? effectiveFrom : signedDate;
    }

    /**
     * The index number (索引号) government sites give each document: the agency code, year and
     * sequence of its number ({@code 聊政发/2022-00004}), or for a document without a number the
     * issue and its place in it ({@code 公报/2022-03-09}).
     */
    public String indexNumber() {
        var number = org.zhengwu.gazette.domain.model.DocNumber.parse(docNumber == null ? "" : docNumber);
        return number.map(n -> "%s/%d-%05d".formatted(n.agencyCode(), n.year(), n.sequence()))
                .orElseGet(() -> "公报/%d-%02d-%02d".formatted(issue.year(), issue.number(), position));
    }
}
