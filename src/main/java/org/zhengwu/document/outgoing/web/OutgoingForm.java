package org.zhengwu.document.outgoing.web;

import java.util.Arrays;
import java.util.List;
import org.zhengwu.document.outgoing.Draft;
import org.zhengwu.document.outgoing.DraftInput;

/** The drafting form: lists one per line, enumerations by name. Kept whole when refused, so nothing is lost. */
record OutgoingForm(String issuer, String category, String title, String body, String addressees, String copyTo,
        String disclosure, String disclosureReason, String classification, String secrecyPeriod, String urgency,
        List<String> concernedUnits, Boolean disputedOrBroad, String authorisedPost, Boolean policy, String interpretation,
        String approvalReference, String numberPrefix) {

    OutgoingForm {
        concernedUnits = concernedUnits == null ? List.of() : List.copyOf(concernedUnits);
        disputedOrBroad = Boolean.TRUE.equals(disputedOrBroad);
        policy = Boolean.TRUE.equals(policy);
    }

    static OutgoingForm empty() {
        return new OutgoingForm("GOVERNMENT", "OTHER", "", "", "", "", "PROACTIVE", "", "NONE", "", "NONE", List.of(),
                false, "", false, "", "", "");
    }

    static OutgoingForm of(Draft d) {
        return new OutgoingForm(d.issuer().name(), d.category().name(), d.title(), d.body(),
                String.join("\n", d.addressees()), String.join("\n", d.copyTo()), d.disclosure().name(),
                d.disclosureReason(), d.classification().name(),
                d.secrecyPeriod() == null ? "" : d.secrecyPeriod().toString(), d.urgency().name(),
                d.concernedUnits().stream().map(u -> u.value()).toList(), d.disputedOrBroad(),
                d.authorisedPost() == null ? "" : d.authorisedPost().value(), d.policy(), d.interpretation(),
                d.approvalReference(), d.numberPrefix());
    }

    DraftInput input() {
        return new OutgoingJson.DraftBody(issuer, category, title, body, lines(addressees), lines(copyTo), disclosure,
                disclosureReason, classification, secrecyPeriod, urgency, concernedUnits, disputedOrBroad, authorisedPost, policy,
                interpretation, approvalReference, numberPrefix).input();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
