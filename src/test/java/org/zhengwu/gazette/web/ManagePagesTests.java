package org.zhengwu.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.IssueStatus;
import org.zhengwu.gazette.TestIssues;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/** The General Office's gazette pages and import API: uploads, refusals, disclosure, publishing. */
@IntegrationTest
class ManagePagesTests {

    static final Actor OFFICE = new Actor("gazette-office", "公报编辑", Set.of(Role.OFFICE_STAFF), null, null);
    static final byte[] SIXTY_MB = new byte[60 * 1024 * 1024];

    @Autowired
    MockMvc mvc;
    @Autowired
    GazetteLibrary library;

    static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "issue.txt", "text/plain", bytes);
    }

    @Test
    @DisplayName("OG-5a the General Office uploads an issue, sets a disclosure and publishes it")
    void uploadsAndPublishes() throws Exception {
        mvc.perform(multipart("/gazette/manage").file(file(TestIssues.seedAs(51))).with(csrf()).with(as(OFFICE)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/gazette/manage/issues/*"));
        var issue = library.issues().stream().filter(i -> i.number() == 51).findFirst().orElseThrow();
        assertThat(issue.documents()).isEqualTo(9);
        var doc = library.issue(issue.id()).orElseThrow().documents().get(6);
        mvc.perform(get("/gazette/manage/issues/" + issue.id()).with(as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"documents\"")))
                .andExpect(content().string(containsString(doc.title())));
        mvc.perform(post("/gazette/manage/documents/" + doc.id() + "/disclosure").param("disclosure", "WITHHELD")
                .param("reason", "涉及个人信息").with(csrf()).with(as(OFFICE))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/gazette/manage/issues/" + issue.id() + "/publish").with(csrf()).with(as(OFFICE)))
                .andExpect(status().is3xxRedirection());
        var published = library.issue(issue.id()).orElseThrow();
        assertThat(published.issue().status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(published.documents().get(6).disclosure()).isEqualTo(Disclosure.WITHHELD);
        mvc.perform(get("/gazette/manage/documents/" + doc.id()).with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("预览")));
    }

    @Test
    @DisplayName("WR-33 依申请公开 without a reason is refused with the rule on the page")
    void refusesOnRequestWithoutAReason() throws Exception {
        mvc.perform(multipart("/gazette/manage").file(file(TestIssues.seedAs(52))).with(csrf()).with(as(OFFICE)));
        var issue = library.issues().stream().filter(i -> i.number() == 52).findFirst().orElseThrow();
        var doc = library.issue(issue.id()).orElseThrow().documents().get(1);
        mvc.perform(post("/gazette/manage/documents/" + doc.id() + "/disclosure").param("disclosure", "ON_REQUEST")
                        .with(csrf()).with(as(OFFICE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("须说明理由")))
                .andExpect(content().string(containsString("WR-33")));
        assertThat(library.issue(issue.id()).orElseThrow().documents().get(1).disclosure()).isEqualTo(Disclosure.PROACTIVE);
    }

    @Test
    @DisplayName("an upload without the CSRF token is refused")
    void uploadNeedsTheCsrfToken() throws Exception {
        mvc.perform(multipart("/gazette/manage").file(file(TestIssues.seedAs(53))).with(as(OFFICE)))
                .andExpect(status().isForbidden());
        assertThat(library.issues()).noneMatch(i -> i.number() == 53);
    }

    @Test
    @DisplayName("empty, binary and document-less uploads are 400 with a Chinese message; 60 MB is 413; nothing is stored")
    void badUploadsOnThePage() throws Exception {
        int before = library.issues().size();
        for (var bytes : List.of(new byte[0], new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7},
                TestIssues.bytes("hello world\nnothing official here\n"))) {
            mvc.perform(multipart("/gazette/manage").file(file(bytes)).with(csrf()).with(as(OFFICE)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("data-testid=\"upload-error\"")));
        }
        mvc.perform(multipart("/gazette/manage").file(file(SIXTY_MB)).with(csrf()).with(as(OFFICE)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("不得超过 50 MB")));
        assertThat(library.issues()).hasSize(before);
    }

    @Test
    @DisplayName("the import API: 201 with the issue, problem+json naming the field file for bad files, 413 for 60 MB")
    void importApi() throws Exception {
        int before = library.issues().size();
        for (var bytes : List.of(new byte[0], new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7},
                TestIssues.bytes("hello world\nnothing official here\n"))) {
            mvc.perform(multipart("/api/v1/gazette/issues").file(file(bytes)).with(csrf()).with(as(OFFICE)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.field").value("file"));
        }
        mvc.perform(multipart("/api/v1/gazette/issues").file(file(SIXTY_MB)).with(csrf()).with(as(OFFICE)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.field").value("file"));
        assertThat(library.issues()).hasSize(before);
        mvc.perform(multipart("/api/v1/gazette/issues").file(file(TestIssues.seedAs(54))).with(csrf()).with(as(OFFICE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("STORED"))
                .andExpect(jsonPath("$.issue.documents").value(9));
        mvc.perform(multipart("/api/v1/gazette/issues").file(file(TestIssues.seedAs(54))).with(csrf()).with(as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("UNCHANGED"))
                .andExpect(jsonPath("$.issue.title", startsWith("聊城市人民政府公报")));
    }
}
