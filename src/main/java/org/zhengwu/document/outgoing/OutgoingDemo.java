package org.zhengwu.document.outgoing;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.DirectoryImport;

/**
 * The demo profile: names the deputy secretary-general for documents (WR-58 复核), whom the
 * gazette does not name, as a portfolio over the General Office itself, and places a head in
 * each department that has a demo clerk, so that a department's own document can be signed off
 * (WR-60). After the demo directory (order 10), before the accounts.
 */
@Component
@Profile("demo")
@Order(11)
class OutgoingDemo implements ApplicationRunner {

    private final DirectoryImport imports;

    OutgoingDemo(DirectoryImport imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        imports.load(new ClassPathResource("demo/document-outgoing.yaml"));
        imports.load(new ClassPathResource("demo/department-heads.yaml"));
    }
}
