package org.zhengwu.gazette.domain.model;

/**
 * The kinds of structural unit, by the form of their number. Chinese legal texts nest
 * 编 › 章 › 节 › 条 › 款 › 项 › 目; plans and opinions nest 一、 › （一） › 1. › （1）.
 */
public enum UnitType {
    /** A text issued by the document (印发), or a listed attachment (附件). */
    ATTACHMENT("att"),
    /** 第一编. */
    PART("part"),
    /** 第一章. */
    CHAPTER("chp"),
    /** 第一节, or a top-level 一、 heading of a plan. */
    SECTION("sec"),
    /** 第一条. */
    ARTICLE("art"),
    /** An unnumbered paragraph (款, or prose). */
    PARAGRAPH("para"),
    /** （一）. */
    ITEM("item"),
    /** 1. */
    SUBITEM("subitem"),
    /** （1） or ①. */
    POINT("point");

    private final String eIdPrefix;

    UnitType(String eIdPrefix) {
        this.eIdPrefix = eIdPrefix;
    }

    /** The prefix of the unit's own part of an eId ({@code art} in {@code art_56}). */
    public String eIdPrefix() {
        return eIdPrefix;
    }

    /** The name in JSON: lower case ({@code article}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
