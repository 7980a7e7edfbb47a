package org.zhengwu.gazette.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.zhengwu.gazette.GazetteSearch;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches the public gazette of a data directory and prints the same JSON as
 * {@code GET /api/v1/gazette/search}. The index is brought up to date with the data first
 * (unless a running server holds it, which keeps it current itself).
 */
@Command(name = "search", description = "Search the public gazette; prints {\"total\": N, \"hits\": [...]} as JSON.")
class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "QUERY", description = "words, \"phrases\", document numbers, 第N条")
    String query;

    @Option(names = "--issuer", paramLabel = "ISSUER", description = "only this issuing authority")
    String issuer;

    @Option(names = "--year", paramLabel = "YEAR", description = "only issues of this year")
    String year;

    @Option(names = "--kind", paramLabel = "KIND", description = "only this kind (NOTICE, RULES, PLAN, …)")
    String kind;

    @Option(names = "--validity", paramLabel = "V", description = "IN_FORCE, NOT_YET_IN_FORCE, EXPIRED or REPEALED (today)")
    String validity;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date")
    String sort;

    @Option(names = "--page", paramLabel = "N", description = "page number, from 1")
    String page;

    @Option(names = "--size", paramLabel = "N", description = "hits per page, at most 50 (default 10)")
    String size;

    @Override
    public Integer call() {
        var request = SearchRequest.parse(query, issuer, year, kind, validity, sort, page, size);
        var json = Cli.withContext(data.path(), ctx -> ctx.getBean(JsonMapper.class)
                .writeValueAsString(ctx.getBean(GazetteSearch.class).search(request)));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(json);
        out.flush();
        return 0;
    }
}
