package org.zhengwu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.time.LocalDate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.WatchRequest;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;

/**
 * In real Chromium: office staff sign in and find in 我的待办 the WR-57 steps of an overdue
 * request, then open the calendar page of April 2022, where the make-up Saturday 2 April is
 * shown as a workday and the Qingming holidays as holidays.
 */
@IntegrationTest
class FoundationJourneyTests extends BrowserJourney {

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired Escalations escalations;
    @Autowired org.zhengwu.directory.DirectoryImport directoryImport;
    @Autowired MutableClock clock;

    @Test
    void officeStaffSeeTheirInboxAndTheCalendarOfApril2022() {
        if (!accounts.exists("journey-office")) {
            accounts.create(new NewAccount("journey-office", "办公室 王敏", "Journey-Pass-2022", Set.of(Role.OFFICE_STAFF), null, null));
        }
        // a request due on 8 April 2022 that nobody answered: on the 12th the WR-57 ladder reaches yellow
        var request = SubjectRef.of("document", "journey-request");
        escalations.watch(WatchRequest.of(request, "reply-overdue", "关于申请城区雨污分流改造资金的请示", LocalDate.of(2022, 4, 8)));
        clock.setDate(LocalDate.of(2022, 4, 12));
        escalations.fireDue();

        var page = browser.newPage();
        SignIn.as(browser, page, "journey-office", "Journey-Pass-2022");
        assertThat(page).hasURL(browser.url("/workspace"));
        assertThat(page.locator("h1")).hasText("我的待办");
        var inbox = page.locator("[data-testid='inbox']");
        assertThat(inbox).containsText("黄牌警示：关于申请城区雨污分流改造资金的请示");
        assertThat(inbox).containsText("提醒：关于申请城区雨污分流改造资金的请示");
        Browser.screenshot(page, "foundation-inbox");

        page.navigate(browser.url("/calendar?month=2022-04"));
        var makeUpSaturday = page.locator("[data-date='2022-04-02']");
        assertThat(makeUpSaturday).hasAttribute("data-kind", "MAKEUP_WORKDAY");
        assertThat(page.locator("[data-date='2022-04-04']")).hasAttribute("data-kind", "HOLIDAY");
        assertThat(page.locator("[data-testid='rule-pack']")).containsText("liaocheng-2022");
        Browser.screenshot(page, "foundation-calendar-2022-04");
        clock.reset();
    }

    @Test
    void officeStaffBrowseTheDirectoryOfTheGovernment() {
        directoryImport.load(new org.springframework.core.io.ClassPathResource("demo/directory.yaml"));
        if (!accounts.exists("journey-office")) {
            accounts.create(new NewAccount("journey-office", "办公室 王敏", "Journey-Pass-2022", Set.of(Role.OFFICE_STAFF), null, null));
        }
        var page = browser.newPage();
        SignIn.as(browser, page, "journey-office", "Journey-Pass-2022");
        page.navigate(browser.url("/directory"));
        assertThat(page.locator("main")).containsText("贾鹏柱");
        assertThat(page.locator("main")).containsText("市生态环境局");
        Browser.screenshot(page, "foundation-directory");
        page.navigate(browser.url("/directory/units/sthjj"));
        assertThat(page.locator("h1")).containsText("聊城市生态环境局");
        Browser.screenshot(page, "foundation-directory-unit");
        page.navigate(browser.url("/directory/leave"));
        Browser.screenshot(page, "foundation-leave");
    }
}
