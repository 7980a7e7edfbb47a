package org.zhengwu.directory;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** AP-1: a notice appointed someone to a post the directory did not have yet; the post now exists. */
public record PostOpened(PostId post, String title, String kind, String sourceDocNumber) implements Audited {

    @Override
    public String action() {
        return "post.opened";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("post", post);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("AP-1"));
    }

    @Override
    public String summary() {
        return "post " + post + " (" + title + ", " + kind + ") opened for " + sourceDocNumber;
    }
}
