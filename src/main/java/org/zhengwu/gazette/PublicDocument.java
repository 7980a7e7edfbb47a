package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * A public document with its text, as a search index needs it.
 *
 * @param validity    on the day it was read; {@code effectiveFrom}, {@code effectiveUntil} and
 *                    {@code repealedOn} let an index tell it for another day ({@link Validity#on})
 * @param issueNumber 0 for a document published without an issue
 */
public record PublicDocument(String id, String docNumber, String title, String issuer, String kind, String issuedKind,
        LocalDate signedDate, LocalDate publishedOn, LocalDate effectiveFrom, LocalDate effectiveUntil,
        LocalDate repealedOn, Validity validity, int issueYear, int issueNumber, List<TextUnit> units) {

    public PublicDocument {
        units = List.copyOf(units);
    }
}
