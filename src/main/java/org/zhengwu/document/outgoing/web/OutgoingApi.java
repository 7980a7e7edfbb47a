package org.zhengwu.document.outgoing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.document.DocumentNotFound;
import org.zhengwu.document.outgoing.OutgoingDesk;
import org.zhengwu.document.outgoing.OutgoingReading;
import org.zhengwu.document.outgoing.OutgoingRelease;
import org.zhengwu.document.outgoing.OutgoingSignOff;
import org.zhengwu.kernel.UserError;

/**
 * 发文 over REST: every action of the outgoing workflow. Refusals are problem+json naming the field
 * and the rule (400), the actor (403), or a step someone else took first (409).
 */
@RestController
@RequestMapping("/api/v1/outgoing")
@Tag(name = "outgoing", description = "发文: drafting (WR-33), co-signature, WR-58 review, WR-59 sign-off, numbering, release")
class OutgoingApi {

    private final OutgoingDesk desk;
    private final OutgoingSignOff signOff;
    private final OutgoingRelease release;
    private final OutgoingReading reading;

    OutgoingApi(OutgoingDesk desk, OutgoingSignOff signOff, OutgoingRelease release, OutgoingReading reading) {
        this.desk = desk;
        this.signOff = signOff;
        this.release = release;
        this.reading = reading;
    }

    @GetMapping
    @Operation(summary = "The outgoing documents the caller may read, newest first")
    List<OutgoingJson.DocumentView> list() {
        return reading.list(200).stream().map(OutgoingJson.DocumentView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Draft (代拟稿) by the caller's department; the disclosure attribute is required (WR-33)")
    ResponseEntity<OutgoingJson.Created> draft(@RequestBody OutgoingJson.DraftBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new OutgoingJson.Created(desk.draft(body.input())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document with its co-signatures, timeline (who, acting for whom, when) and next posts")
    OutgoingJson.DocumentView view(@PathVariable long id) {
        return OutgoingJson.DocumentView.of(reading.view(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "The lead department corrects a draft or a returned document; co-signatures start again")
    OutgoingJson.DocumentView correct(@PathVariable long id, @RequestBody OutgoingJson.DraftBody body) {
        desk.correct(id, body.input());
        return view(id);
    }

    @PostMapping("/{id}/cosign")
    @Operation(summary = "A concerned department co-signs (会签) or disagrees with its reasons")
    OutgoingJson.DocumentView cosign(@PathVariable long id, @RequestBody OutgoingJson.Cosigning body) {
        if (body.agree() == null) {
            throw new UserError("outgoing.field.required", "agree");
        }
        desk.cosign(id, body.agree(), body.note());
        return view(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit to the WR-58 chain (a department's own document: to its head, WR-60 checked)")
    OutgoingJson.DocumentView submit(@PathVariable long id) {
        desk.submit(id);
        return view(id);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "WR-58 review step: APPROVE or RETURN (with note); escalate refers a General Office document up (WR-59.7)")
    OutgoingJson.DocumentView review(@PathVariable long id, @RequestBody OutgoingJson.Review body) {
        var decision = body.decision() == null ? null : body.decision().strip();
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            throw new UserError("outgoing.field.invalid", "decision", String.valueOf(body.decision()), "[APPROVE, RETURN]");
        }
        signOff.review(id, body.step(), "APPROVE".equals(decision), body.note(), Boolean.TRUE.equals(body.escalate()));
        return view(id);
    }

    @PostMapping("/{id}/legality-review")
    @Operation(summary = "WR-22: the justice bureau records its legality review of a normative document")
    OutgoingJson.DocumentView legalityReview(@PathVariable long id, @RequestBody OutgoingJson.LegalityReview body) {
        signOff.recordLegalityReview(id, body.review());
        return view(id);
    }

    @PostMapping("/{id}/leader-cosign")
    @Operation(summary = "WR-59.5: a vice-mayor whose portfolio it touches co-signs")
    OutgoingJson.DocumentView leaderCosign(@PathVariable long id, @RequestBody(required = false) OutgoingJson.Note body) {
        signOff.coSign(id, body == null ? null : body.note());
        return view(id);
    }

    @PostMapping("/{id}/sign-off")
    @Operation(summary = "签发 by the post WR-59 requires (or who acts for it, WR-6/8); gives the number")
    OutgoingJson.Signed signOff(@PathVariable long id, @RequestBody(required = false) OutgoingJson.Note body) {
        return new OutgoingJson.Signed(id, signOff.signOff(id, body == null ? null : body.note()));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "A signer or co-signer returns the document to the lead department, with reasons")
    OutgoingJson.DocumentView returnToDrafter(@PathVariable long id, @RequestBody(required = false) OutgoingJson.Note body) {
        signOff.returnToDrafter(id, body == null ? null : body.note());
        return view(id);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "印发: render the GB/T 9704 PDF; a PROACTIVE unclassified document is queued for the gazette")
    OutgoingJson.DocumentView release(@PathVariable long id) {
        release.release(id);
        return view(id);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The released document as printed (GB/T 9704)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        reading.view(id);
        return release.pdf(id).map(ResponseEntity::ok)
                .orElseThrow(() -> new DocumentNotFound("outgoing.pdf.none", Long.toString(id)));
    }
}
