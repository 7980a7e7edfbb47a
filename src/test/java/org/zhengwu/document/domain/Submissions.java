package org.zhengwu.document.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhengwu.document.domain.AttachmentRef.AttachmentKind;
import org.zhengwu.document.domain.IntakeFacts.SignerStatus;

/** A clean request that passes every check, and the rules and facts the checks run with. */
final class Submissions {

    private Submissions() {
    }

    static final IntakeRules RULES = new IntakeRules(List.of("妥否，请批示", "请予批准"), List.of("汇报", "说明"),
            List.of("白头文件", "呈阅件", "便函"), 3, List.of("FUNDS", "LAND", "PROJECT", "PLANNING"),
            AttachmentKind.MAJOR_DECISION_REPORT, List.of("市长", "副市长", "秘书长"),
            List.of(new IntakeRules.PersonalException("CLASSIFIED", "涉密事项"),
                    new IntakeRules.PersonalException("MAJOR_EMERGENCY", "重大突发事件")),
            Map.of("聊城市生态环境局", List.of("排污许可证核发")), Map.of("聊城市水务集团", "聊城市水利局"),
            List.of("突破现行政策"), 3, 3, 5, "聊城市人民政府办公室", 20L * 1024 * 1024);

    static final IntakeFacts FACTS = new IntakeFacts(1, SignerStatus.HEAD, "张三",
            List.of(List.of("聊城市生态环境局", "市生态环境局")), true, List.of(), List.of("李长萍", "王峰"));

    static Submission request() {
        return new Submission("REQUEST", "市生态环境局关于申请城区雨污分流改造资金的请示", "聊环发〔2022〕12号", "张三",
                List.of("聊城市生态环境局"), List.of("聊城市人民政府"), List.of(), List.of("申请城区雨污分流改造资金"),
                List.of(), null, LocalDate.of(2022, 3, 30), LocalDate.of(2022, 3, 31), "李四", "0635-8888888", false,
                null, null, "PROACTIVE", null, List.of(), null, List.of(), List.of(), List.of(), "妥否，请批示。");
    }
}
