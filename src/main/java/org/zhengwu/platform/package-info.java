/**
 * The platform every module stands on: who is acting ({@link org.zhengwu.platform.CurrentActor}),
 * security (deny by default; modules add their {@link org.zhengwu.platform.AccessRules}),
 * accounts and API tokens, the page layout, errors as problem+json, the to-do inbox that
 * modules feed through {@link org.zhengwu.platform.TodoSource}, and the command line.
 * It imports no business module.
 *
 * <p>Publishes {@code AccountCreated}, {@code AccountRolesChanged}, {@code AccountEnabledChanged},
 * {@code PasswordChanged}, {@code LoginFailed}, {@code LoginSucceeded}, {@code AccountLocked},
 * {@code ApiTokenIssued}, {@code ApiTokenRevoked}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = "kernel")
package org.zhengwu.platform;
