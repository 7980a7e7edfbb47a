package org.zhengwu.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Someone acted on the same step first (the version moved, or the document is no longer where
 * the action expects it): 409, and nothing of the first action is lost.
 */
public class StepConflict extends ResponseStatusException {

    private final String messageKey;

    public StepConflict(String messageKey) {
        super(HttpStatus.CONFLICT, messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
