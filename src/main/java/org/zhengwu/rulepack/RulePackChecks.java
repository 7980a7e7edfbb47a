package org.zhengwu.rulepack;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.rulepack.Ladder.Recipient;
import org.zhengwu.rulepack.Ladder.Trigger;
import org.zhengwu.rulepack.RulePackInvalid.Problem;

/** Checks across sections: references resolve, ids are unique, steps are in order. */
final class RulePackChecks {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?");

    private RulePackChecks() {
    }

    static void crossCheck(RulePack pack, List<Problem> problems) {
        if (!pack.id().isEmpty() && !ID.matcher(pack.id()).matches()) {
            problems.add(new Problem("id", "must be lower-case letters, digits and '-', is " + pack.id()));
        }
        if (!pack.version().isEmpty() && !VERSION.matcher(pack.version()).matches()) {
            problems.add(new Problem("version", "must look like 1.0 or 1.0.0, is " + pack.version()));
        }
        for (int i = 0; i < pack.roles().size(); i++) {
            if (!RulePackReader.isRole(pack.roles().get(i).id())) {
                problems.add(new Problem("roles[" + i + "].id", "not a role of the platform: " + pack.roles().get(i).id()));
            }
        }
        var posts = new HashSet<String>();
        for (int i = 0; i < pack.posts().size(); i++) {
            var post = pack.posts().get(i);
            if (!posts.add(post.id())) {
                problems.add(new Problem("posts[" + i + "].id", "duplicate post kind " + post.id()));
            }
            if (post.role() != null && !RulePackReader.isRole(post.role())) {
                problems.add(new Problem("posts[" + i + "].role", "not a role of the platform: " + post.role()));
            }
        }
        checkLeave(pack, posts, problems);
        checkLadders(pack, posts, problems);
    }

    private static void checkLeave(RulePack pack, java.util.Set<String> posts, List<Problem> problems) {
        if (pack.leave() == null) {
            return;
        }
        if (!pack.leave().approverPost().isEmpty() && !posts.contains(pack.leave().approverPost())) {
            problems.add(new Problem("leave.approverPost", "unknown post kind " + pack.leave().approverPost()));
        }
        for (int i = 0; i < pack.leave().appliesTo().size(); i++) {
            if (!posts.contains(pack.leave().appliesTo().get(i))) {
                problems.add(new Problem("leave.appliesTo[" + i + "]", "unknown post kind " + pack.leave().appliesTo().get(i)));
            }
        }
        if (pack.delegation() != null && !pack.delegation().mayorActingPost().isEmpty()
                && !posts.contains(pack.delegation().mayorActingPost())) {
            problems.add(new Problem("delegation.mayorAbsent.actingPost",
                    "unknown post kind " + pack.delegation().mayorActingPost()));
        }
    }

    private static void checkLadders(RulePack pack, java.util.Set<String> posts, List<Problem> problems) {
        var ids = new HashSet<String>();
        for (int i = 0; i < pack.ladders().size(); i++) {
            var ladder = pack.ladders().get(i);
            var at = "ladders[" + i + "]";
            if (!ids.add(ladder.id())) {
                problems.add(new Problem(at + ".id", "duplicate ladder id " + ladder.id()));
            }
            Integer previous = null;
            for (var step : ladder.steps()) {
                var key = at + ".steps[" + step.index() + "]";
                var position = ladder.trigger() == Trigger.DEADLINE ? step.after() : step.count();
                if (position != null && previous != null && position <= previous) {
                    problems.add(new Problem(key, "steps must be in increasing order"));
                }
                previous = position;
                if (step.recipients().isEmpty()) {
                    problems.add(new Problem(key + ".recipients", "a step needs at least one recipient"));
                }
                checkRecipients(step.recipients(), posts, key, problems);
            }
        }
    }

    private static void checkRecipients(List<Recipient> recipients, java.util.Set<String> posts, String key,
            List<Problem> problems) {
        for (int r = 0; r < recipients.size(); r++) {
            var recipient = recipients.get(r);
            var bad = switch (recipient.kind()) {
                case ROLE -> !RulePackReader.isRole(recipient.name());
                case POST -> !posts.contains(recipient.name());
                case SUBJECT -> recipient.name().isBlank();
            };
            if (bad) {
                problems.add(new Problem(key + ".recipients[" + r + "]", "unknown " + recipient));
            }
        }
    }
}
