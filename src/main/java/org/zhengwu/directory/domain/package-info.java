/** The directory's rules as plain Java, testable without Spring: name matching, the WR-8 chain, WR-76 checks. */
package org.zhengwu.directory.domain;
