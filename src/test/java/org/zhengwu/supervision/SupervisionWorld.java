package org.zhengwu.supervision;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;

/** The demo directory loaded and the clock on Wednesday 6 April 2022 for each test; the clock reset after. */
abstract class SupervisionWorld {

    @Autowired
    DirectoryImport directory;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void world() {
        directory.load(new ClassPathResource("demo/directory.yaml"));
        clock.setDate(LocalDate.of(2022, 4, 6));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
