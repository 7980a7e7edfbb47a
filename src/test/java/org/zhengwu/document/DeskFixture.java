package org.zhengwu.document;

import java.util.Set;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/** A test government's people as actors of the documents desk, and submissions from its department. */
final class DeskFixture {

    final TestGovernment gov;

    DeskFixture(TestGovernment gov) {
        this.gov = gov;
    }

    Actor clerk() {
        return new Actor(gov.prefix + "-clerk", "环境局办文员", Set.of(Role.CLERK), gov.unit("dept"), null);
    }

    Actor otherClerk() {
        return new Actor(gov.prefix + "-other-clerk", "他局办文员", Set.of(Role.CLERK), gov.unit("office"), null);
    }

    Actor office() {
        return gov.office();
    }

    Actor leader(String key) {
        return gov.leader(key, Role.VICE_MAYOR);
    }

    String unitName() {
        return gov.prefix + "测试市生态环境局";
    }

    String headName() {
        return "辛局长" + gov.prefix;
    }

    /** A request from the department, with the given matters (JSON array items) and extra fields. */
    String request(String matters, String extra) {
        return """
                {"kind": "REQUEST", "title": "%s关于申请城区雨污分流改造资金的请示", "docNumber": "聊环发〔2022〕12号",
                 "signer": "%s", "issuingUnits": ["%s"], "mainRecipients": ["%s测试市人民政府"],
                 "matters": [%s], "issueDate": "2022-03-30", "contactName": "李四", "contactPhone": "0635-8888888",
                 "disclosure": "PROACTIVE", "body": "妥否，请批示。"%s}
                """.formatted(unitName(), headName(), unitName(), gov.prefix, matters, extra);
    }
}
