/** The directory's tables (schema {@code directory}), through {@code JdbcClient}; internal to the module. */
package org.zhengwu.directory.persistence;
