package org.zhengwu.rulepack;

import java.util.List;
import org.zhengwu.kernel.UserError;

/** A rule pack that cannot be used: every problem names the key it is about. */
public class RulePackInvalid extends UserError {

    private final transient List<Problem> problems;

    public RulePackInvalid(List<Problem> problems) {
        super("rulepack.invalid", "rulepack", problems.size(), problems.getFirst().toString());
        this.problems = List.copyOf(problems);
    }

    /** One problem: the key (a path such as {@code ladders[0].steps[1].after}) and what is wrong with it. */
    public record Problem(String key, String problem) {

        @Override
        public String toString() {
            return key + ": " + problem;
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
