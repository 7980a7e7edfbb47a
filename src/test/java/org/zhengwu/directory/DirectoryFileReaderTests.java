package org.zhengwu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;

class DirectoryFileReaderTests {

    @Test
    void aUnitsHeadTitleMakesItsPrincipalPost() {
        var file = DirectoryFileReader.read("""
                units:
                  - { id: sfj, name: 聊城市司法局, short: 市司法局, kind: DEPARTMENT, head: 局长, aliases: [市司法局] }
                """);
        assertThat(file.units()).singleElement().satisfies(u -> assertThat(u.aliases()).containsExactly("市司法局"));
        assertThat(file.posts()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(new PostId("sfj-head"));
            assertThat(p.title()).isEqualTo("市司法局局长");
            assertThat(p.kind()).isEqualTo("DEPARTMENT_HEAD");
            assertThat(p.head()).isTrue();
        });
    }

    @Test
    void aTermWithoutAStartBeganBeforeTheRecord() {
        var file = DirectoryFileReader.read("""
                terms:
                  - { post: mayor, person: li, source: 大事记, to: 2022-03-27, qualifiers: [试用期一年] }
                """);
        assertThat(file.terms()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).hasToString("2022-03-27");
            assertThat(t.qualifiers()).containsExactly("试用期一年");
        });
    }

    @Test
    void aProblemNamesItsKey() {
        assertThatThrownBy(() -> DirectoryFileReader.read("units:\n  - { id: x, name: X, kind: CITY }\n"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("units[0].kind"));
        assertThatThrownBy(() -> DirectoryFileReader.read("terms:\n  - { post: a, person: b, source: s, from: 2022-13-01 }\n"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("terms[0].from"));
        assertThatThrownBy(() -> DirectoryFileReader.read("people:\n  - { id: Bad Id, name: 某 }\n"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("people[0]"));
    }
}
