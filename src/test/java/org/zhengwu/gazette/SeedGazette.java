package org.zhengwu.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.ParsedGazette;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;
import org.zhengwu.gazette.domain.parse.GazetteParser;

/** The seed issue (聊城市人民政府公报 2022年第3期) from the classpath, parsed once. */
public final class SeedGazette {

    public static final String RESOURCE = "/demo/gazette/liaocheng-2022-03.txt";
    private static ParsedGazette parsed;

    private SeedGazette() {
    }

    public static String text() {
        try (var in = SeedGazette.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized ParsedGazette parsed() {
        if (parsed == null) {
            parsed = new GazetteParser().parse(text());
        }
        return parsed;
    }

    public static ParsedDocument document(String docNumber) {
        return parsed().documents().stream()
                .filter(d -> d.docNumber() != null && d.docNumber().toString().equals(docNumber))
                .findFirst().orElseThrow();
    }

    public static java.util.List<Unit> units(ParsedDocument doc, UnitType type) {
        return doc.allUnits().filter(u -> u.type() == type).toList();
    }
}
