package org.zhengwu.document.outgoing.web;

import java.util.List;
import org.zhengwu.kernel.UserError;

/** Text to an enum constant, or a 400 naming the field. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text.strip())) {
                return value;
            }
        }
        throw new UserError("outgoing.field.invalid", field, text, List.of(type.getEnumConstants()).toString());
    }
}
