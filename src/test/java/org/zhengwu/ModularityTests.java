package org.zhengwu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The architecture is a failing test: modules use only each other's API, without cycles. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ZhengwuApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            files.forEach(f -> {
                if (f.toString().endsWith(".puml")) {
                    sortRelations(f);
                } else if (f.toString().endsWith(".adoc")) {
                    sortListedItems(f);
                }
            });
        }
    }

    /**
     * The Documenter lists a module's events, listeners and beans in hash order, one cell a list
     * ({@code |* `a`} then {@code * `b`} …); sorted, the committed docs change only with the code.
     */
    static void sortListedItems(Path file) {
        try {
            var out = new ArrayList<String>();
            var run = new ArrayList<String>();
            for (var line : Files.readAllLines(file)) {
                if (line.startsWith("|* ") && run.isEmpty() || line.startsWith("* ") && !run.isEmpty()) {
                    run.add(line.startsWith("|") ? line.substring(1) : line);
                    continue;
                }
                cell(run, out);
                if (line.startsWith("|* ")) {
                    run.add(line.substring(1));
                    continue;
                }
                out.add(line);
            }
            cell(run, out);
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(List<String> run, List<String> out) {
        if (!run.isEmpty()) {
            run.sort(null);
            run.set(0, "|" + run.getFirst());
            out.addAll(run);
            run.clear();
        }
    }

    /** The Documenter writes relations in hash order; sorted, the committed docs change only with the code. */
    static void sortRelations(Path file) {
        try {
            var out = new ArrayList<String>();
            var run = new ArrayList<String>();
            for (var line : Files.readAllLines(file)) {
                if (line.startsWith("Rel(")) {
                    run.add(line);
                    continue;
                }
                flush(run, out);
                out.add(line);
            }
            flush(run, out);
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(List<String> run, List<String> out) {
        run.sort(null);
        out.addAll(run);
        run.clear();
    }
}
