package org.zhengwu.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.browser.Browser;
import org.zhengwu.browser.BrowserJourney;
import org.zhengwu.browser.SignIn;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.document.InstructionIssued;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/**
 * In real Chromium: the office imports the water plan's tasks from the seed gazette and resolves
 * an unknown unit; the deputy reviews and the secretary-general approves (WR-71); a unit clerk
 * reports with an attachment, the lead unit consolidates, the office verifies, the
 * secretary-general closes it and a look-back is scheduled (WR-68); an instruction item goes
 * overdue and reaches the yellow step (WR-69).
 */
@IntegrationTest
class SupervisionJourneyTests extends BrowserJourney {

    static final String PASSWORD = "Journey-Pass-2022";
    @Autowired UserAccounts accounts;
    @Autowired DirectoryImport directory;
    @Autowired GazetteImporter importer;
    @Autowired GazettePublisher publisher;
    @Autowired GazetteLibrary library;
    @Autowired SupervisionLedger ledger;
    @Autowired SupervisedItemStore store;
    @Autowired Escalations escalations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    private void account(String name, Role role, String unit) {
        if (!accounts.exists(name)) {
            accounts.create(new NewAccount(name, name, PASSWORD, Set.of(role), unit == null ? null : new OrgUnitId(unit), null));
        }
    }

    private Page signedIn(String name) {
        var page = browser.newPage();
        SignIn.as(browser, page, name, PASSWORD);
        return page;
    }

    @Test
    @DisplayName("WR-67 WR-71 WR-68 WR-69 the ledger's journey from the water plan to the look-back, and an overdue item at yellow")
    void fromThePlanToTheLookBack() {
        clock.setDate(LocalDate.of(2022, 4, 6));
        var plan = SupervisionFixture.waterPlan(97, directory, importer, publisher, library);
        account("sv-j-office", Role.OFFICE_STAFF, "general-office");
        account("sv-j-deputy", Role.DEPUTY_SECRETARY_GENERAL, "general-office");
        account("sv-j-secgen", Role.SECRETARY_GENERAL, "general-office");
        account("sv-j-sthj", Role.CLERK, "sthjj");
        account("sv-j-zjj", Role.CLERK, "zjj");

        var office = signedIn("sv-j-office");
        office.navigate(browser.url("/supervision/import/" + plan));
        assertThat(office.locator("[data-testid='tasks']")).containsText("市住房城乡建设局");
        office.locator("[data-testid='unresolved'] label[data-name='各市直有关部门'] select").selectOption("sthjj");
        Browser.screenshot(office, "supervision-import-preview");
        office.locator("[data-testid='confirm-import']").click();
        assertThat(office.locator("[data-testid='ok']")).containsText("已新增");
        assertThat(office.locator("[data-testid='ledger']")).containsText("市城管局");
        Browser.screenshot(office, "supervision-ledger");

        var item = ledger.ofGazetteDocument(plan).stream().filter(i -> i.title().contains("建制镇生活污水")).findFirst()
                .orElseThrow();
        var itemUrl = browser.url("/supervision/items/" + item.id());
        var deputy = signedIn("sv-j-deputy");
        deputy.navigate(itemUrl);
        deputy.locator("[data-testid='review']").click();
        var secgen = signedIn("sv-j-secgen");
        secgen.navigate(itemUrl);
        secgen.locator("[data-testid='approve']").click();
        assertThat(secgen.locator("[data-testid='item-status']")).hasText("已立项");

        var sthj = signedIn("sv-j-sthj");
        sthj.navigate(itemUrl);
        var report = sthj.locator("[data-testid='report-form']");
        report.locator("textarea[name=text]").fill("已完成12个建制镇污水管网排查，问题清单已建立。");
        report.locator("input[name=percent]").fill("60");
        report.locator("input[type=file]").setInputFiles(new FilePayload("排查清单.txt", "text/plain",
                "建制镇污水管网排查清单".getBytes(StandardCharsets.UTF_8)));
        report.locator("button[type=submit]").click();
        assertThat(sthj.locator("[data-testid='reports']")).containsText("排查清单.txt");
        Browser.screenshot(sthj, "supervision-unit-report");

        var zjj = signedIn("sv-j-zjj");
        zjj.navigate(itemUrl);
        var consolidate = zjj.locator("[data-testid='consolidate-form']");
        consolidate.locator("textarea[name=text]").fill("牵头汇总：建制镇驻地生活污水直排现象已消除。");
        consolidate.locator("input[name=percent]").fill("100");
        consolidate.locator("button[type=submit]").click();
        assertThat(zjj.locator("[data-testid='item-status']")).hasText("已报送");

        office.navigate(itemUrl);
        office.locator("[data-testid='verify']").click();
        secgen.navigate(itemUrl);
        secgen.locator("[data-testid='close']").click();
        assertThat(secgen.locator("[data-testid='item-status']")).hasText("已销号");
        assertThat(secgen.locator("[data-testid='look-back']")).containsText("2022年");
        Browser.screenshot(secgen, "supervision-closed-look-back");

        var overdue = instructionDue(LocalDate.of(2022, 4, 13));
        clock.setDate(LocalDate.of(2022, 4, 14));
        escalations.fireDue();
        office.navigate(browser.url("/supervision/items/" + overdue));
        assertThat(office.locator("[data-testid='steps']")).containsText("黄牌警示");
        assertThat(office.locator("[data-testid='light']")).hasAttribute("data-light", "RED");
        Browser.screenshot(office, "supervision-overdue-yellow");
        office.navigate(browser.url("/supervision/dashboard"));
        Browser.screenshot(office, "supervision-dashboard");
        clock.reset();
    }

    @Autowired ManualItems manual;
    @Autowired ItemDesk desk;

    @Test
    @DisplayName("WR-70 WR-71 a unit's cross-department inspection waits for approval; an important item's field study is on its timeline")
    void fieldInspectionAndFieldStudy() {
        clock.setDate(LocalDate.of(2022, 4, 6));
        directory.load(new org.springframework.core.io.ClassPathResource("demo/directory.yaml"));
        account("sv-j-office", Role.OFFICE_STAFF, "general-office");
        account("sv-j-secgen", Role.SECRETARY_GENERAL, "general-office");
        account("sv-j-sthj", Role.CLERK, "sthjj");

        var sthj = signedIn("sv-j-sthj");
        sthj.navigate(browser.url("/supervision/inspections"));
        var form = sthj.locator("[data-testid='inspection-form']");
        form.locator("input[name=title]").fill("饮用水水源地保护实地督查");
        form.locator("select[name=scope]").selectOption(new String[] {"yanggu", "shenxian", "slj"});
        form.locator("input[name=from]").fill("2022-04-11");
        form.locator("input[name=to]").fill("2022-04-12");
        form.locator("input[name=crossDepartment]").check();
        form.locator("button[type=submit]").click();
        assertThat(sthj.locator("[data-testid='inspection-status']")).hasText("已申请");
        assertThat(sthj.locator("[data-testid='needs-approval']")).hasText("是");
        sthj.locator("[data-testid='start']").click();
        assertThat(sthj.locator("[data-testid='error']")).containsText("未经批准");
        var inspectionUrl = sthj.url();
        var secgen = signedIn("sv-j-secgen");
        secgen.navigate(inspectionUrl);
        secgen.locator("[data-testid='approve']").click();
        assertThat(secgen.locator("[data-testid='inspection-status']")).hasText("已批准");
        sthj.navigate(inspectionUrl);
        sthj.locator("[data-testid='start']").click();
        assertThat(sthj.locator("[data-testid='inspection-status']")).hasText("已开展");
        Browser.screenshot(sthj, "supervision-field-inspection");

        var id = org.zhengwu.platform.CurrentActor.runAs(SupervisionFixture.OFFICE, () -> manual.propose(
                new ManualItems.Propose("DEPLOYMENT", "金堤河省界断面水质提升", null, "sthjj", List.of("yanggu"),
                        LocalDate.of(2022, 6, 30), null)));
        org.zhengwu.platform.CurrentActor.runAs(SupervisionFixture.DEPUTY, () -> desk.review(id, null));
        org.zhengwu.platform.CurrentActor.runAs(SupervisionFixture.SECGEN, () -> desk.approve(id, null));
        var office = signedIn("sv-j-office");
        office.navigate(browser.url("/supervision/items/" + id));
        office.locator("[data-testid='mark-important']").click();
        assertThat(office.locator("[data-testid='important']")).isVisible();
        var study = office.locator("[data-testid='field-study-form']");
        study.locator("input[name=from]").fill("2022-04-01");
        study.locator("input[name=to]").fill("2022-04-01");
        study.locator("select[name=units]").selectOption(new String[] {"sthjj", "yanggu"});
        study.locator("input[name=places]").fill("阳谷县张秋闸");
        study.locator("textarea[name=findings]").fill("闸前断面水质稳定达到III类。");
        study.locator("input[type=file]").setInputFiles(new FilePayload("调研记录.txt", "text/plain",
                "张秋闸调研记录".getBytes(StandardCharsets.UTF_8)));
        study.locator("button[type=submit]").click();
        assertThat(office.locator("[data-testid='field-studies']")).containsText("阳谷县张秋闸");
        assertThat(office.locator("[data-testid='field-studies']")).containsText("调研记录.txt");
        assertThat(office.locator("[data-testid='timeline'] li[data-kind='STUDY']")).containsText("督查调研");
        Browser.screenshot(office, "supervision-field-study");
        clock.reset();
    }

    private String instructionDue(LocalDate due) {
        var id = "journey-" + java.util.UUID.randomUUID();
        var e = new InstructionIssued(id, "doc-" + id, "聊环发〔2022〕3号", "关于马颊河断面水质反弹情况的报告",
                InstructionIssued.Source.MUNICIPAL_LEADER, SupervisionFixture.MAYOR, "李长萍", "市长", null,
                "请市生态环境局会同市水利局查明原因，5个工作日内报结果。", LocalDate.of(2022, 4, 6), LocalDate.of(2022, 4, 6),
                false, new OrgUnitId("sthjj"), List.of(new OrgUnitId("slj")), 5, due, SupervisionFixture.MAYOR);
        tx.executeWithoutResult(s -> events.publishEvent(e));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.bySource(Source.INSTRUCTION, id).isPresent());
        return store.bySource(Source.INSTRUCTION, id).orElseThrow().id();
    }
}
