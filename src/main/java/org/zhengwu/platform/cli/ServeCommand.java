package org.zhengwu.platform.cli;

import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the platform (web pages, API) on this machine.")
public class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080)")
    Integer port = 8080;

    @Option(names = "--demo", description = "load the demo data and demo accounts (never in production)")
    boolean demo;

    @Option(names = "--profile", paramLabel = "NAME", split = ",", description = "extra Spring profiles, e.g. postgres")
    String[] profiles = {};

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port must be 1..65535");
        }
        var props = Cli.dataProperties(data.path());
        props.put("server.port", port);
        var builder = new SpringApplicationBuilder(Cli.application());
        var active = new java.util.ArrayList<>(java.util.List.of(profiles));
        if (demo) {
            active.add("demo");
        }
        builder.profiles(active.toArray(String[]::new)).run(Cli.arguments(props));
        return 0;
    }
}
