package org.zhengwu.gazette.domain.model;

import java.util.List;

/**
 * One person appointed to, or removed from, one post (AP-1); a line naming two posts gives two.
 *
 * @param qualifiers what the notice adds in brackets to this post: 列…之后, 试用期一年
 */
public record Appointment(Action action, String person, String post, List<String> qualifiers) {

    public Appointment {
        qualifiers = List.copyOf(qualifiers);
    }

    /** 任命 or 免去. */
    public enum Action {
        APPOINT,
        REMOVE
    }
}
