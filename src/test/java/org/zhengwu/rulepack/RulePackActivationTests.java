package org.zhengwu.rulepack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.ZhengwuApplication;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;

@IntegrationTest
class RulePackActivationTests {

    @Autowired MockMvc mvc;
    @Autowired RulePacks packs;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @Test
    void thePackInForceIsRecordedAndItsActivationAudited() {
        var recorded = jdbc.sql("SELECT sha256 FROM rulepack.activation WHERE pack_id = 'liaocheng-2022' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(recorded).isEqualTo(packs.sha256());
        assertThat(audit.search(new AuditQuery(null, "rulepack.activated", "rulepack", "liaocheng-2022", null, 5))).isNotEmpty();
    }

    @Test
    void everyPageFooterAndActuatorInfoNameThePack() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.containsString("liaocheng-2022")));
        mvc.perform(get("/actuator/info"))
                .andExpect(jsonPath("$.rulepack.id").value("liaocheng-2022"))
                .andExpect(jsonPath("$.rulepack.version").value("1.0.0"));
    }

    @Test
    void aBadPackStopsStartUpNamingTheKey(@TempDir Path dir) throws Exception {
        var bad = Files.writeString(dir.resolve("bad.yaml"), RulePackReaderTests.shipped().replace("special: 10", "special: 0"));
        assertThatThrownBy(() -> new SpringApplicationBuilder(ZhengwuApplication.class)
                .web(WebApplicationType.NONE)
                .run("--zhengwu.rulepack.location=file:" + bad, "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:h2:mem:badpack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--db-scheduler.enabled=false", "--logging.level.root=OFF"))
                .hasRootCauseInstanceOf(RulePackInvalid.class)
                .satisfies(e -> {
                    var cause = (RulePackInvalid) rootCause(e);
                    var analysis = new RulePackFailureAnalyzer().analyze(e);
                    assertThat(cause.problems()).extracting(RulePackInvalid.Problem::key).contains("replyLimits.special");
                    assertThat(analysis.getDescription()).contains("replyLimits.special");
                });
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
