package org.zhengwu.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such document or instruction, or none the actor may see: 404 either way. */
public class DocumentNotFound extends ResponseStatusException {

    public DocumentNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "no document " + id);
    }
}
