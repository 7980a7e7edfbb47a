package org.zhengwu.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** The platform clock; asynchronous listeners (module events are handled after commit, off the request). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

    /** The one clock of the platform; tests replace it to move time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
