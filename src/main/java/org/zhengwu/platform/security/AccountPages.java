package org.zhengwu.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/** 我的账号: change one's password, issue and revoke personal API tokens. */
@Controller
class AccountPages {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final CurrentActor actor;
    private final UiMessages messages;

    AccountPages(UserAccounts accounts, ApiTokens tokens, CurrentActor actor, UiMessages messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/account")
    String show(Model model) {
        var me = actor.get().username();
        model.addAttribute("account", accounts.find(me).orElseThrow());
        model.addAttribute("tokens", tokens.list(me));
        return "platform/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(actor.get().username(), currentPassword, newPassword);
            redirect.addFlashAttribute("ok", messages.text("account.password.changed"));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", tokens.issue(actor.get().username(), name));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable String id, RedirectAttributes redirect) {
        try {
            tokens.revoke(actor.get().username(), id);
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/account";
    }
}
