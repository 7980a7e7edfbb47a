package org.zhengwu.gazette.web;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The page cache runs before the security filters (it only answers requests without credentials). */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(Clock clock) {
        return new PublicPageCache(clock);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
        var registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns("/gazette", "/gazette/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
