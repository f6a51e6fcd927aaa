package dev.greenlight.architecture;

import dev.greenlight.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of {@code dev.greenlight} is an application module: others may use its base package (its
 * service, records, enums and events) and the named interfaces it declares, nothing else, and no two modules
 * depend on each other in a circle.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries_and_form_no_cycle() {
        MODULES.verify();
    }

    /** Writes the component diagram and one canvas per module to docs/modules (linked from the README). */
    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
