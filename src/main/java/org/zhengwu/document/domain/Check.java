package org.zhengwu.document.domain;

import java.util.Optional;

/** One clause of a rule, checked on a submission. */
@FunctionalInterface
public interface Check {

    Optional<Finding> apply(Submission s, IntakeRules rules, IntakeFacts facts);
}
