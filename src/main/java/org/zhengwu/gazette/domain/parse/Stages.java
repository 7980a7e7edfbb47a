package org.zhengwu.gazette.domain.parse;

/**
 * The stage of a legislation plan item in short, from the heading it is listed under:
 * {@code 年内提请市人大常委会审议的重点立法项目（5件）} → {@code 年内提请审议},
 * {@code 抓紧调查研究、起草的立法项目} → {@code 调研起草}, {@code 年内完成的重点立法项目} → {@code 年内完成}.
 * A heading of no known form is kept, without its count.
 */
final class Stages {

    private Stages() {
    }

    static String shortForm(String heading) {
        var t = heading.replaceAll("[（(]\\s*\\d+\\s*件\\s*[）)]", "").strip();
        var within = t.contains("年内") ? "年内" : "";
        if (t.contains("提请") && t.contains("审议")) {
            return within + "提请审议";
        }
        if (t.contains("完成")) {
            return within + "完成";
        }
        if (t.contains("调研") || t.contains("调查研究") || t.contains("起草")) {
            return "调研起草";
        }
        if (t.contains("预备") || t.contains("储备")) {
            return "预备";
        }
        return t.replaceAll("的?(?:重点)?(?:立法)?项目$", "");
    }
}
