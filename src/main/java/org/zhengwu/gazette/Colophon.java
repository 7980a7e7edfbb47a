package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * The 版记 at the foot of a document's last page (GB/T 9704-2012 7.4): who receives copies, who
 * printed it and when. Any part may be missing; an empty colophon prints nothing.
 *
 * @param copyTo    the 抄送机关, in order; never null
 * @param printer   the 印发机关, {@code 聊城市人民政府办公室}; null when not known
 * @param printedOn the 印发日期; null when not known
 */
public record Colophon(List<String> copyTo, String printer, LocalDate printedOn) {

    public Colophon {
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    }

    /** True when there is nothing to print. */
    public boolean isEmpty() {
        return copyTo.isEmpty() && printer == null && printedOn == null;
    }

    /** True when the 印发机关和印发日期 line has something to print. */
    public boolean hasImprint() {
        return printer != null || printedOn != null;
    }
}
