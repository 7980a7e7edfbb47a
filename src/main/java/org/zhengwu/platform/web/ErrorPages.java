package org.zhengwu.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page Spring Security forwards to when a signed-in user may not see a page. */
@Controller
class ErrorPages {

    @RequestMapping("/error/403")
    ModelAndView forbidden() {
        return PageErrors.page(HttpStatus.FORBIDDEN);
    }
}
