package org.zhengwu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.GazetteSearch;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.SeedGazette;
import org.zhengwu.gazette.TestIssues;

/**
 * In real Chromium, as an anonymous visitor: from the home page to 2022年第3期, its 目录, the
 * rescue-team rules and their 第十九条; then a search for 应急救援 48学时 whose first hit opens
 * 第十九条 with the words marked.
 */
@IntegrationTest
class GazetteJourneyTests extends BrowserJourney {

    @Autowired GazetteImporter importer;
    @Autowired GazettePublisher publisher;
    @Autowired GazetteLibrary library;
    @Autowired GazetteSearch search;
    @Autowired org.zhengwu.directory.DirectoryImport directoryImport;

    @BeforeEach
    void theSeedIssueIsPublished() {
        if (library.publishedIssue(2022, 3).isEmpty()) {
            // as the demo does it: the directory first, so that the issue's appointment notices find their posts
            directoryImport.load(new org.springframework.core.io.ClassPathResource("demo/directory.yaml"));
            var issue = importer.importFile(SeedGazette.text().getBytes(StandardCharsets.UTF_8), TestIssues.FILE_NAME).issue();
            if (!issue.isPublished()) {
                publisher.publish(issue.id());
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !search.search(
                SearchRequest.of("应急救援 48学时")).hits().isEmpty());
    }

    /** What the visitor sees: the window only, where the page scrolled to. */
    static void viewport(com.microsoft.playwright.Page page, String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void aVisitorReadsArticle19OfTheRescueTeamRulesAndFindsItBySearch() {
        var page = browser.newPage();
        page.navigate(browser.url("/"));
        page.locator("[data-testid='nav-gazette']").first().click();
        assertThat(page.locator("h1")).hasText("政府公报");
        Browser.screenshot(page, "gazette-1-home");
        page.locator("[data-testid='issue-link']", new com.microsoft.playwright.Page.LocatorOptions().setHasText("2022年第3期"))
                .first().click();
        var toc = page.locator("[data-testid='toc']");
        assertThat(toc).containsText("目录");
        Browser.screenshot(page, "gazette-2-issue-toc");
        toc.locator("a[data-doc-number='聊政办字〔2022〕8号']").click();
        assertThat(page.locator("[data-testid='doc-number']")).hasText("聊政办字〔2022〕8号");
        page.locator("[data-testid='document-contents'] a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("第十九条")).first().click();
        var article = page.locator("[data-testid='article']:target");
        assertThat(article).isInViewport();
        assertThat(article).containsText("第十九条");
        Browser.screenshot(page, "gazette-3-article-19");
        viewport(page, "gazette-3-article-19-viewport");

        page.navigate(browser.url("/gazette"));
        page.locator("[data-testid='search-box'] input[name='q']").fill("应急救援 48学时");
        page.locator("[data-testid='search-box'] button").click();
        var first = page.locator("[data-testid='search-hit']").first();
        assertThat(first).containsText("第十九条");
        assertThat(first).containsText("聊政办字〔2022〕8号");
        Browser.screenshot(page, "gazette-4-search");
        first.locator("[data-testid='hit-link']").click();
        var hit = page.locator("[data-testid='article']:target");
        assertThat(hit).isInViewport();
        assertThat(hit).containsText("第十九条");
        assertThat(hit.locator("mark", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("48"))).hasCount(1);
        assertThat(hit.locator("mark", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("学时"))).hasCount(1);
        Browser.screenshot(page, "gazette-5-hit-article-19");
        viewport(page, "gazette-5-hit-article-19-viewport");
        page.setViewportSize(390, 844);
        hit.scrollIntoViewIfNeeded();
        viewport(page, "gazette-6-hit-mobile");
        page.navigate(browser.url("/gazette/search?q=" + java.net.URLEncoder.encode("应急救援 48学时", StandardCharsets.UTF_8)));
        Browser.screenshot(page, "gazette-7-search-mobile");
    }
}
