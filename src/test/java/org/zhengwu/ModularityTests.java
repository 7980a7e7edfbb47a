package org.zhengwu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The architecture is a failing test: modules use only each other's API, without cycles. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ZhengwuApplication.class);

    @Test
    void modulesUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeModuleCanvases();
    }
}
