package org.zhengwu.kernel;

/** The stable ID of a post (职务), such as the mayor's or a department head's. */
public record PostId(String value) {

    public PostId {
        Ids.require(value, "post");
    }

    @Override
    public String toString() {
        return value;
    }
}
