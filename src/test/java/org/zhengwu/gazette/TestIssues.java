package org.zhengwu.gazette;

import java.nio.charset.StandardCharsets;

/**
 * The seed issue under other numbers: every test class imports its own issue (the tests share
 * one database), so none depends on what another stored.
 */
public final class TestIssues {

    public static final String FILE_NAME = "liaocheng-2022-03.txt";

    private TestIssues() {
    }

    /** The seed's text as 2022年第{number}期（总第{900 + number}期）. */
    public static String seedTextAs(int number) {
        return SeedGazette.text().replace("第3期", "第" + number + "期").replace("总第228期", "总第" + (900 + number) + "期");
    }

    public static byte[] seedAs(int number) {
        return seedTextAs(number).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
