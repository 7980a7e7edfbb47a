package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Seed documents rendered once per test run, with and without a 版记. */
public final class RenderedSeed {

    public static final String WORK_RULES = "聊政发〔2022〕4号";
    public static final String RESCUE_RULES = "聊政办字〔2022〕8号";

    /** A 版记 as the General Office prints it. */
    public static final Colophon COLOPHON = new Colophon(List.of("市委各部门", "市人大常委会办公室", "市政协办公室"),
            "聊城市人民政府办公室", LocalDate.of(2022, 3, 8));

    private static final GazettePdf PDF = GazettePdf.standalone();
    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    private RenderedSeed() {
    }

    /** The document as the gazette publishes it: standard options. */
    public static byte[] pdf(String docNumber) {
        return RENDERED.computeIfAbsent(docNumber, n -> PDF.render(SeedGazette.document(n), RenderOptions.standard()));
    }

    /** The work rules with a 附注 and a 版记. */
    public static byte[] workRulesPrinted() {
        return RENDERED.computeIfAbsent("printed", n -> PDF.render(SeedGazette.document(WORK_RULES),
                RenderOptions.standard().withNote("此件公开发布").withColophon(COLOPHON)));
    }
}
