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
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;

/**
 * In real Chromium (issue 4 §3): a department's clerk drafts a government document, PROACTIVE
 * (WR-33), touching another department, which co-signs (会签); it goes along the WR-58 chain (the
 * deputy for the business, the deputy for documents, the secretary-general); the WR-59 table asks
 * for the vice-mayor in charge with the other vice-mayor's co-signature (59.5, several
 * portfolios); the sign-off gives the number; the General Office releases it and finds it in the
 * gazette's queue (待刊登, WR-62), compiles it into a draft issue and publishes it.
 */
@IntegrationTest
class OutgoingJourneyTests extends BrowserJourney {

    static final String PASSWORD = "Journey-Pass-2022";

    static final String GOVERNMENT = """
            units:
              - { id: Q-gov, name: Q测试市人民政府, short: Q市政府, kind: GOVERNMENT }
              - { id: Q-office, name: Q测试市人民政府办公室, short: Q市政府办公室, kind: GENERAL_OFFICE, parent: Q-gov }
              - { id: Q-a, name: Q测试市生态环境局, short: Q市生态环境局, kind: DEPARTMENT, parent: Q-gov, head: 局长 }
              - { id: Q-b, name: Q测试市住房和城乡建设局, short: Q市住建局, kind: DEPARTMENT, parent: Q-gov, head: 局长 }
            people:
              - { id: Q-vm1, name: 王副市长Q }
              - { id: Q-vm2, name: 张副市长Q }
              - { id: Q-secgen, name: 贾秘书长Q }
              - { id: Q-dsg1, name: 杨副秘书长Q }
              - { id: Q-dsg2, name: 郭副秘书长Q }
            posts:
              - { id: Q-vm1, title: 副市长, kind: VICE_MAYOR, unit: Q-gov, rank: 3 }
              - { id: Q-vm2, title: 副市长, kind: VICE_MAYOR, unit: Q-gov, rank: 4 }
              - { id: Q-secgen, title: 秘书长, kind: SECRETARY_GENERAL, unit: Q-office, rank: 1, head: true }
              - { id: Q-dsg1, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: Q-office, rank: 2 }
              - { id: Q-dsg2, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: Q-office, rank: 3 }
            terms:
              - { post: Q-vm1, person: Q-vm1, from: 2020-01-01, source: 测试 }
              - { post: Q-vm2, person: Q-vm2, from: 2020-01-01, source: 测试 }
              - { post: Q-secgen, person: Q-secgen, from: 2020-01-01, source: 测试 }
              - { post: Q-dsg1, person: Q-dsg1, from: 2020-01-01, source: 测试 }
              - { post: Q-dsg2, person: Q-dsg2, from: 2020-01-01, source: 测试 }
            portfolios:
              - { post: Q-vm1, units: [Q-a] }
              - { post: Q-vm2, units: [Q-b] }
              - { post: Q-dsg1, units: [Q-a, Q-b] }
              - { post: Q-dsg2, units: [Q-office] }
            substitutes:
              - { post: Q-vm1, substitute: Q-vm2 }
              - { post: Q-vm2, substitute: Q-vm1 }
            """;

    @Autowired UserAccounts accounts;
    @Autowired DirectoryImport imports;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("WR-33 drafting, 会签, WR-58 review chain, WR-59.5 co-signature and sign-off, number, release, WR-62 gazette queue: 发文 in the browser")
    void aDepartmentsDraftGoesFromDraftingToTheGazetteQueue() {
        var n = System.nanoTime() % 1_000_000_000L;
        var p = "oj" + Long.toString(n, 36);
        // the units' names in Chinese only, as the gazette prints an issuer; ids and people carry p
        imports.load(GOVERNMENT.replace("Q测试市", chinese(n) + "市").replace("Q", p), "test-" + p);
        account(p + "-clerk-a", "生态环境局 刘芳", Role.CLERK, p + "-a", null);
        account(p + "-clerk-b", "住建局 赵敏", Role.CLERK, p + "-b", null);
        account(p + "-dsg1", "杨副秘书长" + p, Role.DEPUTY_SECRETARY_GENERAL, p + "-office", p + "-dsg1");
        account(p + "-dsg2", "郭副秘书长" + p, Role.DEPUTY_SECRETARY_GENERAL, p + "-office", p + "-dsg2");
        account(p + "-secgen", "贾秘书长" + p, Role.SECRETARY_GENERAL, p + "-office", p + "-secgen");
        account(p + "-vm1", "王副市长" + p, Role.VICE_MAYOR, p + "-gov", p + "-vm1");
        account(p + "-vm2", "张副市长" + p, Role.VICE_MAYOR, p + "-gov", p + "-vm2");
        account(p + "-office", "办公室 王敏", Role.OFFICE_STAFF, p + "-office", null);
        clock.setDate(LocalDate.of(2022, 4, 11));
        var title = "关于推进城区雨污分流改造工作的通知";

        // the lead department drafts, PROACTIVE, with the department whose remit it touches to co-sign
        var clerk = new OutgoingDeskPage(browser, browser.newPage());
        SignIn.as(browser, clerk.page, p + "-clerk-a", PASSWORD);
        clerk.openNewForm();
        clerk.choose("issuer", "GOVERNMENT");
        clerk.choose("category", "OTHER");
        clerk.fill("title", title);
        clerk.fill("addressees", "各县（市、区）人民政府\n市属开发区管委会");
        clerk.fill("body", "为改善城区水环境，现就推进雨污分流改造工作通知如下。\n一、摸清管网底数。\n二、分片推进改造。");
        clerk.page.locator("[data-testid='f-disclosure-PROACTIVE']").check();
        clerk.choose("concernedUnits", p + "-b");
        Browser.screenshot(clerk.page, "outgoing-1-draft-form");
        clerk.save();
        var id = clerk.documentId();
        assertThat(clerk.status()).hasText("代拟稿");
        assertThat(clerk.testId("outgoing-timeline")).containsText("主动公开");

        // the concerned department co-signs (会签), then the lead department submits to the WR-58 chain
        var other = new OutgoingDeskPage(browser, browser.newPage());
        SignIn.as(browser, other.page, p + "-clerk-b", PASSWORD);
        other.open(id);
        other.act("act-cosign");
        assertThat(other.testId("outgoing-cosigns")).containsText("同意");
        clerk.open(id);
        clerk.act("act-submit");
        assertThat(clerk.status()).hasText("审核中");
        assertThat(clerk.testId("outgoing-due")).containsText("杨副秘书长" + p);
        Browser.screenshot(clerk.page, "outgoing-2-submitted");

        // WR-58: the deputy for the business, the deputy for documents, the secretary-general
        review(p + "-dsg1", id, "杨副秘书长" + p);
        review(p + "-dsg2", id, "郭副秘书长" + p);
        var secgen = review(p + "-secgen", id, "贾秘书长" + p);
        assertThat(secgen.status()).hasText("待签发");
        assertThat(secgen.testId("outgoing-signoff")).containsText("WR-59.5");
        assertThat(secgen.testId("outgoing-due")).containsText("张副市长" + p);
        Browser.screenshot(secgen.page, "outgoing-3-approved-awaiting-sign-off");

        // WR-59.5 several portfolios: the other vice-mayor co-signs, the vice-mayor in charge signs off
        var vm2 = leader(p + "-vm2", id);
        vm2.page.locator("form[action$='/leader-cosign'] button").click();
        vm2.page.waitForURL(url -> url.matches(".*/outgoing/[0-9]+$"));
        assertThat(vm2.testId("outgoing-due")).containsText("王副市长" + p);
        var vm1 = leader(p + "-vm1", id);
        vm1.act("act-sign");
        assertThat(vm1.status()).hasText("已签发");
        assertThat(vm1.testId("outgoing-number")).containsText("聊政发〔2022〕");
        var number = vm1.testId("outgoing-number").textContent().strip();
        Browser.screenshot(vm1.page, "outgoing-4-signed-with-number");

        // the General Office releases it: the PDF is there, and the gazette has it waiting for the next issue
        var office = new OutgoingDeskPage(browser, browser.newPage());
        SignIn.as(browser, office.page, p + "-office", PASSWORD);
        office.open(id);
        office.act("act-release");
        assertThat(office.status()).hasText("已印发");
        assertThat(office.testId("outgoing-pdf")).isVisible();
        Browser.screenshot(office.page, "outgoing-5-released");
        var row = office.page.locator("[data-testid='queue'] tr[data-source='" + id + "']");
        for (int tries = 0; tries < 30 && row.count() == 0; tries++) {
            office.page.navigate(browser.url("/gazette/manage/queue"));
            if (row.count() == 0) {
                office.page.waitForTimeout(500);
            }
        }
        assertThat(row).containsText(number);
        assertThat(row).containsText(title);
        assertThat(row).containsText("市政府文件");
        Browser.screenshot(office.page, "outgoing-6-gazette-queue");

        // the office compiles it (alone: other documents may wait too) into a draft issue, then publishes it
        var boxes = office.page.locator("input[name='documents']");
        for (int k = 0; k < boxes.count(); k++) {
            boxes.nth(k).setChecked(boxes.nth(k).getAttribute("value").equals(Long.toString(id)));
        }
        var gazette = "测试" + chinese(id) + "公报";
        office.fill("title", gazette);
        office.fill("year", "2022");
        office.fill("number", "1");
        office.testId("compile").click();
        assertThat(office.testId("queue-error")).not().isVisible();
        office.page.waitForURL(url -> url.matches(".*/gazette/manage/issues/[0-9]+$"));
        assertThat(office.testId("compiled")).containsText("1 篇");
        assertThat(office.testId("issue-status")).hasText("草稿");
        assertThat(office.testId("documents")).containsText(number);
        Browser.screenshot(office.page, "outgoing-7-compiled-issue");
        office.testId("publish-form").locator("button").click();
        assertThat(office.testId("issue-status")).hasText("已发布");
        Browser.screenshot(office.page, "outgoing-8-issue-published");
    }

    /** The number in Chinese digits, for names that must be Chinese. */
    static String chinese(long number) {
        return Long.toString(number).chars().mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c - '0')))
                .collect(java.util.stream.Collectors.joining());
    }

    private OutgoingDeskPage review(String user, long id, String name) {
        var page = leader(user, id);
        page.testId("act-review-note").fill("同意");
        page.act("act-approve");
        assertThat(page.testId("outgoing-timeline")).containsText(name);
        return page;
    }

    private OutgoingDeskPage leader(String user, long id) {
        var page = new OutgoingDeskPage(browser, browser.newPage());
        SignIn.as(browser, page.page, user, PASSWORD);
        page.open(id);
        return page;
    }

    private void account(String name, String display, Role role, String unit, String person) {
        if (!accounts.exists(name)) {
            accounts.create(new NewAccount(name, display, PASSWORD, Set.of(role), new OrgUnitId(unit),
                    person == null ? null : new PersonId(person)));
        }
    }
}
