package org.zhengwu.gazette.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.gazette.GazetteSearch;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.SearchResult;

/**
 * Search of the public gazette over REST (OG-5a): {@code {"total": N, "hits": [...]}}. A bad
 * parameter is answered 400 problem+json naming it.
 */
@RestController
class GazetteSearchApi {

    private final GazetteSearch search;

    GazetteSearchApi(GazetteSearch search) {
        this.search = search;
    }

    @GetMapping(value = "/api/v1/gazette/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String validity, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return search.search(SearchRequest.parse(q, issuer, year, kind, validity, sort, page, size));
    }
}
