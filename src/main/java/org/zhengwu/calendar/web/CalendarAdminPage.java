package org.zhengwu.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.kernel.UserError;

/** The system administrator loads a year's official holiday file; a refused file changes nothing. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminPage {

    private final WorkingDayClock clock;
    private final MessageSource messages;

    CalendarAdminPage(WorkingDayClock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("years", clock.officialData());
        model.addAttribute("history", clock.loadHistory());
        return "calendar/admin";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            var result = clock.load(UploadedText.of(file), file.getOriginalFilename());
            flash.addFlashAttribute("loaded", text("calendar.admin.loaded", Integer.toString(result.year()),
                    Integer.toString(result.offDays()), Integer.toString(result.makeUpDays()), result.sha256()));
            return "redirect:/admin/calendar";
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", text("calendar.admin.failed", text(e.messageKey(), e.arguments())));
            return show(model);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
