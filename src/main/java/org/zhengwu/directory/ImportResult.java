package org.zhengwu.directory;

/** What an import added; all zero when the file was loaded before. */
public record ImportResult(int units, int aliases, int people, int posts, int terms, int portfolios,
        int substitutes) {

    public int total() {
        return units + aliases + people + posts + terms + portfolios + substitutes;
    }
}
