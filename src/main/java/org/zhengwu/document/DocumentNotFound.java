package org.zhengwu.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No such document, instruction or outgoing document, or none the actor may see: 404 either way.
 * The message key (with the id as its argument) says which, for the problem's detail.
 */
public class DocumentNotFound extends ResponseStatusException {

    private final String messageKey;
    private final String id;

    public DocumentNotFound(String id) {
        this("problem.status.404", id);
    }

    public DocumentNotFound(String messageKey, String id) {
        super(HttpStatus.NOT_FOUND, "no document " + id);
        this.messageKey = messageKey;
        this.id = id;
    }

    public String messageKey() {
        return messageKey;
    }

    public String id() {
        return id;
    }
}
