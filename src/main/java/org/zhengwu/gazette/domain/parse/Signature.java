package org.zhengwu.gazette.domain.parse;

import java.time.LocalDate;

/**
 * The signature block: the authority's name and the date (成文日期), as printed.
 *
 * @param signer   the authority's name line, null when none was found
 * @param date     the date, null when none was found
 * @param dateText the date as printed, null when none was found
 */
record Signature(String signer, LocalDate date, String dateText) {

    static final Signature NONE = new Signature(null, null, null);
}
