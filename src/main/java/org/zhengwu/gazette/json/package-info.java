/** The gazette's JSON form: the parse format of {@code ./zhengwu gazette parse} and of exports. */
package org.zhengwu.gazette.json;
