package org.zhengwu.kernel;

/**
 * A reference to anything a module owns and others may point at: its type (such as
 * {@code document}, {@code leave}, {@code user}) and its ID within that type.
 */
public record SubjectRef(String type, String id) {

    public SubjectRef {
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a subject needs a type and an id");
        }
    }

    public static SubjectRef of(String type, Object id) {
        return new SubjectRef(type, String.valueOf(id));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
