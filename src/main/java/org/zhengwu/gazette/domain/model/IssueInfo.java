package org.zhengwu.gazette.domain.model;

/**
 * The issue of a gazette: {@code 聊城市人民政府公报 2022年第3期（总第228期）}.
 *
 * @param title  the gazette's name, ending in 公报
 * @param year   the year of the issue, 0 when the text does not give it
 * @param number the number of the issue in its year (第3期)
 * @param serial the running number over all years (总第228期), null when not printed
 */
public record IssueInfo(String title, int year, int number, Integer serial) {
}
