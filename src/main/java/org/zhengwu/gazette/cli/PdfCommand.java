package org.zhengwu.gazette.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengwu.gazette.Colophon;
import org.zhengwu.gazette.GazettePdf;
import org.zhengwu.gazette.RenderOptions;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.gazette.domain.source.SourceReader;
import org.zhengwu.kernel.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Renders one document of a parsed file as a GB/T 9704 PDF, without an application context.
 * Bad input, an unknown number or a missing font exit 2 with one line on stderr.
 */
@Command(name = "pdf", description = "Render a document of a gazette issue (or a single document) as a PDF "
        + "in the GB/T 9704-2012 official-document layout.")
class PdfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the issue or document (UTF-8/GB18030 text, PDF, DOCX)")
    Path file;

    @Option(names = "--doc", paramLabel = "DOCNUMBER", description = "the document's number, e.g. 聊政发〔2022〕4号 "
            + "(brackets [] () accepted); default: the first document")
    String docNumber;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "the PDF to write (default: DOCNUMBER.pdf here)")
    Path output;

    @Option(names = "--mark", paramLabel = "TEXT", description = "the red issuer mark (default: the issuer + 文件; \"\" for none)")
    String mark;

    @Option(names = "--note", paramLabel = "TEXT", description = "the 附注 below the date, e.g. 此件公开发布")
    String note;

    @Option(names = "--copy-to", paramLabel = "UNITS", split = "[,，]", description = "抄送机关 for the 版记, separated by , or ，")
    List<String> copyTo = new ArrayList<>();

    @Option(names = "--printer", paramLabel = "UNIT", description = "印发机关 for the 版记")
    String printer;

    @Option(names = "--printed-on", paramLabel = "YYYY-MM-DD", description = "印发日期 for the 版记")
    LocalDate printedOn;

    @Override
    public Integer call() {
        var source = SourceReader.read(InputFile.bytes(file), file.getFileName().toString());
        var doc = DocumentChoice.choose(new GazetteParser().parse(source.text()).documents(), docNumber);
        var pdf = GazettePdf.standalone().render(doc, options());
        var target = output != null ? output : Path.of(defaultName(doc));
        write(target, pdf);
        System.out.println(target);
        return 0;
    }

    private RenderOptions options() {
        var colophon = new Colophon(copyTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), printer, printedOn);
        return new RenderOptions(mark, colophon, note, false);
    }

    String defaultName(ParsedDocument doc) {
        if (doc.docNumber() != null) {
            return doc.docNumber() + ".pdf";
        }
        var name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
    }

    private static void write(Path target, byte[] pdf) {
        try {
            Files.write(target, pdf);
        } catch (IOException e) {
            throw new UserError("gazette.pdf.cannot-write", "--output", target + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
