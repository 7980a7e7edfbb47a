package org.zhengwu.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page Spring Security forwards to when a signed-in user may not see a page. */
@Controller
class ErrorPages {

    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
