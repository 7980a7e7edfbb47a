package org.zhengwu.gazette.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.domain.model.UnitType;

/** Passes of the parser, each on its own. */
class PassesTests {

    private static List<Line> lines(String... texts) {
        var out = new ArrayList<Line>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Line(i + 1, texts[i], 0));
        }
        return out;
    }

    @Test
    void mendsAnUnfinishedLineWithTheOrphanAtTheTopOfTheNextColumn() {
        var mended = ColumnMend.mend(lines("务；", "甲乙的某局副局长职", "务；", "丙丁为某局局长；", "戊己的某局局长职"),
                AppointmentReader::startsSomething);
        assertThat(mended).extracting(Line::text)
                .containsExactly("甲乙的某局副局长职务；", "丙丁为某局局长；", "戊己的某局局长职务；");
    }

    @Test
    void joinsBrokenLinesButNotHeadings() {
        var joined = ParagraphJoiner.join(lines("一、总体要求", "坚持稳中求进。", "（一）研究协调本单位领导分工职责范围", "内的专题问题；",
                "第二条 本办法适用于", "全市。", "（二）其他事项。", "（牵头单位：某局）"), DocumentReader::startsUnit);
        assertThat(joined).extracting(Line::text).containsExactly("一、总体要求", "坚持稳中求进。",
                "（一）研究协调本单位领导分工职责范围内的专题问题；", "第二条 本办法适用于全市。", "（二）其他事项。（牵头单位：某局）");
    }

    @Test
    void recognisesNumberingForms() {
        assertThat(Numbering.of("第一百九十九条 内容").orElseThrow().value()).isEqualTo(199);
        assertThat(Numbering.of("第三章规定的程序适用于本条。")).isEmpty();
        assertThat(Numbering.of("（十二）事项").orElseThrow().type()).isEqualTo(UnitType.ITEM);
        assertThat(Numbering.of("3.事项").orElseThrow().type()).isEqualTo(UnitType.SUBITEM);
        assertThat(Numbering.of("1.5倍以上")).isEmpty();
        assertThat(Numbering.of("②事项").orElseThrow().value()).isEqualTo(2);
    }

    @Test
    void readsBothFormsOfLeadAnnotation() {
        var labelled = UnitAnnotation.of("任务内容。（牵头单位：甲局、乙局；责任单位：各县（市、区）人民政府，丙委）").orElseThrow();
        assertThat(labelled.lead()).containsExactly("甲局", "乙局");
        assertThat(labelled.responsible()).containsExactly("各县（市、区）人民政府", "丙委");
        assertThat(labelled.taskText()).isEqualTo("任务内容。");
        var listed = UnitAnnotation.of("任务内容。（甲部、乙部负责。列第一位者为牵头单位，下同）").orElseThrow();
        assertThat(listed.lead()).containsExactly("甲部");
        assertThat(listed.responsible()).containsExactly("乙部");
        assertThat(UnitAnnotation.of("任务内容（试行）。")).isEmpty();
    }

    @Test
    void keepsQualifiersWithThePostTheyFollow() {
        var q = Qualifiers.of("某市人民政府副秘书长（列某某之后）");
        assertThat(q.post()).isEqualTo("某市人民政府副秘书长");
        assertThat(q.qualifiers()).containsExactly("列某某之后");
    }

    @Test
    void shortensLegislationStages() {
        assertThat(Stages.shortForm("年内提请市人大常委会审议的重点立法项目（5件）")).isEqualTo("年内提请审议");
        assertThat(Stages.shortForm("抓紧调查研究、起草的立法项目（6件）")).isEqualTo("调研起草");
        assertThat(Stages.shortForm("年内完成的重点立法项目（2件）")).isEqualTo("年内完成");
    }

    @Test
    void reportsTextBeforeTheFirstDocumentOfATextWithoutIssue() {
        var parsed = new GazetteParser().parse("无关的一行\n某某县人民政府\n关于某事的通知\n某县发〔2020〕1号\n各乡镇：\n现通知如下。\n");
        assertThat(parsed.documents()).hasSize(1);
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("无关的一行");
        });
    }
}
