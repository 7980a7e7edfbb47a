package org.zhengwu.gazette.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePdf;
import org.zhengwu.gazette.RenderOptions;

/** A public document as a PDF in the GB/T 9704-2012 layout, as it was issued. */
@Controller
class GazettePdfDownload {

    private final GazetteLibrary library;
    private final GazettePdf pdf;

    GazettePdfDownload(GazetteLibrary library, GazettePdf pdf) {
        this.library = library;
        this.pdf = pdf;
    }

    @GetMapping("/gazette/documents/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        var document = library.publicParsedDocument(id).orElseThrow(GazettePages::notFound);
        var bytes = pdf.render(document, RenderOptions.standard());
        var name = (document.docNumber() == null ? id : document.docNumber().toString()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .header("Cache-Control", "public, max-age=300")
                .body(bytes);
    }
}
