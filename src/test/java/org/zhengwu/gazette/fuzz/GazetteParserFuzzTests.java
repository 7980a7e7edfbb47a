package org.zhengwu.gazette.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.domain.source.SourceReader;

/**
 * Any input either parses or is refused with {@link GazetteInputRefused}, within a second. In a
 * normal build Jazzer runs the seed inputs beside this class (…FuzzTestsInputs/) as regression
 * tests, offline; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=GazetteParserFuzzTests} fuzzes.
 */
class GazetteParserFuzzTests {

    private static final Duration LIMIT = Duration.ofSeconds(1);
    private final GazetteParser parser = new GazetteParser();

    /** Loads the readers' classes first, so that the time limit measures an input's own work. */
    @BeforeAll
    static void warmUp() {
        for (var bytes : new byte[][] {"%PDF-1.4".getBytes(StandardCharsets.US_ASCII), {'P', 'K', 3, 4, 0}, "第一条 本办法自印发之日起施行。".getBytes(StandardCharsets.UTF_8)}) {
            try {
                new GazetteParser().parse(SourceReader.read(bytes, "warm-up.docx").text());
            } catch (GazetteInputRefused expected) {
                // refused or not, the classes are loaded
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void parsesAnyTextIntoDocumentsOrRefusesIt(byte[] input) {
        var text = new String(input, StandardCharsets.UTF_8);
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                parser.parse(text);
            } catch (GazetteInputRefused refused) {
                // the one declared outcome besides a parse
            }
        });
    }

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesOrRefusesThem(byte[] input) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                parser.parse(SourceReader.read(input, "input.bin").text());
            } catch (GazetteInputRefused refused) {
                // the one declared outcome besides a parse
            }
        });
    }
}
