package org.zhengwu.document;

import java.util.List;
import tools.jackson.core.type.TypeReference;

/** Findings as stored with each submission (the Chinese message resolved when it was checked). */
final class FindingsJson {

    private FindingsJson() {
    }

    static String write(List<FindingView> findings) {
        return SubmissionJson.MAPPER.writeValueAsString(findings);
    }

    static List<FindingView> read(String json) {
        return SubmissionJson.MAPPER.readValue(json, new TypeReference<List<FindingView>>() { });
    }
}
