package dev.greenlight.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.greenlight.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of {@code dev.greenlight} is an application module: others may use its base package (its
 * service, records, enums and events) and the named interfaces it declares, nothing else, and no two modules
 * depend on each other in a circle.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs/modules");

    private static final Pattern COMPONENT = Pattern.compile("Component\\(([\\w.]+), \"([^\"]+)\"");
    private static final Pattern RELATION = Pattern.compile("Rel\\(([\\w.]+), ([\\w.]+),");

    @Test
    void modules_respect_their_boundaries_and_form_no_cycle() {
        MODULES.verify();
    }

    /**
     * Writes the component diagram and one canvas per module to docs/modules (linked from the README), then reads
     * the diagram back: it names every module, draws exactly the dependencies the code has, and those are the ones
     * decision 011 intends.
     */
    @Test
    void module_documentation_is_written() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        for (var module : MODULES) {
            var id = module.getIdentifier().toString();
            assertThat(DOCS.resolve("module-" + id + ".puml")).as("diagram of %s", id).isNotEmptyFile();
            assertThat(DOCS.resolve("module-" + id + ".adoc")).as("canvas of %s", id).content()
                    .contains("`" + module.getBasePackage().getName() + "`");
        }
        var drawn = drawnDependencies(Files.readString(DOCS.resolve("components.puml")));
        assertThat(drawn.keySet()).as("modules in components.puml")
                .containsAll(MODULES.stream().map(ApplicationModule::getDisplayName).toList());
        assertThat(drawn).as("dependencies drawn in components.puml").isEqualTo(codeDependencies());

        assertThat(drawn.get("Scoring")).as("scoring uses the JDK only").isEmpty();
        assertThat(drawn.get("Document")).as("the format needs no feature").containsOnly("Scoring", "Base");
        assertThat(drawn.get("Assessment")).as("assessment builds on the format, not on its users")
                .contains("Document", "Scoring")
                .doesNotContain("Scoring model", "Review", "Brief", "Tracking", "Portfolio", "Api", "Audit", "Demo");
        assertThat(drawn.get("Scoring model")).as("the model's administration re-scores through assessment")
                .contains("Assessment", "Document", "Scoring")
                .doesNotContain("Review", "Brief", "Tracking", "Portfolio", "Api");
    }

    /** Each module's display name and the display names of the modules the diagram draws an arrow to. */
    private static Map<String, Set<String>> drawnDependencies(String diagram) {
        var names = new HashMap<String, String>();
        COMPONENT.matcher(diagram).results().forEach(m -> names.put(m.group(1), m.group(2)));
        var drawn = new TreeMap<String, Set<String>>();
        names.values().forEach(name -> drawn.put(name, new TreeSet<>()));
        RELATION.matcher(diagram).results().forEach(m -> drawn.get(names.get(m.group(1))).add(names.get(m.group(2))));
        return drawn;
    }

    private static Map<String, Set<String>> codeDependencies() {
        return MODULES.stream().collect(Collectors.toMap(ApplicationModule::getDisplayName,
                m -> m.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getDisplayName)
                        .collect(Collectors.toCollection(TreeSet::new)), (a, b) -> a, TreeMap::new));
    }
}
