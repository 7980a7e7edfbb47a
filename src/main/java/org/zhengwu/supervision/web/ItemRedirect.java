package org.zhengwu.supervision.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.kernel.UserError;

/** An action on an item's page: done, or refused with its message beside the field; back to the item. */
final class ItemRedirect {

    private ItemRedirect() {
    }

    static String act(MessageSource messages, String id, RedirectAttributes r, Runnable action) {
        try {
            action.run();
            r.addFlashAttribute("ok", messages.getMessage("supervision.done", null, LocaleContextHolder.getLocale()));
        } catch (UserError e) {
            r.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            r.addFlashAttribute("errorField", e.field());
        }
        return "redirect:/supervision/items/" + id;
    }
}
