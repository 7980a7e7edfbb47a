package org.zhengwu.escalation;

import java.util.List;
import org.zhengwu.kernel.SubjectRef;

/**
 * Implemented by the module that owns a kind of subject: who is {@code subject:handler}
 * (or {@code subject:river-chief}, …) of one of its subjects. Answers addressee tokens such as
 * {@code unit:sthj}, {@code person:li-qiang}, {@code post:VICE_MAYOR} or {@code role:CLERK}.
 */
public interface RecipientResolver {

    /** The subject type this resolver answers for, e.g. {@code document}. */
    String subjectType();

    /** The addressees of the named party of the subject; empty when there is none. */
    List<String> resolve(SubjectRef subject, String party);
}
