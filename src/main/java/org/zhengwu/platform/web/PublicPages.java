package org.zhengwu.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public frame: the home page and the sign-in page. */
@Controller
class PublicPages {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
