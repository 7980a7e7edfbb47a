package org.zhengwu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.OrgUnitId;

/**
 * A field study (督查调研, WR-71(三)) of an important item: the office and the units it took went
 * to the places, and found what {@code findings} says.
 *
 * @param itemTitle the item studied, as the summary report names it
 */
public record FieldStudy(long id, String itemId, String itemTitle, LocalDate from, LocalDate to, List<OrgUnitId> units,
        String places, String findings, String recordedBy, Instant recordedAt, List<Report.Attachment> attachments) {

    public FieldStudy {
        units = List.copyOf(units);
        attachments = List.copyOf(attachments);
    }
}
