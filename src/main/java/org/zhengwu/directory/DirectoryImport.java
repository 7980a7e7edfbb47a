package org.zhengwu.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.kernel.UserError;

/**
 * Loads a directory YAML file (units, people, posts, terms, portfolios, substitutes). It adds
 * what the directory does not hold yet and leaves alone what it does, so loading the same file
 * twice adds nothing; later changes come through {@link Appointments} and {@link LeaveBook}.
 */
@Service
public class DirectoryImport {

    private final DirectoryWriter writer;
    private final ApplicationEventPublisher events;

    DirectoryImport(DirectoryWriter writer, ApplicationEventPublisher events) {
        this.writer = writer;
        this.events = events;
    }

    /** Loads a file from the class path or the file system. */
    @Transactional
    public ImportResult load(Resource resource) {
        try (var in = resource.getInputStream()) {
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource.getFilename());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read directory file " + resource.getDescription(), e);
        }
    }

    /**
     * Loads the YAML text; {@code source} names it in the audit trail.
     *
     * @throws UserError {@code directory.import.invalid} naming the key of the first problem
     */
    @Transactional
    public ImportResult load(String yaml, String source) {
        var added = writer.addMissing(DirectoryFileReader.read(yaml));
        if (added.total() > 0) {
            events.publishEvent(new DirectoryImported(source, added));
        }
        return added;
    }
}
