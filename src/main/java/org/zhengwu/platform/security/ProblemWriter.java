package org.zhengwu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer from inside the security filters, where no controller advice runs. */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
