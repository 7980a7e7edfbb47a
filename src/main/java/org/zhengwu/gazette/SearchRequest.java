package org.zhengwu.gazette;

import java.util.Locale;
import org.zhengwu.kernel.UserError;

/**
 * A search of the public gazette: the words, the filters, the order and the page.
 *
 * @param query    words, "quoted phrases", document numbers (any bracket spelling), 第N条
 * @param issuer   only documents of this issuing authority, null for any
 * @param year     only documents of this year's issues, null for any
 * @param kind     only documents of this kind ({@code RULES}, {@code NOTICE}, …; a notice matches the kind it issues too)
 * @param validity only documents of this validity today, null for any
 * @param page     from 1; {@code size} hits a page, at most {@link #MAX_SIZE}
 */
public record SearchRequest(String query, String issuer, Integer year, String kind, Validity validity,
        Order order, int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    /** The deepest hit a search reaches (page × size). */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_QUERY_LENGTH = 200;

    /** By relevance (BM25), or newest first (signing date). */
    public enum Order { RELEVANCE, DATE }

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new UserError("gazette.search.query-required", "q");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new UserError("gazette.search.query-too-long", "q", MAX_QUERY_LENGTH);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new UserError("gazette.search.bad-size", "size", MAX_SIZE);
        }
        if (page < 1 || (long) page * size > MAX_DEPTH) {
            throw new UserError("gazette.search.bad-page", "page", MAX_DEPTH / size);
        }
        query = query.strip();
        issuer = blankToNull(issuer);
        kind = blankToNull(kind) == null ? null : kind.strip().toUpperCase(Locale.ROOT);
        order = order == null ? Order.RELEVANCE : order;
    }

    /** The first page of the most relevant hits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, Order.RELEVANCE, 1, DEFAULT_SIZE);
    }

    /** A request from text as typed in a form, a URL or a command line; each bad value is refused naming its field. */
    public static SearchRequest parse(String query, String issuer, String year, String kind, String validity,
            String sort, String page, String size) {
        return new SearchRequest(query, issuer, number(year, "year", 1949, 9999), kind, validity(validity),
                order(sort), orDefault(number(page, "page", 1, MAX_DEPTH), 1),
                orDefault(number(size, "size", 1, MAX_SIZE), DEFAULT_SIZE));
    }

    private static Integer number(String text, String field, int min, int max) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the field
        }
        // the bounds as text: a number argument would be written with a grouping comma (a year as 1,949)
        throw new UserError("gazette.search.bad-number", field, text, Integer.toString(min), Integer.toString(max));
    }

    private static Validity validity(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return Validity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("gazette.search.bad-validity", "validity", text);
        }
    }

    private static Order order(String text) {
        if (blankToNull(text) == null) {
            return Order.RELEVANCE;
        }
        try {
            return Order.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("gazette.search.bad-sort", "sort", text);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
