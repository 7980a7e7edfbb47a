package org.zhengwu.gazette.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.gazette.SeedGazette.document;
import static org.zhengwu.gazette.SeedGazette.parsed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.domain.model.Appointment;
import org.zhengwu.gazette.domain.model.Appointment.Action;
import org.zhengwu.gazette.domain.model.ChronicleEntry;
import org.zhengwu.gazette.domain.model.PlanItem;
import org.zhengwu.gazette.domain.model.PlanItem.Category;
import org.zhengwu.gazette.domain.model.Task;

/** The seed issue: tasks, plan items, appointments and the chronicle. */
class SeedExtractsTests {

    @Test
    @DisplayName("LG-1 five-year plan 18 + 10, 2022 plan 11 + 5, each with its drafting department and stage")
    void readsTheLegislationPlans() {
        var items = document("聊政办字〔2022〕7号").planItems();
        var fiveYear = items.stream().filter(i -> i.plan().contains("2022—2026")).toList();
        var year = items.stream().filter(i -> i.plan().contains("2022年立法工作计划")).toList();
        assertThat(count(fiveYear, Category.LOCAL_REGULATION)).isEqualTo(18);
        assertThat(count(fiveYear, Category.GOVERNMENT_RULE)).isEqualTo(10);
        assertThat(count(year, Category.LOCAL_REGULATION)).isEqualTo(11);
        assertThat(count(year, Category.GOVERNMENT_RULE)).isEqualTo(5);
        assertThat(items).allSatisfy(i -> assertThat(i.draftingDepartment()).isNotBlank().doesNotContain("："));
        assertThat(fiveYear).allSatisfy(i -> assertThat(i.stage()).isNull());
        assertThat(year).extracting(PlanItem::stage).containsOnly("年内提请审议", "调研起草", "年内完成");
        assertThat(year.stream().filter(i -> i.stage().equals("年内提请审议")).count()).isEqualTo(5);
        assertThat(year.stream().filter(i -> i.stage().equals("年内完成")).count()).isEqualTo(2);
        assertThat(fiveYear.get(2)).extracting(PlanItem::title, PlanItem::draftingDepartment)
                .containsExactly("聊城市12345热线条例", "市12345市民热线受理中心");
        assertThat(fiveYear.get(12).title()).isEqualTo("聊城市城镇容貌和环境卫生管理条例（修正）");
    }

    private static long count(List<PlanItem> items, Category category) {
        return items.stream().filter(i -> i.category() == category).count();
    }

    @Test
    @DisplayName("WA-task lead and responsible units, collective units kept whole, 2022年底前 → 2022-12-31")
    void readsTheWaterPlansTasks() {
        var tasks = document("聊政办字〔2022〕6号").tasks();
        assertThat(tasks).hasSize(21);
        var first = tasks.get(0);
        assertThat(first.leadUnits()).containsExactly("市住房城乡建设局", "市城管局");
        assertThat(first.responsibleUnits()).containsExactly("各县（市、区）人民政府", "市属开发区管委会");
        assertThat(first.text()).doesNotContain("牵头单位");
        var villages = tasks.stream().filter(t -> t.text().startsWith("巩固提升农村生活污水")).findFirst().orElseThrow();
        assertThat(villages.deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(villages.deadlineText()).isEqualTo("2022年底前");
        assertThat(villages.responsibleUnits()).containsExactly("市住房城乡建设局", "市农业农村局", "各县（市、区）人民政府", "市属开发区管委会");
        assertThat(tasks).allSatisfy(t -> assertThat(t.leadUnits()).isNotEmpty());
        assertThat(tasks).extracting(Task::eId).doesNotHaveDuplicates();
    }

    @Test
    void readsTheRuleOfLawPlansTasks() {
        var tasks = document("聊政办字〔2022〕9号").tasks();
        assertThat(tasks).hasSize(22);
        assertThat(tasks.get(0).leadUnits()).containsExactly("市政府办公室", "市司法局", "市教育体育局");
        assertThat(tasks.get(11).leadUnits()).isEmpty();
        assertThat(tasks.get(11).responsibleUnits()).containsExactly("市政府各部门", "各县（市、区）人民政府", "市属开发区管委会");
        assertThat(tasks.get(12).leadUnits()).hasSize(12).endsWith("市公安局");
        assertThat(tasks.get(20).deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(tasks.get(2).deadlineText()).isEqualTo("年内");
    }

    @Test
    @DisplayName("AP-1 聊政任〔2022〕9号: 2 appointments, 5 removals, despite the two-column merge")
    void readsTheFirstAppointmentNotice() {
        var list = document("聊政任〔2022〕9号").appointments();
        assertThat(list.stream().filter(a -> a.action() == Action.APPOINT)).hasSize(2);
        assertThat(list.stream().filter(a -> a.action() == Action.REMOVE)).hasSize(5);
        assertThat(list).contains(new Appointment(Action.APPOINT, "杜永", "聊城市人民政府国有资产监督管理委员会副主任", List.of("列副主任第一位")));
        assertThat(list).contains(new Appointment(Action.REMOVE, "陈玉庚", "聊城市工业和信息化局副局长", List.of()));
        assertThat(list).contains(new Appointment(Action.REMOVE, "贾秀云", "聊城市退役军人事务局副局长", List.of()));
        assertThat(document("聊政任〔2022〕9号").signedDate()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(document("聊政任〔2022〕9号").signer()).isEqualTo("聊城市人民政府");
    }

    @Test
    @DisplayName("AP-1 聊政任〔2022〕10号: 6 appointments, 8 removals, a line naming two posts gives two")
    void readsTheSecondAppointmentNotice() {
        var list = document("聊政任〔2022〕10号").appointments();
        assertThat(list.stream().filter(a -> a.action() == Action.APPOINT)).hasSize(6);
        assertThat(list.stream().filter(a -> a.action() == Action.REMOVE)).hasSize(8);
        assertThat(list.subList(0, 2)).containsExactly(
                new Appointment(Action.APPOINT, "郭志刚", "聊城市人民政府副秘书长", List.of("列杨国强之后")),
                new Appointment(Action.APPOINT, "郭志刚", "聊城高铁新区发展服务中心主任", List.of("试用期一年")));
        assertThat(list).contains(
                new Appointment(Action.REMOVE, "贾相云", "聊城市人民政府副秘书长", List.of()),
                new Appointment(Action.REMOVE, "贾相云", "聊城高铁新区发展服务中心副主任", List.of()));
    }

    @Test
    @DisplayName("CH-1 25 dated entries, △ takes the day before it")
    void readsTheChronicle() {
        var chronicle = parsed().documents().get(8).chronicle();
        assertThat(chronicle).hasSize(25);
        assertThat(chronicle).extracting(ChronicleEntry::date).doesNotContainNull().isSorted();
        assertThat(chronicle.subList(0, 3)).extracting(ChronicleEntry::date).containsOnly(LocalDate.of(2022, 3, 8));
        assertThat(chronicle.get(3).date()).isEqualTo(LocalDate.of(2022, 3, 9));
        assertThat(chronicle.get(3).text()).startsWith("全市就业工作电视会议");
        assertThat(chronicle.get(15).text()).contains("市政府秘书长贾鹏柱参加活动").doesNotStartWith("△");
        assertThat(chronicle.get(24).date()).isEqualTo(LocalDate.of(2022, 3, 31));
    }
}
