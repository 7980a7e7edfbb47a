package org.zhengwu.gazette.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.domain.source.SourceReader;
import org.zhengwu.gazette.json.GazetteJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Parses a file and prints the parse as JSON on stdout; stores nothing and starts no
 * application context, so it answers at once. A file that cannot be read as a gazette exits 2
 * with one line on stderr.
 */
@Command(name = "parse", description = "Parse a gazette issue or one document (UTF-8/GB18030 text, PDF, DOCX) "
        + "and print it as JSON; stores nothing.")
class ParseCommand implements Callable<Integer> {

    /** Output formats; JSON is the parse format of the gazette. */
    enum Format { json }

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to parse")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "output format: ${COMPLETION-CANDIDATES} (default: json)")
    Format format = Format.json;

    @Override
    public Integer call() {
        var source = SourceReader.read(bytes(file), file.getFileName().toString());
        var json = GazetteJson.write(new GazetteParser().parse(source.text()));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(json);
        out.flush();
        return 0;
    }

    static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > SourceReader.MAX_BYTES) {
                throw SourceReader.tooLarge(Files.size(file));
            }
            if (Files.size(file) == 0) {
                throw new GazetteInputRefused("gazette.input.empty");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GazetteInputRefused("gazette.input.unreadable", file.toString());
        } catch (IOException e) {
            throw new GazetteInputRefused("gazette.input.unreadable", file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
