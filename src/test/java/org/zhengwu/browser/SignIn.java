package org.zhengwu.browser;

import com.microsoft.playwright.Page;

/** The sign-in page, as a user sees it. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(Browser browser, Page page, String username, String password) {
        page.navigate(browser.url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.locator("form.form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
