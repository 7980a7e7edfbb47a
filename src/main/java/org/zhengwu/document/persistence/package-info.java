/** The documents desk's tables (schema {@code document}), through {@code JdbcClient}. */
package org.zhengwu.document.persistence;
