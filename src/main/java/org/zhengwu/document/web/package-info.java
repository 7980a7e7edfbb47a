/**
 * The documents desk on the web: the REST API under {@code /api/v1/documents} and the pages under
 * {@code /documents} (the clerk's form with findings beside the fields, the 退文 notice, the
 * General Office's desk, the leader's decision and instruction forms, the document's timeline).
 */
package org.zhengwu.document.web;
