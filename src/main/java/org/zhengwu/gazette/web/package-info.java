/**
 * The gazette on the web: the public gazette database (OG-5a: issues by year, an issue's
 * catalogue, a document's page, cached and validated by ETag), its JSON export
 * ({@code /api/v1/gazette/…}), and the General Office's pages to import, set disclosure, publish
 * and record repeals ({@code /gazette/manage/…}).
 */
package org.zhengwu.gazette.web;
