package org.zhengwu.directory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A post as an appointment notice prints it — the unit's name, then the title
 * (聊城市人民政府国有资产监督管理委员会副主任) — split into the unit it names and the title within it.
 * The longest known name of a unit that begins the text wins (a unit inside another names more).
 */
public final class NoticePost {

    private NoticePost() {
    }

    /** A unit and the names it goes by (full name, short name, aliases). */
    public record Named(String unitId, List<String> names) {
    }

    /** Where the notice's post lies: the unit and the title that remains. */
    public record Placed(String unitId, String title) {
    }

    public static Optional<Placed> place(String postText, List<Named> units) {
        var text = postText.strip();
        return units.stream()
                .flatMap(u -> u.names().stream().filter(n -> !n.isBlank() && text.startsWith(n) && text.length() > n.length())
                        .map(n -> new Placed(u.unitId(), text.substring(n.length()))))
                .max(Comparator.comparingInt(p -> text.length() - p.title().length()));
    }

    /** A stored post's title without the unit's name it may begin with (市国资委副主任 → 副主任). */
    public static String bareTitle(String title, List<String> unitNames) {
        return unitNames.stream().filter(n -> !n.isBlank() && title.startsWith(n) && title.length() > n.length())
                .max(Comparator.comparingInt(String::length))
                .map(n -> title.substring(n.length()))
                .orElse(title);
    }
}
