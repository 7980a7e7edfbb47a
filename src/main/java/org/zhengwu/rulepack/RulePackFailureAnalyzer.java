package org.zhengwu.rulepack;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad pack stops start-up with every problem and its key, not a stack trace. */
class RulePackFailureAnalyzer extends AbstractFailureAnalyzer<RulePackInvalid> {

    @Override
    protected FailureAnalysis analyze(Throwable root, RulePackInvalid cause) {
        var problems = cause.problems().stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The rule pack is invalid:\n" + problems,
                "Fix the pack (check it with: ./zhengwu rulepack check FILE) or point "
                        + "zhengwu.rulepack.location at a valid one.", cause);
    }
}
