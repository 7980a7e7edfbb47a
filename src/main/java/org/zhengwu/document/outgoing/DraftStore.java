package org.zhengwu.document.outgoing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/** Outgoing drafts. Every change is conditional on the version read, so a concurrent change loses. */
@Repository
class DraftStore {

    private static final String LINES = "\n";

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> find(long id) {
        return jdbc.sql("SELECT * FROM document.outgoing_draft WHERE id = ?").param(id).query(DraftStore::map).optional();
    }

    Optional<Draft> findByNumber(String docNumber) {
        return jdbc.sql("SELECT * FROM document.outgoing_draft WHERE doc_number = ?").param(docNumber)
                .query(DraftStore::map).optional();
    }

    List<Draft> recent(int limit) {
        return jdbc.sql("SELECT * FROM document.outgoing_draft ORDER BY id DESC LIMIT ?").param(limit)
                .query(DraftStore::map).list();
    }

    List<Draft> withStatus(Status... statuses) {
        var names = Arrays.stream(statuses).map(Enum::name).toList();
        return jdbc.sql("SELECT * FROM document.outgoing_draft WHERE status IN (:s) ORDER BY id").param("s", names)
                .query(DraftStore::map).list();
    }

    long insert(DraftInput in, OrgUnitId lead, String draftedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document.outgoing_draft (version, status, issuer, category, title, body, addressees, copy_to,
                  lead_unit, drafted_by, disclosure, disclosure_reason, classification, secrecy_period_years, urgency,
                  disputed_or_broad, authorised_post, escalated, policy, interpretation, interpretation_approved, approval_reference,
                  number_prefix, review_step, created_at)
                VALUES (0, 'DRAFT', :issuer, :category, :title, :body, :addressees, :copyTo, :lead, :by, :disclosure,
                  :reason, :classification, :period, :urgency, :disputed, :authorised, FALSE, :policy, :interpretation,
                  FALSE, :approval, :prefix, 0, :at)""")
                .params(fields(in)).param("lead", lead.value()).param("by", draftedBy)
                .param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The drafter's correction; false when someone changed the draft since {@code version}. */
    boolean update(long id, int version, DraftInput in) {
        return jdbc.sql("""
                UPDATE document.outgoing_draft SET version = version + 1, issuer = :issuer, category = :category,
                  title = :title, body = :body, addressees = :addressees, copy_to = :copyTo, disclosure = :disclosure,
                  disclosure_reason = :reason, classification = :classification, secrecy_period_years = :period,
                  urgency = :urgency, disputed_or_broad = :disputed,
                  authorised_post = :authorised, policy = :policy, interpretation = :interpretation,
                  approval_reference = :approval, number_prefix = :prefix
                WHERE id = :id AND version = :version""")
                .params(fields(in)).param("id", id).param("version", version).update() == 1;
    }

    /** Moves the draft on; false when someone changed it since {@code version}. */
    boolean advance(long id, int version, Status status, int reviewStep) {
        return jdbc.sql("UPDATE document.outgoing_draft SET version = version + 1, status = ?, review_step = ? "
                + "WHERE id = ? AND version = ?").params(status.name(), reviewStep, id, version).update() == 1;
    }

    boolean touch(long id, int version) {
        return jdbc.sql("UPDATE document.outgoing_draft SET version = version + 1 WHERE id = ? AND version = ?")
                .params(id, version).update() == 1;
    }

    boolean decideSignOff(long id, int version, Draft.SignOff s, boolean escalated) {
        return jdbc.sql("""
                UPDATE document.outgoing_draft SET version = version + 1, status = 'AWAITING_SIGN_OFF', escalated = ?,
                  signoff_row = ?, signoff_rule = ?, signers = ?, co_signers = ? WHERE id = ? AND version = ?""")
                .params(escalated, s.row(), s.rule(), posts(s.signers()), posts(s.coSigners()), id, version)
                .update() == 1;
    }

    boolean recordLegalityReview(long id, int version, String review) {
        return jdbc.sql("UPDATE document.outgoing_draft SET version = version + 1, legality_review = ? "
                + "WHERE id = ? AND version = ?").params(review, id, version).update() == 1;
    }

    boolean sign(long id, int version, String docNumber, LocalDate on, boolean interpretationApproved) {
        return jdbc.sql("""
                UPDATE document.outgoing_draft SET version = version + 1, status = 'SIGNED', doc_number = ?,
                  signed_on = ?, interpretation_approved = ? WHERE id = ? AND version = ?""")
                .params(docNumber, on, interpretationApproved, id, version).update() == 1;
    }

    boolean release(long id, int version, LocalDate on, byte[] pdf) {
        var moved = jdbc.sql("UPDATE document.outgoing_draft SET version = version + 1, status = 'RELEASED', "
                + "released_on = ? WHERE id = ? AND version = ?").params(on, id, version).update() == 1;
        if (moved) {
            jdbc.sql("INSERT INTO document.outgoing_pdf (draft_id, pdf) VALUES (?, ?)").params(id, pdf).update();
        }
        return moved;
    }

    Optional<byte[]> pdf(long id) {
        return jdbc.sql("SELECT pdf FROM document.outgoing_pdf WHERE draft_id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static java.util.Map<String, Object> fields(DraftInput in) {
        var m = new java.util.HashMap<String, Object>();
        m.put("issuer", in.issuer().name());
        m.put("category", in.category().name());
        m.put("title", in.title().strip());
        m.put("body", in.body().strip());
        m.put("addressees", String.join(LINES, in.addressees()));
        m.put("copyTo", String.join(LINES, in.copyTo()));
        m.put("disclosure", in.disclosure().name());
        m.put("reason", blankToNull(in.disclosureReason()));
        m.put("classification", in.classification().name());
        m.put("period", in.secrecyPeriod());
        m.put("urgency", in.urgency().name());
        m.put("disputed", in.disputedOrBroad());
        m.put("authorised", in.authorisedPost() == null ? null : in.authorisedPost().value());
        m.put("policy", in.policy());
        m.put("interpretation", blankToNull(in.interpretation()));
        m.put("approval", blankToNull(in.approvalReference()));
        m.put("prefix", blankToNull(in.numberPrefix()));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String posts(List<PostId> posts) {
        return String.join(",", posts.stream().map(PostId::value).toList());
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(LINES));
    }

    private static List<PostId> postList(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(PostId::new).toList();
    }

    private static Draft map(ResultSet rs, int n) throws SQLException {
        var signOff = rs.getString("signoff_row") == null ? null : new Draft.SignOff(rs.getString("signoff_row"),
                rs.getString("signoff_rule"), postList(rs.getString("signers")), postList(rs.getString("co_signers")));
        var authorised = rs.getString("authorised_post");
        return new Draft(rs.getLong("id"), rs.getInt("version"), Status.valueOf(rs.getString("status")),
                Issuer.valueOf(rs.getString("issuer")), Category.valueOf(rs.getString("category")),
                rs.getString("title"), rs.getString("body"), lines(rs.getString("addressees")),
                lines(rs.getString("copy_to")), new OrgUnitId(rs.getString("lead_unit")), rs.getString("drafted_by"),
                Disclosure.valueOf(rs.getString("disclosure")), rs.getString("disclosure_reason"),
                Classification.valueOf(rs.getString("classification")),
                rs.getObject("secrecy_period_years", Integer.class), Urgency.valueOf(rs.getString("urgency")), List.of(),
                rs.getBoolean("disputed_or_broad"),
                authorised == null ? null : new PostId(authorised), rs.getBoolean("escalated"), rs.getBoolean("policy"),
                rs.getString("interpretation"), rs.getBoolean("interpretation_approved"),
                rs.getString("approval_reference"), rs.getString("number_prefix"), rs.getInt("review_step"), signOff,
                rs.getString("legality_review"), rs.getString("doc_number"), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("released_on", LocalDate.class));
    }
}
