package org.zhengwu.document.cli;

import java.util.LinkedHashMap;
import org.zhengwu.document.IntakeReport;
import tools.jackson.databind.json.JsonMapper;

/** The command's output: {@code {"outcome", "findings": [{rule, severity, field, message}], "replyDue"}}. */
final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    static String write(IntakeReport report) {
        var out = new LinkedHashMap<String, Object>();
        out.put("outcome", report.outcome());
        out.put("findings", report.findings());
        out.put("replyDue", report.replyDue() == null ? null : report.replyDue().toString());
        return MAPPER.writeValueAsString(out);
    }
}
