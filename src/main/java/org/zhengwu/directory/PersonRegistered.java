package org.zhengwu.directory;

import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.SubjectRef;

/** A person became known to the directory (before an appointment names them). */
public record PersonRegistered(PersonId person, String name) implements Audited {

    @Override
    public String action() {
        return "person.registered";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("person", person);
    }

    @Override
    public String summary() {
        return "person " + person + " registered";
    }
}
