package org.zhengwu.gazette;

import java.util.ArrayList;
import java.util.List;

/**
 * The marks at the top left of the 版头 (GB/T 9704-2012 7.2.1–7.2.3), flush left, top down:
 * 份号, 密级和保密期限, 紧急程度. Each is null when the document does not carry it.
 *
 * @param copyNumber     份号, six Arabic digits (7.2.1)
 * @param classification 密级和保密期限 as printed, {@code 秘密★1年} or {@code 机密} (7.2.2)
 * @param urgency        紧急程度, {@code 特急} or {@code 加急} (7.2.3)
 */
public record HeadMarks(String copyNumber, String classification, String urgency) {

    public static final HeadMarks NONE = new HeadMarks(null, null, null);

    public HeadMarks {
        copyNumber = blankToNull(copyNumber);
        classification = blankToNull(classification);
        urgency = blankToNull(urgency);
    }

    /**
     * The lines from the top of the type area; null for a line left empty: 7.2.2 puts the
     * classification on the second line, the first being the 份号's even when there is none.
     */
    public List<String> lines() {
        var lines = new ArrayList<String>();
        if (copyNumber != null || classification != null) {
            lines.add(copyNumber);
        }
        if (classification != null) {
            lines.add(classification);
        }
        if (urgency != null) {
            lines.add(urgency);
        }
        return lines;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
