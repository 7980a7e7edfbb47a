package org.zhengwu.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The URL rules a module adds to the one security filter chain. Whatever no module allows
 * is denied. A module lists only its own paths.
 */
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry);
}
