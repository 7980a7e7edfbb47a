package org.zhengwu.gazette;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a document's items into parts for its events: the event publication registry keeps
 * each event in at most 8,000 characters, and a plan's tasks run past that.
 */
final class EventParts {

    /** Characters of item text per event: the rest of the event and JSON quoting stay well below the limit. */
    static final int BUDGET = 4_000;

    private EventParts() {
    }

    /** The items in parts of at most {@link #BUDGET} characters (an item larger than that is a part alone). */
    static <T> List<List<T>> split(List<T> items, ToIntFunction<T> size) {
        var parts = new ArrayList<List<T>>();
        var current = new ArrayList<T>();
        int used = 0;
        for (var item : items) {
            int n = size.applyAsInt(item);
            if (!current.isEmpty() && used + n > BUDGET) {
                parts.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(item);
            used += n;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The length of the texts, plus a little for the field names around them. */
    static int length(Object... texts) {
        int n = 40;
        for (var t : texts) {
            n += String.valueOf(t).length() + 12;
        }
        return n;
    }
}
