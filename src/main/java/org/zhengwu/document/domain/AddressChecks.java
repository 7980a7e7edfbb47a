package org.zhengwu.document.domain;

import java.util.List;
import java.util.Optional;

/** WR-55a and WR-55b: through the General Office, and only what the department cannot decide itself. */
final class AddressChecks {

    private AddressChecks() {
    }

    // WR-55a never addressed to a leader personally, outside the listed exceptions
    static Optional<Finding> notToALeaderPersonally(Submission s, IntakeRules r, IntakeFacts f) {
        var addressed = s.mainRecipients().stream().filter(m -> toALeader(m, r, f)).findFirst();
        if (addressed.isEmpty()) {
            return Optional.empty();
        }
        if (s.hasClassification() && r.isException("CLASSIFIED")) {
            return Optional.empty();
        }
        if (s.markedUrgent() && r.isException("MAJOR_EMERGENCY")) {
            // whether it is a major emergency is a judgement: the General Office confirms it
            return Optional.of(Finding.review("WR-55a", "mainRecipients", "document.finding.to-leader-emergency",
                    addressed.get()));
        }
        return Optional.of(Finding.returned("WR-55a", "mainRecipients", "document.finding.to-leader",
                addressed.get()));
    }

    private static boolean toALeader(String recipient, IntakeRules r, IntakeFacts f) {
        var folded = Texts.folded(recipient);
        boolean person = f.leaderNames().stream().anyMatch(n -> folded.contains(Texts.folded(n)));
        boolean title = r.leaderTitles().stream().anyMatch(t -> folded.endsWith(Texts.folded(t)) || folded.equals(t));
        boolean government = folded.contains("人民政府") || folded.contains("市政府");
        return person || (title && !government);
    }

    // WR-55b a matter within the department's own remit is not sent to the government
    static Optional<Finding> notWithinOwnRemit(Submission s, IntakeRules r, IntakeFacts f) {
        var own = ownRemitOf(s, r, f);
        for (var matter : s.matters().isEmpty() ? List.of(Texts.orEmpty(s.title())) : s.matters()) {
            var folded = Texts.folded(matter);
            var hit = own.stream().filter(o -> folded.contains(Texts.folded(o))).findFirst();
            if (hit.isPresent()) {
                return Optional.of(Finding.returned("WR-55b", "matters", "document.finding.own-remit",
                        hit.get(), s.leadUnit()));
            }
        }
        return Optional.empty();
    }

    private static List<String> ownRemitOf(Submission s, IntakeRules r, IntakeFacts f) {
        if (s.leadUnit() == null) {
            return List.of();
        }
        var names = f.senderNames().isEmpty() ? List.of(s.leadUnit()) : f.senderNames().getFirst();
        return names.stream().filter(r.ownRemit()::containsKey).findFirst().map(r.ownRemit()::get).orElse(List.of());
    }
}
