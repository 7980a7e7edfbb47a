package org.zhengwu.platform.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * What every sub-command shares: the application class, and a Spring context without a web
 * server over the data directory, in which the command acts as the command-line operator.
 */
public final class Cli {

    private static Class<?> application;

    private Cli() {
    }

    /** Called once by {@code main}: the class that boots the whole application. */
    public static void register(Class<?> applicationClass) {
        application = applicationClass;
    }

    static Class<?> application() {
        if (application == null) {
            throw new IllegalStateException("Cli.register was not called");
        }
        return application;
    }

    /** The properties that point the application at a data directory. */
    static Map<String, Object> dataProperties(Path dataDir) {
        var props = new LinkedHashMap<String, Object>();
        props.put("zhengwu.data-dir", dataDir.toAbsolutePath().normalize().toString());
        return props;
    }

    /**
     * The properties as command-line arguments: they outrank application.properties (default
     * properties would not, and the data directory would silently stay ./data).
     */
    static String[] arguments(Map<String, Object> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Boots the application without its web server, runs the work as the operator, closes it. */
    public static <T> T withContext(Path dataDir, Function<ConfigurableApplicationContext, T> work) {
        var props = dataProperties(dataDir);
        props.put("logging.config", "classpath:logback-cli.xml");
        props.put("logging.file.name", dataDir.resolve("logs/cli.log").toAbsolutePath().toString());
        props.put("db-scheduler.enabled", "false");
        // a command uses a handful of beans: create only those (the schema is still migrated first)
        props.put("spring.main.lazy-initialization", "true");
        props.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        try (var context = new SpringApplicationBuilder(application())
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments(props))) {
            return CurrentActor.runAs(Actor.commandLine(), () -> work.apply(context));
        }
    }
}
