package org.zhengwu.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * 用户管理: the system administrator creates, disables and resets accounts; the security
 * administrator grants roles. The URL rules enforce who may post what.
 */
@Controller
class UserAdminPages {

    private final UserAccounts accounts;
    private final CurrentActor actor;
    private final UiMessages messages;

    UserAdminPages(UserAccounts accounts, CurrentActor actor, UiMessages messages) {
        this.accounts = accounts;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", List.of(Role.values()).stream().filter(r -> r != Role.PUBLIC).toList());
        model.addAttribute("isSystemAdmin", actor.get().has(Role.SYSTEM_ADMIN));
        model.addAttribute("isSecurityAdmin", actor.get().has(Role.SECURITY_ADMIN));
        return "platform/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String person,
            RedirectAttributes redirect) {
        return act(redirect, "users.created", () -> accounts.create(new NewAccount(username, displayName, password,
                Set.of(), blank(unit) ? null : new OrgUnitId(unit.strip()),
                blank(person) ? null : new PersonId(person.strip()))));
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return act(redirect, "users.saved", () -> accounts.setEnabled(username, enabled));
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        return act(redirect, "users.saved", () -> accounts.resetPassword(username, password));
    }

    @PostMapping("/admin/users/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(required = false) List<Role> roles,
            RedirectAttributes redirect) {
        var granted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return act(redirect, "users.saved", () -> accounts.changeRoles(username, granted, actor.get().username()));
    }

    private String act(RedirectAttributes redirect, String okKey, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("ok", messages.text(okKey));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.text(e));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", messages.text("account.id-invalid"));
        }
        return "redirect:/admin/users";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
