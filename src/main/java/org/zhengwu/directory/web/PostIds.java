package org.zhengwu.directory.web;

import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;

/** A post id as typed or sent: a malformed one is an unknown post, a user's mistake. */
final class PostIds {

    private PostIds() {
    }

    static PostId parse(String text) {
        try {
            return new PostId(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("directory.post.unknown", "post", String.valueOf(text));
        }
    }
}
