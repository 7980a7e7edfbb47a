package org.zhengwu.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhengwu.gazette.GazettePdf;
import org.zhengwu.gazette.LetterContent;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.rulepack.RulePacks;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.ItemUnit;
import org.zhengwu.supervision.SupervisionLedger;

/** The ledger as the filter shows it, to Excel (Apache POI) and to PDF (the gazette's letter layout). */
@Controller
class LedgerExport {

    static final int MAX_ROWS = 10_000;

    private final SupervisionLedger ledger;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final GazettePdf pdf;
    private final RulePacks packs;
    private final java.time.Clock clock;

    LedgerExport(SupervisionLedger ledger, CurrentActor actor, MessageSource messages, GazettePdf pdf, RulePacks packs,
            java.time.Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.actor = actor;
        this.messages = messages;
        this.pdf = pdf;
        this.packs = packs;
    }

    @GetMapping("/supervision/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute LedgerFilter filter) {
        var items = ledger.search(filter.query(MAX_ROWS), actor.get()).items();
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(text("supervision.title"));
            var head = sheet.createRow(0);
            var columns = List.of("supervision.col.light", "supervision.col.title", "supervision.col.source",
                    "supervision.role.LEAD", "supervision.role.RESPONSIBLE", "supervision.col.due", "supervision.col.status");
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(text(columns.get(c)));
            }
            for (int r = 0; r < items.size(); r++) {
                row(book, sheet.createRow(r + 1), items.get(r));
            }
            sheet.setColumnWidth(1, 80 * 256);
            book.write(out);
            return download(out.toByteArray(), "督查台账.xlsx",
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/supervision/export.pdf")
    ResponseEntity<byte[]> pdf(@ModelAttribute LedgerFilter filter) {
        var items = ledger.search(filter.query(MAX_ROWS), actor.get()).items();
        var paragraphs = new java.util.ArrayList<String>();
        for (int k = 0; k < items.size(); k++) {
            var i = items.get(k);
            paragraphs.add(messages.getMessage("supervision.pdf.line", new Object[] {k + 1, i.title(), units(i.leads()),
                due(i), text("supervision.status." + i.status()), text("supervision.light." + ledger.light(i))},
                    Locale.SIMPLIFIED_CHINESE));
        }
        var office = packs.active().city() + text("supervision.pdf.office-suffix");
        var letter = new LetterContent(office, null, text("supervision.title"), List.of(), paragraphs, office,
                java.time.LocalDate.now(clock), null, List.of());
        return download(pdf.renderLetter(letter), "督查台账.pdf", MediaType.APPLICATION_PDF);
    }

    private void row(XSSFWorkbook book, org.apache.poi.ss.usermodel.Row row, Item i) {
        var light = ledger.light(i);
        var cell = row.createCell(0);
        cell.setCellValue(text("supervision.light." + light));
        var color = switch (light) {
            case RED -> IndexedColors.RED;
            case YELLOW -> IndexedColors.YELLOW;
            case GREEN -> IndexedColors.LIGHT_GREEN;
            case NONE -> null;
        };
        if (color != null) {
            var style = book.createCellStyle();
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cell.setCellStyle(style);
        }
        row.createCell(1).setCellValue(i.title());
        row.createCell(2).setCellValue(text("supervision.source." + i.source()));
        row.createCell(3).setCellValue(units(i.leads()));
        row.createCell(4).setCellValue(units(i.responsibles()));
        row.createCell(5).setCellValue(due(i));
        row.createCell(6).setCellValue(text("supervision.status." + i.status()));
    }

    private String due(Item i) {
        if (i.due() == null) {
            return "";
        }
        return i.cycle().name().equals("NONE") ? i.due().toString()
                : messages.getMessage("supervision.ongoing", new Object[] {text("supervision.cycle." + i.cycle())},
                        Locale.SIMPLIFIED_CHINESE) + " " + i.due();
    }

    private static String units(List<ItemUnit> units) {
        return String.join("、", units.stream().map(ItemUnit::name).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
