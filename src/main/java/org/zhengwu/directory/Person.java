package org.zhengwu.directory;

import org.zhengwu.kernel.PersonId;

/** A person the directory knows, by the name the gazette prints. */
public record Person(PersonId id, String name) {
}
