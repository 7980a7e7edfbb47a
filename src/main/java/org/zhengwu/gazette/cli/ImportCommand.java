package org.zhengwu.gazette.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.ImportResult;
import org.zhengwu.gazette.ImportStep;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.domain.source.SourceReader;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Stores a gazette file in the data directory: progress on stderr, one line on stdout. The file
 * is parsed before the application starts, so a file that cannot be a gazette exits 2 at once
 * and nothing is stored.
 */
@Command(name = "import", description = "Store a gazette issue or one document (text, PDF, DOCX) in the data "
        + "directory; the same file again changes nothing, a changed file becomes a new version.")
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = "--erratum", paramLabel = "NOTE", description = "record a corrected file of a published issue as an erratum, with this note")
    String erratum;

    @Override
    public Integer call() {
        var bytes = InputFile.bytes(file);
        var name = file.getFileName().toString();
        new GazetteParser().parse(SourceReader.read(bytes, name).text());
        var bar = new ProgressBar(System.err);
        bar.step(ImportStep.PARSE, 0, 0);
        String line;
        try {
            line = Cli.withContext(data.path(), ctx -> Summary.of(ctx.getBean(MessageSource.class),
                    store(ctx.getBean(GazetteImporter.class), bytes, name, bar)));
        } catch (RuntimeException e) {
            bar.stop();
            throw e;
        }
        bar.done();
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ImportResult store(GazetteImporter importer, byte[] bytes, String name, ProgressBar bar) {
        return erratum == null ? importer.importFile(bytes, name, bar) : importer.recordErratum(bytes, name, erratum);
    }
}
