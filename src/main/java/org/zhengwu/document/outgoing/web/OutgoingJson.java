package org.zhengwu.document.outgoing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengwu.document.outgoing.Category;
import org.zhengwu.document.outgoing.Classification;
import org.zhengwu.document.outgoing.Cosign;
import org.zhengwu.document.outgoing.DraftInput;
import org.zhengwu.document.outgoing.DraftView;
import org.zhengwu.document.outgoing.Issuer;
import org.zhengwu.document.outgoing.Step;
import org.zhengwu.document.outgoing.Urgency;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;

/** The API's bodies. Enumerations travel as their names; a wrong one is a 400 naming the field. */
final class OutgoingJson {

    private OutgoingJson() {
    }

    /** A draft as the lead department writes it (代拟稿). */
    record DraftBody(String issuer, String category, String title, String body, List<String> addressees,
            List<String> copyTo, String disclosure, String disclosureReason, String classification,
            @Schema(description = "保密期限 in whole years, \"10\" or \"10年\"; only with a classification other than NONE")
            String secrecyPeriod,
            @Schema(description = "紧急程度: NONE, URGENT (加急) or EXTRA_URGENT (特急)") String urgency,
            List<String> concernedUnits, Boolean disputedOrBroad, String authorisedPost, Boolean policy,
            String interpretation, String approvalReference, String numberPrefix) {

        DraftInput input() {
            return new DraftInput(Enums.parse(Issuer.class, issuer, "issuer"),
                    Enums.parse(Category.class, category, "category"), title, body, addressees, copyTo,
                    Enums.parse(Disclosure.class, disclosure, "disclosure"), disclosureReason,
                    Enums.parse(Classification.class, classification, "classification"), years(secrecyPeriod),
                    Enums.parse(Urgency.class, urgency, "urgency"), units(concernedUnits),
                    Boolean.TRUE.equals(disputedOrBroad), post(authorisedPost), Boolean.TRUE.equals(policy),
                    interpretation, approvalReference, numberPrefix);
        }
    }

    record Cosigning(Boolean agree, String note) {
    }

    /** WR-58: {@code step} is the step the reviewer saw (BUSINESS_REVIEW, …); decision APPROVE or RETURN. */
    record Review(String step, String decision, String note, Boolean escalate) {
    }

    record LegalityReview(String review) {
    }

    record Note(String note) {
    }

    record Created(long id) {
    }

    record Signed(long id, String docNumber) {
    }

    record CosignView(String unit, Cosign.Decision decision, String note) {
    }

    record StepView(String kind, String rule, String actor, String actorName, String post, String actingFor,
            String actingRule, String actingNote, String note, Instant at) {

        static StepView of(Step s) {
            return new StepView(s.kind().name(), s.rule(), s.actor(), s.actorName(),
                    s.post() == null ? null : s.post().value(), s.actingFor() == null ? null : s.actingFor().value(),
                    s.actingRule(), s.actingNote(), s.note(), s.at());
        }
    }

    record SignOffView(String row, String rule, List<String> signers, List<String> coSigners) {
    }

    /** An outgoing document with its co-signatures, its timeline and who acts next. */
    record DocumentView(long id, int version, String status, String issuer, String category, String title,
            String body, List<String> addressees, List<String> copyTo, String leadUnit, String disclosure,
            String disclosureReason, String classification, Integer secrecyPeriod, String urgency,
            boolean disputedOrBroad, String authorisedPost,
            boolean policy, String interpretation, boolean interpretationApproved, String approvalReference,
            String legalityReview, SignOffView signOff, List<String> nextPosts, String docNumber, LocalDate signedOn,
            LocalDate releasedOn, List<CosignView> cosigns, List<StepView> timeline) {

        static DocumentView of(DraftView v) {
            var d = v.draft();
            var s = d.signOff() == null ? null : new SignOffView(d.signOff().row(), d.signOff().rule(),
                    ids(d.signOff().signers()), ids(d.signOff().coSigners()));
            return new DocumentView(d.id(), d.version(), d.status().name(), d.issuer().name(), d.category().name(),
                    d.title(), d.body(), d.addressees(), d.copyTo(), d.leadUnit().value(), d.disclosure().name(),
                    d.disclosureReason(), d.classification().name(), d.secrecyPeriod(), d.urgency().name(),
                    d.disputedOrBroad(),
                    d.authorisedPost() == null ? null : d.authorisedPost().value(), v.policy(), d.interpretation(),
                    d.interpretationApproved(), d.approvalReference(), d.legalityReview(), s, ids(v.nextPosts()),
                    d.docNumber(), d.signedOn(), d.releasedOn(),
                    v.cosigns().stream().map(c -> new CosignView(c.unit().value(), c.decision(), c.note())).toList(),
                    v.steps().stream().map(StepView::of).toList());
        }
    }

    /** 保密期限 as written: whole years, with or without 年; blank when none. */
    static Integer years(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var digits = text.strip().replaceFirst("年$", "").strip();
        if (!digits.matches("[0-9]{1,3}")) {
            throw new UserError("outgoing.secrecy-period.invalid", "secrecyPeriod", text);
        }
        return Integer.valueOf(digits);
    }

    static List<String> ids(List<PostId> posts) {
        return posts.stream().map(PostId::value).toList();
    }

    static List<OrgUnitId> units(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(s -> s != null && !s.isBlank()).map(s -> id(s, "concernedUnits",
                OrgUnitId::new)).toList();
    }

    static PostId post(String id) {
        return id == null || id.isBlank() ? null : id(id, "authorisedPost", PostId::new);
    }

    private static <T> T id(String text, String field, java.util.function.Function<String, T> make) {
        try {
            return make.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("outgoing.field.invalid-id", field, text);
        }
    }
}
