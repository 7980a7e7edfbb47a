package org.zhengwu.gazette.pdf;

import static org.zhengwu.gazette.pdf.GbT9704.SIGNATURE_RIGHT_CHARS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The end of the body: the issuer's signature and the date (7.3.5), then the 附注 (7.3.6). */
final class ClosingHtml {

    private ClosingHtml() {
    }

    /** Signature and date as {@link SignatureBlock} places them; either may be missing. */
    static List<Block> signature(String signature, LocalDate date, boolean sealed) {
        var name = signature == null ? "" : signature.strip();
        var day = date == null ? "" : Dates.chinese(date);
        if (name.isEmpty() && day.isEmpty()) {
            return List.of();
        }
        var place = sealed ? SignatureBlock.sealed(name, day) : SignatureBlock.unsealed(name, day);
        var blocks = new ArrayList<Block>();
        if (!name.isEmpty()) {
            blocks.add(Block.text("signature", name).withStyle(right(place.signatureRight())));
        }
        if (!day.isEmpty()) {
            // a date without a signature stands where the signature would
            var block = Block.text("date", day).withStyle(right(name.isEmpty() ? SIGNATURE_RIGHT_CHARS : place.dateRight()));
            blocks.add(name.isEmpty() ? block.withClass("signature") : block);
        }
        return blocks;
    }

    /** The 附注 in round brackets, indented 2 characters; none for a blank note. */
    static List<Block> note(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        var text = note.strip();
        var bracketed = text.startsWith("（") && text.endsWith("）") ? text : "（" + text + "）";
        return List.of(Block.text("note", bracketed));
    }

    private static String right(double chars) {
        return "padding-right: " + Stylesheet.em(chars) + ";";
    }
}
