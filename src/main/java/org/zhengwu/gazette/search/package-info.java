/**
 * The gazette's full-text index (Lucene, smartcn): one index document per article-level unit of
 * a public document and one for its head, kept in step with publication by
 * {@link org.zhengwu.gazette.search.IndexFollower}; searched through
 * {@link org.zhengwu.gazette.GazetteSearch}.
 */
package org.zhengwu.gazette.search;
