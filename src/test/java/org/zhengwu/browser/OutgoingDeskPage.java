package org.zhengwu.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** 发文 pages as their users see them: the drafting form, a document with its actions and timeline, the gazette's queue. */
final class OutgoingDeskPage {

    private final Browser browser;
    final Page page;

    OutgoingDeskPage(Browser browser, Page page) {
        this.browser = browser;
        this.page = page;
    }

    void openNewForm() {
        page.navigate(browser.url("/outgoing/new"));
    }

    void fill(String field, String value) {
        page.locator("[name='" + field + "']").first().fill(value);
    }

    void choose(String field, String... values) {
        page.locator("[name='" + field + "']").first().selectOption(values);
    }

    void save() {
        page.locator("[data-testid='outgoing-form'] button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/outgoing/[0-9]+$"));
    }

    long documentId() {
        return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    void open(long id) {
        page.navigate(browser.url("/outgoing/" + id));
    }

    /** Clicks an action button and waits for the document page it redirects back to. */
    void act(String testId) {
        page.locator("[data-testid='" + testId + "']").click();
        page.waitForURL(url -> url.matches(".*/outgoing/[0-9]+$"));
    }

    Locator status() {
        return testId("outgoing-status");
    }

    Locator testId(String id) {
        return page.locator("[data-testid='" + id + "']");
    }
}
