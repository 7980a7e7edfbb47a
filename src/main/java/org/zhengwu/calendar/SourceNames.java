package org.zhengwu.calendar;

/** The name a loaded file is recorded under: its own name without any path, or one made up from its year. */
final class SourceNames {

    private static final int MAX_LENGTH = 200;

    private SourceNames() {
    }

    static String clean(String name, int year) {
        var base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "upload-" + year + ".json";
        }
        return base.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH) : base;
    }
}
