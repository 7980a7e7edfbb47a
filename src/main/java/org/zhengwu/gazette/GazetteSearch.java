package org.zhengwu.gazette;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhengwu.gazette.search.Finder;
import org.zhengwu.gazette.search.IndexFollower;
import org.zhengwu.gazette.search.SearchIndex;

/**
 * Full-text search of the public gazette (OG-5a): words, "phrases", document numbers in any
 * bracket spelling, 第56条 for 第五十六条; filters by issuer, year, kind and validity (today's);
 * by relevance or date; one hit per article-level unit, with a snippet marking the words.
 * Only what {@link GazetteLibrary} makes public is ever found.
 */
@Service
public class GazetteSearch {

    private final Finder finder;
    private final IndexFollower follower;
    private final Clock clock;

    GazetteSearch(SearchIndex index, IndexFollower follower, Clock clock) {
        this.finder = new Finder(index);
        this.follower = follower;
        this.clock = clock;
    }

    public SearchResult search(SearchRequest request) {
        follower.ensureCurrent();
        return finder.find(request, LocalDate.now(clock));
    }

    /** The words of a query as the index cuts them, for a page that marks them in a document's text. */
    public List<String> termsOf(String query) {
        return query == null || query.isBlank() ? List.of() : finder.markedTerms(query.strip());
    }
}
