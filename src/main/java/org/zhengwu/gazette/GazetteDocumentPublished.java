package org.zhengwu.gazette;

import java.time.LocalDate;

/**
 * A document became public: its issue was published, or its disclosure was turned to proactive
 * afterwards (WR-33 review). What an index needs to list it; its units come from
 * {@link GazetteLibrary#publicDocument(String)}. Not audited: the publication it belongs to is.
 *
 * @param kind       the document's own kind ({@code NOTICE}); {@code issuedKind} the kind of the text it issues
 * @param validity   its validity on {@code publishedOn}
 * @param issueYear  the year of its issue; {@code issueNumber} 0 for a document without an issue
 */
public record GazetteDocumentPublished(String documentId, String docNumber, String title, String issuer,
        String kind, String issuedKind, LocalDate signedDate, LocalDate publishedOn, Disclosure disclosure,
        Validity validity, int issueYear, int issueNumber) {
}
