/** The directory's pages ({@code /directory/**}), REST API ({@code /api/v1/directory/**}) and access rules. */
package org.zhengwu.directory.web;
