package org.zhengwu.gazette.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.zhengwu.gazette.GazetteDocument;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazetteSearch;
import org.zhengwu.gazette.IssueSummary;

/**
 * The public gazette database (OG-5a): issues by year, an issue's catalogue, a document's page.
 * Only published issues and their public documents exist here; anything else is 404.
 */
@Controller
class GazettePages {

    private final GazetteLibrary library;
    private final GazetteSearch search;

    GazettePages(GazetteLibrary library, GazetteSearch search) {
        this.library = library;
        this.search = search;
    }

    @GetMapping("/gazette")
    String index(Model model, WebRequest request, Principal user) {
        var issues = library.publishedIssues();
        var standalone = library.publishedStandaloneDocuments();
        if (Freshness.notModified(request, user, issues, standalone.stream().map(GazetteDocument::id).toList())) {
            return null;
        }
        model.addAttribute("years", byYear(issues));
        model.addAttribute("standalone", standalone);
        return "gazette/index";
    }

    @GetMapping("/gazette/{year}/{number}")
    String issue(@PathVariable int year, @PathVariable int number, Model model, WebRequest request, Principal user) {
        var view = library.publishedIssue(year, number).orElseThrow(GazettePages::notFound);
        if (Freshness.notModified(request, user, view)) {
            return null;
        }
        model.addAttribute("view", view);
        return "gazette/issue";
    }

    @GetMapping("/gazette/documents/{id}")
    String document(@PathVariable String id, @RequestParam(required = false) String hl, Model model,
            WebRequest request, Principal user) {
        var view = library.publicView(id).orElseThrow(GazettePages::notFound);
        if (Freshness.notModified(request, user, view.document(), view.validity(), view.amendments(), view.errata())) {
            return null;
        }
        model.addAttribute("view", view);
        model.addAttribute("preview", false);
        model.addAttribute("marks", new Highlights(search.termsOf(hl)));
        model.addAttribute("hl", hl);
        return "gazette/document";
    }

    private static LinkedHashMap<Integer, List<IssueSummary>> byYear(List<IssueSummary> issues) {
        return issues.stream().sorted(Comparator.comparingInt(IssueSummary::year).reversed()
                        .thenComparing(Comparator.comparingInt(IssueSummary::number).reversed()))
                .collect(Collectors.groupingBy(IssueSummary::year, LinkedHashMap::new, Collectors.toList()));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
