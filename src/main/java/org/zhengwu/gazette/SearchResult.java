package org.zhengwu.gazette;

import java.util.List;

/**
 * A page of search hits.
 *
 * @param total      the number of matching units; a lower bound when {@code totalExact} is false
 *                   (counting stops at a thousand, as search engines do by default)
 * @param page       the page these hits are; {@code size} its length
 */
public record SearchResult(long total, boolean totalExact, int page, int size, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** The number of pages, as far as {@code total} tells. */
    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
