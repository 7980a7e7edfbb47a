package org.zhengwu.gazette;

import java.util.List;

/** What an import did: stored a new issue or version, found it unchanged, or recorded an erratum. */
public sealed interface ImportResult {

    /** The issue as it stands after the import. */
    IssueSummary issue();

    /**
     * A first import (version 1) or a new version of a draft, with the differences against the
     * version before (none for version 1) and the parser's warnings.
     */
    record Stored(IssueSummary issue, List<Difference> differences, List<Warning> warnings) implements ImportResult {

        public Stored {
            differences = List.copyOf(differences);
            warnings = List.copyOf(warnings);
        }

        public boolean isNewVersion() {
            return issue.version() > 1;
        }
    }

    /** The same content was imported before: nothing changed. */
    record Unchanged(IssueSummary issue) implements ImportResult {
    }

    /** A corrected file for a published issue, recorded as erratum {@code number}; the text stays as published. */
    record ErratumRecorded(IssueSummary issue, int number, List<Difference> differences) implements ImportResult {

        public ErratumRecorded {
            differences = List.copyOf(differences);
        }
    }

    /** A line the parser could not place or found inconsistent, with its Chinese message. */
    record Warning(int line, String message) {
    }
}
