package org.zhengwu.gazette.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.source.SourceReader;

/** A gazette file named on the command line: refused before it is read when missing, empty or too large. */
final class InputFile {

    private InputFile() {
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
