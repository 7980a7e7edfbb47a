package org.zhengwu.platform.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that touch stored data. */
public class DataOption {

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: ./data)")
    Path data = Path.of("data");

    public Path path() {
        return data;
    }
}
