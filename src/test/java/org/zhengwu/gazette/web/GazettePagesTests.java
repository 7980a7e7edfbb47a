package org.zhengwu.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.gazette.GazetteDocument;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.TestIssues;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.json.GazetteJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The public gazette database (OG-5a): only what is published and public, cached and validated. */
@IntegrationTest
class GazettePagesTests {

    static final int PUBLISHED = 71;
    static final int DRAFT = 72;

    @Autowired
    MockMvc mvc;
    @Autowired
    GazetteImporter importer;
    @Autowired
    GazettePublisher publisher;
    @Autowired
    GazetteLibrary library;

    List<GazetteDocument> docs;
    List<GazetteDocument> drafts;

    @BeforeEach
    void publishedAndDraftIssues() {
        var issue = importer.importFile(TestIssues.seedAs(PUBLISHED), TestIssues.FILE_NAME).issue();
        docs = library.issue(issue.id()).orElseThrow().documents();
        if (!issue.isPublished()) {
            publisher.setDisclosure(docs.get(6).id(), Disclosure.WITHHELD, "涉及个人信息", false);
            publisher.publish(issue.id());
            docs = library.issue(issue.id()).orElseThrow().documents();
        }
        var draft = importer.importFile(TestIssues.seedAs(DRAFT), TestIssues.FILE_NAME).issue();
        drafts = library.issue(draft.id()).orElseThrow().documents();
    }

    @Test
    @DisplayName("OG-5a the gazette lists published issues by year, not drafts")
    void listsPublishedIssuesByYear() throws Exception {
        mvc.perform(get("/gazette"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2022年第71期（总第971期）")))
                .andExpect(content().string(containsString("href=\"/gazette/2022/71\"")))
                .andExpect(content().string(not(containsString("2022年第72期"))));
    }

    @Test
    @DisplayName("OG-5a an issue shows its catalogue by section, linking each public document")
    void showsTheCatalogue() throws Exception {
        mvc.perform(get("/gazette/2022/71"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"toc\"")))
                .andExpect(content().string(containsString("市政府办公室文件")))
                .andExpect(content().string(containsString("/gazette/documents/" + docs.get(4).id())))
                .andExpect(content().string(containsString("关于印发聊城市市级专业应急救援队伍建设管理实施细则的通知")))
                .andExpect(content().string(not(containsString(docs.get(6).id()))))
                .andExpect(content().string(not(containsString("关于任免李强等工作人员职务的通知"))));
    }

    @Test
    @DisplayName("OG-5a a HEAD request for a public page answers as GET does, without credentials")
    void answersHead() throws Exception {
        mvc.perform(head("/gazette/documents/" + docs.get(4).id())).andExpect(status().isOk())
                .andExpect(header().exists("ETag"));
        mvc.perform(head("/gazette/2022/71")).andExpect(status().isOk());
        mvc.perform(head("/gazette/documents/" + docs.get(6).id())).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("WR-62 a public document downloads as a GB/T 9704 PDF; a withheld one does not")
    void downloadsAPublicDocumentAsPdf() throws Exception {
        var rescue = docs.get(4);
        var pdf = mvc.perform(get("/gazette/documents/" + rescue.id() + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("聊政办字〔2022〕8号").contains("第十九条");
        }
        mvc.perform(get("/gazette/documents/" + docs.get(6).id() + ".pdf")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("OG-5a a document page has the metadata block, a table of contents and an anchor on every article")
    void showsADocument() throws Exception {
        var rescue = docs.get(4);
        var article19 = library.view(rescue.id()).orElseThrow().units().stream()
                .filter(u -> "第十九条".equals(u.num())).findFirst().orElseThrow();
        mvc.perform(get("/gazette/documents/" + rescue.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("聊政办字/2022-00008")))
                .andExpect(content().string(containsString("聊城市人民政府办公室")))
                .andExpect(content().string(containsString("2022-03-23")))
                .andExpect(content().string(containsString("现行有效")))
                .andExpect(content().string(containsString("id=\"" + article19.eId() + "\"")))
                .andExpect(content().string(containsString("href=\"#" + article19.eId() + "\"")))
                .andExpect(content().string(containsString("48学时")));
    }

    @Test
    @DisplayName("OG-5a withheld documents and drafts are 404 to the public, on pages and in the API")
    void nonPublicDocumentsAreNotFound() throws Exception {
        for (var path : List.of("/gazette/documents/" + docs.get(6).id(), "/gazette/documents/" + drafts.getFirst().id(),
                "/gazette/2022/72", "/api/v1/gazette/documents/" + docs.get(6).id(),
                "/api/v1/gazette/documents/" + drafts.getFirst().id(), "/api/v1/gazette/issues/2022/72")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    @DisplayName("published pages carry an ETag, answer If-None-Match with 304, may be cached, open no session")
    void publishedPagesAreValidatedByETag() throws Exception {
        for (var path : List.of("/gazette", "/gazette/2022/71", "/gazette/documents/" + docs.getFirst().id())) {
            var first = mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "public, max-age=300"))
                    .andExpect(header().doesNotExist("Set-Cookie")).andReturn();
            var etag = first.getResponse().getHeader("ETag");
            assertThat(first.getRequest().getSession(false)).isNull();
            assertThat(etag).isNotBlank();
            mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
            mvc.perform(get(path).header("If-None-Match", "\"other\"")).andExpect(status().isOk());
        }
    }

    @Test
    @DisplayName("the JSON export of a document is its parse, with its id, validity and errata added")
    void exportsTheParseFormat() throws Exception {
        var rules = docs.getFirst();
        var body = mvc.perform(get("/api/v1/gazette/documents/" + rules.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var json = (ObjectNode) JsonMapper.builder().build().readTree(body);
        assertThat(json.get("id").asString()).isEqualTo(rules.id());
        assertThat(json.get("validity").asString()).isEqualTo("IN_FORCE");
        json.remove(List.of("id", "validity", "errata"));
        var parsed = new GazetteParser().parse(TestIssues.seedTextAs(PUBLISHED)).documents().getFirst();
        assertThat(json).isEqualTo(GazetteJson.tree(parsed));
    }

    @Test
    @DisplayName("the JSON export of an issue holds its public documents and their catalogue entries")
    void exportsAnIssue() throws Exception {
        var body = mvc.perform(get("/api/v1/gazette/issues/2022/71")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var json = JsonMapper.builder().build().readTree(body);
        assertThat(json.get("issue").get("serial").asInt()).isEqualTo(971);
        assertThat(json.get("documents")).hasSize(8);
        assertThat(json.get("toc")).hasSize(8);
        assertThat(json.get("documents").get(6).get("docNumber").asString()).isEqualTo("聊政任〔2022〕10号");
    }
}
