package org.zhengwu.directory.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.DirectoryImport;

/**
 * The demo profile's directory: Liaocheng's units and office-holders as the 2022 No. 3 gazette
 * names them. Loaded at every start; after the first, nothing is added. Runs before the demo
 * accounts, which point at its people and units.
 */
@Component
@Profile("demo")
@Order(DemoDirectory.ORDER)
class DemoDirectory implements ApplicationRunner {

    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DirectoryImport imports;

    DemoDirectory(DirectoryImport imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        var added = imports.load(new ClassPathResource("demo/directory.yaml"));
        log.info("demo directory: {} entries added", added.total());
    }
}
