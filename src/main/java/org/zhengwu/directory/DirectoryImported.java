package org.zhengwu.directory;

import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.SubjectRef;

/** A directory file was loaded; the counts are what it added (an import that adds nothing publishes nothing). */
public record DirectoryImported(String source, ImportResult added) implements Audited {

    @Override
    public String action() {
        return "directory.imported";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("directory-file", source);
    }

    @Override
    public String summary() {
        return "directory file " + source + " added " + added.units() + " units, " + added.aliases() + " aliases, "
                + added.people() + " people, " + added.posts() + " posts, " + added.terms() + " terms, "
                + added.portfolios() + " portfolio entries, " + added.substitutes() + " substitutes";
    }
}
