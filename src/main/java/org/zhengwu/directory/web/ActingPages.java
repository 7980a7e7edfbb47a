package org.zhengwu.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.directory.Acting;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.Post;
import org.zhengwu.kernel.UserError;

/** 代行查询: who acts for a post on a day (WR-6, WR-8), with the reason and the rule. */
@Controller
class ActingPages {

    /** The posts of one unit, an option group of the select, with who holds each today. */
    record Group(String unitName, List<Option> posts) {
    }

    record Option(Post post, String holderName) {
    }

    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    ActingPages(Directory directory, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/directory/acting")
    String acting(@RequestParam(required = false) String post,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model,
            HttpServletResponse response) {
        var day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("date", day);
        model.addAttribute("post", post);
        model.addAttribute("groups", groups(LocalDate.now(clock)));
        if (post != null && !post.isBlank()) {
            answer(post, day, model, response);
        }
        return "directory/acting";
    }

    private void answer(String post, LocalDate day, Model model, HttpServletResponse response) {
        try {
            show(directory.whoActsFor(PostIds.parse(post), day), model);
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
    }

    private void show(Acting acting, Model model) {
        model.addAttribute("acting", acting);
        model.addAttribute("person", acting.person() == null ? null : directory.person(acting.person()).orElse(null));
        model.addAttribute("as", acting.actingAsPost() == null ? null : directory.post(acting.actingAsPost()).orElse(null));
    }

    private List<Group> groups(LocalDate today) {
        return directory.units().stream().map(u -> new Group(u.shortName(), directory.postsIn(u.id()).stream()
                        .map(p -> new Option(p, directory.holderOf(p.id(), today).map(Person::name).orElse(null)))
                        .toList()))
                .filter(g -> !g.posts().isEmpty()).toList();
    }
}
