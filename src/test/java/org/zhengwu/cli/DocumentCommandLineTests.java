package org.zhengwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./zhengwu document check FILE}: the intake checks at the command line, on a data directory of its own. */
class DocumentCommandLineTests extends CommandLineTestSupport {

    @TempDir
    static Path data;
    @TempDir
    static Path files;

    static final String TWO_MATTERS = """
            {"kind": "REQUEST", "title": "市生态环境局关于申请雨污分流改造资金和增加编制的请示",
             "docNumber": "聊环发〔2022〕12号", "signer": "张三", "issuingUnits": ["聊城市生态环境局"],
             "mainRecipients": ["聊城市人民政府"], "matters": ["申请雨污分流改造资金", "申请增加编制"],
             "issueDate": "2022-03-30", "submittedDate": "2022-03-31", "contactName": "李四",
             "contactPhone": "0635-8888888", "urgent": false, "disclosure": "PROACTIVE", "body": "妥否，请批示。"}
            """;

    @Test
    @DisplayName("WR-56.4 document check: 一文多事 is RETURNED, exit 0, JSON with the finding")
    void checksAJsonSubmissionAndPrintsTheOutcome() throws IOException {
        var file = Files.writeString(files.resolve("request.json"), TWO_MATTERS);
        assertThat(ZhengwuCliAccess.run("document", "check", file.toString(), "--data", data.toString())).as(() -> err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        var json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("outcome").asString()).isEqualTo("RETURNED");
        assertThat(json.get("replyDue").isNull()).isTrue();
        var wr564 = json.get("findings").valueStream().filter(f -> f.get("rule").asString().equals("WR-56.4")).toList();
        assertThat(wr564).hasSize(1);
        assertThat(wr564.getFirst().get("severity").asString()).isEqualTo("RETURN");
        assertThat(wr564.getFirst().get("field").asString()).isEqualTo("matters");
        assertThat(wr564.getFirst().get("message").asString()).contains("一文一事");
    }

    @Test
    void checksATextDocumentAfterReadingItsFields() throws IOException {
        var text = """
                聊城市生态环境局
                聊环函〔2022〕3号
                聊城市生态环境局关于城区雨污分流改造有关情况的便函
                聊城市人民政府：
                现将有关情况函告如下。
                聊城市生态环境局
                2022年3月30日
                （联系人：李四，联系电话：0635-8888888）
                """;
        var file = Files.writeString(files.resolve("letter.txt"), text);
        assertThat(ZhengwuCliAccess.run("document", "check", file.toString(), "--data", data.toString())).as(() -> err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        var json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("outcome").asString()).isEqualTo("RETURNED");
        assertThat(json.get("findings").valueStream().map(f -> f.get("rule").asString() + " " + f.get("field").asString()))
                .contains("WR-56.2 kind");
    }

    @Test
    void unreadableInputExitsTwoWithOneLine() throws IOException {
        var broken = Files.writeString(files.resolve("broken.json"), "{\"kind\": \"REQUEST\", ");
        var badDate = Files.writeString(files.resolve("date.json"), "{\"kind\": \"REQUEST\", \"issueDate\": \"30 March\"}");
        var seen = new StringBuilder();
        for (var file : new Path[] {broken, badDate, files.resolve("missing.json")}) {
            err.reset();
            assertThat(ZhengwuCliAccess.run("document", "check", file.toString(), "--data", data.toString()))
                    .as(file.toString()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1).doesNotContain("Exception");
            seen.append(err.toString(StandardCharsets.UTF_8));
        }
        assertThat(seen).contains("issueDate: ").contains("FILE: ");
        assertThat(out.size()).isZero();
    }
}
