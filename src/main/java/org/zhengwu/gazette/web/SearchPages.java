package org.zhengwu.gazette.web;

import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazetteSearch;
import org.zhengwu.gazette.IssueSummary;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.Validity;

/**
 * The public search page (OG-5a): the form, and the hits with their snippets, each opening its
 * article with the words marked. Without words it shows the form only.
 */
@Controller
class SearchPages {

    private final GazetteSearch search;
    private final GazetteLibrary library;

    SearchPages(GazetteSearch search, GazetteLibrary library) {
        this.search = search;
        this.library = library;
    }

    @GetMapping("/gazette/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String validity, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("issuer", issuer);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("validity", validity);
        model.addAttribute("sort", sort);
        model.addAttribute("years", library.publishedIssues().stream().map(IssueSummary::year).distinct().sorted().toList());
        model.addAttribute("validities", Arrays.asList(Validity.values()));
        if (q != null && !q.isBlank()) {
            var request = SearchRequest.parse(q, issuer, year, kind, validity, sort, page, null);
            model.addAttribute("result", search.search(request));
        }
        return "gazette/search";
    }
}
