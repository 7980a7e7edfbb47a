package org.zhengwu.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.document.AttachmentFile;
import org.zhengwu.document.DocumentHandling;
import org.zhengwu.document.DocumentIntake;
import org.zhengwu.document.DocumentLibrary;
import org.zhengwu.document.DocumentRegistry;
import org.zhengwu.document.DocumentView;
import org.zhengwu.document.IntakeReport;
import org.zhengwu.document.LeaderInstructions;
import org.zhengwu.document.Prefill;
import org.zhengwu.document.ReturnNotice;
import org.zhengwu.document.ReturnStatistics;
import org.zhengwu.document.SubmissionJson;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.InstructionRecord;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;

/**
 * The documents desk over REST: submit (JSON, or multipart with attachments), check as the form
 * is filled, pre-fill from an uploaded document, resubmit after a return, review, register,
 * route, forward, decide, circle as read, answer, instruct and report. Invalid input is 400
 * problem+json naming the field and the rule; acting on a step someone else took first is 409.
 * Every action takes the document's {@code version} as read, optionally, for that check.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "documents", description = "公文办理：收文审核、退文、登记、分送、批示")
class DocumentApi {

    private final DocumentIntake intake;
    private final DocumentRegistry registry;
    private final DocumentHandling handling;
    private final LeaderInstructions instructions;
    private final DocumentLibrary library;
    private final ReturnStatistics returns;
    private final ReturnNotice notice;
    private final Prefill prefill;

    DocumentApi(DocumentIntake intake, DocumentRegistry registry, DocumentHandling handling,
            LeaderInstructions instructions, DocumentLibrary library, ReturnStatistics returns, ReturnNotice notice,
            Prefill prefill) {
        this.intake = intake;
        this.registry = registry;
        this.handling = handling;
        this.instructions = instructions;
        this.library = library;
        this.returns = returns;
        this.notice = notice;
        this.prefill = prefill;
    }

    @Operation(summary = "Submit a request or report (JSON); the intake checks decide ACCEPTED, RETURNED or REVIEW")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Result> submit(@RequestBody String json) {
        var done = intake.submit(SubmissionJson.read(json, "body"));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Result(done.id(), done.report()));
    }

    @Operation(summary = "Submit with attachments: part 'submission' (JSON) and parts 'attachments' (PDF, DOCX, text)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Result> submitWithFiles(@RequestPart(name = "submission", required = false) String json,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
        if (json == null) {
            throw new UserError("document.input.not-an-object", "submission");
        }
        var done = intake.submit(SubmissionJson.read(json, "submission"), files(files));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Result(done.id(), done.report()));
    }

    @Operation(summary = "Run the intake checks only (nothing stored)")
    @PostMapping(value = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    IntakeReport check(@RequestBody String json) {
        return intake.check(SubmissionJson.read(json, "body"));
    }

    @Operation(summary = "Read the fields of an uploaded document (DOCX, PDF, text) for confirmation, with their findings")
    @PostMapping(value = "/prefill", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Prefilled prefill(@RequestParam(required = false) MultipartFile file) {
        var upload = files(file == null ? List.of() : List.of(file));
        if (upload.isEmpty()) {
            throw new UserError("document.input.empty", "file");
        }
        var s = prefill.fromFile(upload.getFirst().content(), upload.getFirst().name());
        return new Prefilled(SubmissionJson.tree(s), intake.check(s));
    }

    @Operation(summary = "Resubmit a returned document, fixed; the history keeps every submission")
    @PostMapping(value = "/{id}/resubmit", consumes = MediaType.APPLICATION_JSON_VALUE)
    Result resubmit(@PathVariable String id, @RequestParam(required = false) Integer version, @RequestBody String json) {
        return new Result(id, intake.resubmit(id, SubmissionJson.read(json, "body"), version).report());
    }

    @GetMapping
    List<Incoming> list() {
        return library.visible(200).stream().filter(d -> !library.masked(d)).toList();
    }

    @Operation(summary = "A document with its submissions, findings, timeline and instructions")
    @GetMapping("/{id}")
    DocumentView view(@PathVariable String id) {
        return library.view(id, "api");
    }

    @Operation(summary = "The 退文 notice as a GB/T 9704 letter (PDF)")
    @GetMapping(value = "/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] noticePdf(@PathVariable String id) {
        return notice.pdf(id);
    }

    @Operation(summary = "WR-56.5: the General Office accepts or returns a document held for review, with the reason")
    @PostMapping("/{id}/review")
    void review(@PathVariable String id, @RequestBody Review r) {
        intake.review(id, Boolean.TRUE.equals(r.accept()), r.reason(), r.version());
    }

    @Operation(summary = "收文登记: a yearly serial; the WR-57 clock (5 working days, 10 when special with a reason)")
    @PostMapping("/{id}/register")
    Incoming register(@PathVariable String id, @RequestBody Register r) {
        return registry.register(id, Boolean.TRUE.equals(r.special()), r.specialReason(), r.version());
    }

    @Operation(summary = "Route to a leader's post; whoever acts for it today receives it (WR-6, WR-8)")
    @PostMapping("/{id}/route")
    Routed route(@PathVariable String id, @RequestBody Route r) {
        var acting = handling.route(id, r.post() == null ? null : new PostId(r.post()), r.version());
        return new Routed(acting.person() == null ? null : acting.person().value(), acting.reason().name(),
                acting.explanation());
    }

    @Operation(summary = "转办 to a department, answered within 5 working days or the stated limit (WR-57)")
    @PostMapping("/{id}/forward")
    Incoming forward(@PathVariable String id, @RequestBody Forward f) {
        return handling.forward(id, f.unit() == null ? null : new OrgUnitId(f.unit()), f.limitDays(), f.version());
    }

    @Operation(summary = "WR-55c: a leader's decision on a request: opinion, name and date are required")
    @PostMapping("/{id}/decide")
    void decide(@PathVariable String id, @RequestBody Decide d) {
        handling.decide(id, d.opinion(), d.name(), d.date(), d.version());
    }

    @Operation(summary = "WR-55c: 圈阅, a leader has read a report")
    @PostMapping("/{id}/read")
    void read(@PathVariable String id, @RequestBody(required = false) Versioned v) {
        handling.markRead(id, v == null ? null : v.version());
    }

    @Operation(summary = "The handling department's answer to a forwarded document")
    @PostMapping("/{id}/answer")
    void answer(@PathVariable String id, @RequestBody Text t) {
        handling.answer(id, t.text(), t.version());
    }

    @Operation(summary = "WR-73: a leader's written instruction, with a lead handler and co-handlers")
    @PostMapping("/{id}/instructions")
    ResponseEntity<InstructionRecord> instruct(@PathVariable String id, @RequestBody Instruct i) {
        return ResponseEntity.status(HttpStatus.CREATED).body(instructions.instruct(id, i.text(), unit(i.leadHandler()),
                units(i.coHandlers())));
    }

    @Operation(summary = "WR-72: the office records a party leader's instruction, routed at once to the relevant leader")
    @PostMapping("/{id}/party-instructions")
    ResponseEntity<InstructionRecord> party(@PathVariable String id, @RequestBody Party p) {
        var record = instructions.recordPartyInstruction(id, new LeaderInstructions.PartyInstruction(p.leaderName(),
                p.leaderPost(), p.text(), p.instructedOn(), p.toLeader() == null ? null : new PostId(p.toLeader()),
                p.limitDays() == null ? 0 : p.limitDays(), unit(p.leadHandler()), units(p.coHandlers())));
        return ResponseEntity.status(HttpStatus.CREATED).body(record);
    }

    @Operation(summary = "WR-73: the office forwards an instruction to its handlers (publishes InstructionIssued)")
    @PostMapping("/instructions/{id}/forward")
    InstructionRecord forwardInstruction(@PathVariable String id, @RequestBody(required = false) Versioned v) {
        return instructions.forward(id, v == null ? null : v.version());
    }

    @Operation(summary = "WR-73: the lead handler's written result")
    @PostMapping("/instructions/{id}/result")
    void result(@PathVariable String id, @RequestBody Text t) {
        instructions.report(id, t.text(), t.version());
    }

    @Operation(summary = "WR-73: the office's summary back to the instructing leader")
    @PostMapping("/instructions/{id}/summary")
    void summary(@PathVariable String id, @RequestBody Text t) {
        instructions.summarise(id, t.text(), t.version());
    }

    @Operation(summary = "WR-56.5: returns per unit in a period, and the 通报 report of the period holding 'day'")
    @GetMapping("/returns")
    Returns returns(@RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam(required = false) LocalDate day) {
        return new Returns(returns.perUnit(from, to), returns.notice(day == null ? to : day));
    }

    static List<AttachmentFile> files(List<MultipartFile> files) {
        var out = new ArrayList<AttachmentFile>();
        for (var f : files == null ? List.<MultipartFile>of() : files) {
            try {
                out.add(new AttachmentFile(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UserError("document.input.unreadable", "attachments", f.getOriginalFilename());
            }
        }
        return out;
    }

    private static OrgUnitId unit(String id) {
        return id == null || id.isBlank() ? null : new OrgUnitId(id);
    }

    private static List<OrgUnitId> units(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(s -> s != null && !s.isBlank()).map(OrgUnitId::new).toList();
    }

    record Result(String id, IntakeReport report) {
    }

    record Prefilled(Object submission, IntakeReport report) {
    }

    record Review(Boolean accept, String reason, Integer version) {
    }

    record Register(Boolean special, String specialReason, Integer version) {
    }

    record Route(String post, Integer version) {
    }

    record Routed(String person, String reason, String explanation) {
    }

    record Forward(String unit, Integer limitDays, Integer version) {
    }

    record Decide(String opinion, String name, LocalDate date, Integer version) {
    }

    record Versioned(Integer version) {
    }

    record Text(String text, Integer version) {
    }

    record Instruct(String text, String leadHandler, List<String> coHandlers) {
    }

    record Party(String leaderName, String leaderPost, String text, LocalDate instructedOn, String toLeader,
            Integer limitDays, String leadHandler, List<String> coHandlers) {
    }

    record Returns(List<org.zhengwu.document.persistence.IncomingStore.UnitCount> perUnit,
            ReturnStatistics.Notice notice) {
    }
}
