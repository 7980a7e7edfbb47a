package org.zhengwu.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The documents desk's pages as their users see them: the clerk's form, the document page and its forms. */
final class DocumentDeskPage {

    private final Browser browser;
    final Page page;

    DocumentDeskPage(Browser browser, Page page) {
        this.browser = browser;
        this.page = page;
    }

    void openNewForm() {
        page.navigate(browser.url("/documents/new"));
    }

    void fill(String field, String value) {
        var input = page.locator("[name='" + field + "']").first();
        input.fill(value);
        input.dispatchEvent("change");
    }

    Locator findingsBeside(String field) {
        return page.locator("[data-testid='findings-" + field + "']");
    }

    void submit() {
        page.locator("[data-testid='submit']").click();
        page.waitForURL(url -> url.matches(".*/documents/[0-9a-f-]{36}$"));
    }

    String documentId() {
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }

    void open(String id) {
        page.navigate(browser.url("/documents/" + id));
    }

    Locator status() {
        return page.locator("[data-testid='status']");
    }

    Locator testId(String id) {
        return page.locator("[data-testid='" + id + "']");
    }
}
