package org.zhengwu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.LeaveBook;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;

/**
 * In real Chromium (issue 4 §5): a clerk submits a request with two matters, sees the WR-56.4
 * finding beside the field and the 退文 notice, fixes it and resubmits; it is accepted with its
 * WR-57 date and explanation; the General Office registers it and routes it to the vice-mayor in
 * charge, who is on leave, so the substitute receives it; the substitute instructs, and the
 * instruction appears with its 5-working-day clock.
 */
@IntegrationTest
class DocumentJourneyTests extends BrowserJourney {

    static final String PASSWORD = "Journey-Pass-2022";
    @Autowired UserAccounts accounts;
    @Autowired DirectoryImport imports;
    @Autowired LeaveBook leave;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("WR-56.4 退文, WR-57 clock, WR-8 substitute, WR-73 instruction: the documents desk in the browser")
    void aRequestGoesFromReturnToInstruction() {
        var gov = TestGovernment.load(imports, "journey" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        var p = gov.prefix;
        account(p + "-clerk", "生态环境局 刘芳", Role.CLERK, gov.unit("dept"), null);
        account(p + "-office", "办公室 王敏", Role.OFFICE_STAFF, gov.unit("office"), null);
        account(p + "-vm2", "丁副市长" + p, Role.VICE_MAYOR, gov.unit("gov"), gov.person("vm2"));
        clock.setDate(LocalDate.of(2022, 3, 25));
        var away = CurrentActor.runAs(gov.office(), () -> leave.requestLeave(gov.post("vm1"), LocalDate.of(2022, 3, 31),
                LocalDate.of(2022, 4, 8), "赴省里参加培训", null));
        CurrentActor.runAs(gov.leader("mayor", Role.MAYOR), () -> leave.approveLeave(away.id()));
        clock.setDate(LocalDate.of(2022, 3, 31));

        // the clerk fills in a request with two matters: the WR-56.4 finding appears beside the field
        var clerk = new DocumentDeskPage(browser, browser.newPage());
        SignIn.as(browser, clerk.page, p + "-clerk", PASSWORD);
        clerk.openNewForm();
        var unit = p + "测试市生态环境局";
        clerk.fill("title", unit + "关于申请城区雨污分流改造资金的请示");
        clerk.fill("docNumber", "聊环发〔2022〕12号");
        clerk.fill("issuingUnits", unit);
        clerk.fill("signer", "辛局长" + p);
        clerk.fill("mainRecipients", p + "测试市人民政府");
        clerk.fill("issueDate", "2022-03-30");
        clerk.fill("contactName", "李四");
        clerk.fill("contactPhone", "0635-8888888");
        clerk.fill("body", "为改善城区水环境，现申请改造资金并增加编制。妥否，请批示。");
        clerk.fill("matters", "申请城区雨污分流改造资金\n申请增加事业编制5名");
        assertThat(clerk.findingsBeside("matters")).containsText("WR-56.4");
        assertThat(clerk.findingsBeside("matters")).containsText("一文一事");
        assertThat(clerk.testId("outcome")).containsText("退文");
        Browser.screenshot(clerk.page, "document-1-form-findings");

        // submitted anyway: returned, with the 退文 notice listing the finding and its rule
        clerk.submit();
        var id = clerk.documentId();
        assertThat(clerk.status()).hasText("已退文");
        assertThat(clerk.testId("latest-findings")).containsText("WR-56.4");
        clerk.testId("notice-link").click();
        assertThat(clerk.testId("notice")).containsText("一文一事");
        assertThat(clerk.testId("notice")).containsText("WR-56.4");
        assertThat(clerk.testId("notice")).containsText(unit);
        Browser.screenshot(clerk.page, "document-2-return-notice");

        // fixed and resubmitted: accepted, with the reply date and how it was counted
        clerk.open(id);
        clerk.testId("resubmit-link").click();
        assertThat(clerk.page.locator("[name='matters']")).hasValue("申请城区雨污分流改造资金\n申请增加事业编制5名");
        clerk.fill("matters", "申请城区雨污分流改造资金");
        clerk.fill("body", "为改善城区水环境，现申请城区雨污分流改造资金。妥否，请批示。");
        assertThat(clerk.findingsBeside("matters")).not().containsText("WR-56.4");
        assertThat(clerk.testId("outcome")).containsText("予以受理");
        clerk.submit();
        assertThat(clerk.status()).hasText("已受理待登记");
        assertThat(clerk.testId("reply-due")).containsText("2022年4月8日");
        assertThat(clerk.testId("reply-explanation")).containsText("清明");
        assertThat(clerk.testId("history")).containsText("第1次报送");
        Browser.screenshot(clerk.page, "document-3-accepted");

        // the General Office registers it and routes it to the vice-mayor in charge, who is on leave
        var office = new DocumentDeskPage(browser, browser.newPage());
        SignIn.as(browser, office.page, p + "-office", PASSWORD);
        office.open(id);
        office.testId("register").click();
        assertThat(office.status()).hasText("已登记");
        assertThat(office.testId("serial")).containsText("2022-");
        assertThat(office.testId("route-post").locator("option:checked")).containsText("分管领导");
        assertThat(office.testId("route-post").locator("option:checked")).containsText("代为处理");
        office.testId("route").click();
        assertThat(office.status()).hasText("呈领导批阅");
        var routed = office.page.locator("[data-step='routed']");
        assertThat(routed).containsText("代丙副市长" + p);
        assertThat(routed).containsText("第八条");
        Browser.screenshot(office.page, "document-4-routed-to-substitute");

        // the substitute finds it in 我的待办 and instructs: the instruction shows its 5-working-day clock
        var leader = new DocumentDeskPage(browser, browser.newPage());
        SignIn.as(browser, leader.page, p + "-vm2", PASSWORD);
        leader.page.navigate(browser.url("/workspace"));
        leader.page.locator("[data-testid='inbox'] a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("关于申请城区雨污分流改造资金的请示")).first().click();
        leader.testId("instruction-text").fill("请市生态环境局会同有关部门抓紧研究，提出具体意见。");
        leader.testId("instruct").click();
        assertThat(leader.testId("instructions")).containsText("5个工作日");
        assertThat(leader.testId("instructions")).containsText("2022年4月8日");
        assertThat(leader.testId("instructions")).containsText("请市生态环境局会同有关部门抓紧研究");
        assertThat(leader.page.locator("[data-step='instructed']")).containsText("代丙副市长" + p);
        Browser.screenshot(leader.page, "document-5-instruction");

        // the office forwards it the same working day
        office.open(id);
        office.testId("instruction-forward").locator("button").click();
        assertThat(office.testId("instruction-FORWARDED")).containsText("办理中");
        Browser.screenshot(office.page, "document-6-instruction-forwarded");
    }

    private void account(String name, String display, Role role, org.zhengwu.kernel.OrgUnitId unit,
            org.zhengwu.kernel.PersonId person) {
        if (!accounts.exists(name)) {
            accounts.create(new NewAccount(name, display, PASSWORD, Set.of(role), unit, person));
        }
    }
}
