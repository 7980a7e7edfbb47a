package org.zhengwu.gazette.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenSearch over HTTP for the benchmarks: an index of the same pieces with its {@code cjk}
 * analyser and offsets, bulk-loaded; a search is a query_string query, top 10, highlighted.
 */
public final class OpenSearchEngine {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final StringBuilder bulk = new StringBuilder();
    private int pending;

    public OpenSearchEngine(String base) {
        this.base = base;
    }

    public void createIndex() throws IOException, InterruptedException {
        send("DELETE", "/gazette", null);
        var mapping = """
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1"},
                 "mappings": {"properties": {
                   "documentId": {"type": "keyword"}, "docNumber": {"type": "keyword"},
                   "title": {"type": "keyword", "index": false}, "eId": {"type": "keyword", "index": false},
                   "text": {"type": "text", "analyzer": "cjk", "index_options": "offsets"}}}}""";
        check(send("PUT", "/gazette", mapping));
    }

    public void add(org.zhengwu.gazette.PublicDocument d) throws IOException, InterruptedException {
        for (var doc : RawLucene.documents(d)) {
            ObjectNode source = JSON.createObjectNode();
            doc.getFields().forEach(f -> source.put(f.name(), f.stringValue()));
            bulk.append("{\"index\":{}}\n").append(JSON.writeValueAsString(source)).append('\n');
            pending++;
        }
        if (pending >= 5000) {
            flush();
        }
    }

    public void flush() throws IOException, InterruptedException {
        if (pending > 0) {
            var r = send("POST", "/gazette/_bulk", bulk.toString());
            check(r);
            if (r.body().contains("\"errors\":true")) {
                throw new IllegalStateException("bulk errors: " + r.body().substring(0, Math.min(500, r.body().length())));
            }
            bulk.setLength(0);
            pending = 0;
        }
    }

    public void refresh() throws IOException, InterruptedException {
        flush();
        check(send("PUT", "/gazette/_settings", "{\"index\": {\"refresh_interval\": \"1s\"}}"));
        check(send("POST", "/gazette/_refresh", null));
        check(send("POST", "/gazette/_forcemerge?max_num_segments=1", null));
    }

    /** Top 10 with snippets; returns the number of hits fetched. */
    public int search(String text) throws IOException, InterruptedException {
        var body = JSON.createObjectNode();
        body.put("size", 10);
        body.putObject("query").putObject("query_string").put("query", text).put("default_field", "text")
                .put("lenient", true);
        var highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        highlight.put("encoder", "html");
        highlight.putObject("fields").putObject("text").put("number_of_fragments", 2);
        body.putArray("_source").add("documentId").add("docNumber").add("title").add("eId");
        var r = send("POST", "/gazette/_search", JSON.writeValueAsString(body));
        check(r);
        return JSON.readTree(r.body()).get("hits").get("hits").size();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }
}
