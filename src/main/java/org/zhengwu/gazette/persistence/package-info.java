/**
 * The gazette's tables (schema {@code gazette}) through {@code JdbcClient}: issues, revisions
 * with their files and differences, documents with units and extracted items, the catalogue,
 * amendments. Stores write and read rows only; the rules live in the module's services.
 */
package org.zhengwu.gazette.persistence;
