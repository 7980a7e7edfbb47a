package org.zhengwu.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTests {

    @Test
    void marksTheLongestTermAndEscapesEverythingElse() {
        var marks = new Highlights(List.of("应急", "应急救援", "48"));
        assertThat(marks.html("<p>应急救援队 48 学时&</p>"))
                .isEqualTo("&lt;p&gt;<mark>应急救援</mark>队 <mark>48</mark> 学时&amp;&lt;/p&gt;");
    }

    @Test
    void wordsThatFollowOneAnotherAreOneMark() {
        assertThat(new Highlights(List.of("应急", "救援")).html("专业应急救援队伍")).isEqualTo("专业<mark>应急救援</mark>队伍");
    }

    @Test
    void withoutTermsOnlyEscapes() {
        assertThat(Highlights.none().html("a<b")).isEqualTo("a&lt;b");
        assertThat(Highlights.none().html(null)).isEmpty();
        assertThat(Highlights.none().any()).isFalse();
    }
}
