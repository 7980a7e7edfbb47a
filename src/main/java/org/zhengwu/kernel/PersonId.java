package org.zhengwu.kernel;

/** The stable ID of a person in the directory. */
public record PersonId(String value) {

    public PersonId {
        Ids.require(value, "person");
    }

    @Override
    public String toString() {
        return value;
    }
}
