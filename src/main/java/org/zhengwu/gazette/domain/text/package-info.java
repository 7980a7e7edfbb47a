/**
 * Recognisers for the written forms of Chinese official texts, each testable alone: numerals
 * (一百九十九, 二〇〇四), dates (2022年3月8日, 二〇〇四年六月二十六日), deadlines (2022年底前),
 * line cleaning, punctuation classes. Forms only: no name of any place, unit or person.
 */
package org.zhengwu.gazette.domain.text;
