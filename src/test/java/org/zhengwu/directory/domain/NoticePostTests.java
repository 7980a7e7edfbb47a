package org.zhengwu.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.directory.domain.NoticePost.Named;
import org.zhengwu.directory.domain.NoticePost.Placed;

class NoticePostTests {

    static final List<Named> UNITS = List.of(
            new Named("gov", List.of("某市人民政府", "市政府")),
            new Named("sasac", List.of("某市人民政府国有资产监督管理委员会", "市国资委")),
            new Named("police", List.of("某市公安局", "市公安局")));

    @Test
    @DisplayName("AP-1 the longest unit name that begins the post names the unit")
    void placesAPostInTheUnitItsNameBeginsWith() {
        assertThat(NoticePost.place("某市人民政府国有资产监督管理委员会副主任", UNITS))
                .contains(new Placed("sasac", "副主任"));
        assertThat(NoticePost.place("某市人民政府副秘书长", UNITS)).contains(new Placed("gov", "副秘书长"));
        assertThat(NoticePost.place("某市公安局督察长", UNITS)).contains(new Placed("police", "督察长"));
        assertThat(NoticePost.place("另一市财政局局长", UNITS)).isEmpty();
    }

    @Test
    void comparesStoredTitlesWithoutTheirUnitName() {
        assertThat(NoticePost.bareTitle("市国资委副主任", List.of("某市人民政府国有资产监督管理委员会", "市国资委")))
                .isEqualTo("副主任");
        assertThat(NoticePost.bareTitle("副秘书长", List.of("某市人民政府"))).isEqualTo("副秘书长");
    }
}
