package dev.greenlight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "dev.greenlight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scoring_depends_only_on_the_jdk = classes()
            .that().resideInAPackage("dev.greenlight.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.greenlight.scoring..", "java..")
            .because("the scoring model is pure Java: records in, records out (STYLE.md)");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("dev.greenlight.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_ui_packages_use_vaadin = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("views are the only Vaadin code; services stay UI-agnostic");

    @ArchTest
    static final ArchRule views_do_not_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .because("views call one service; the service is the security boundary");

    @ArchTest
    static final ArchRule the_api_goes_through_services = noClasses()
            .that().resideInAPackage("dev.greenlight.api..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class);

    @ArchTest
    static final ArchRule nothing_outside_brief_uses_poi = noClasses()
            .that().resideOutsideOfPackage("dev.greenlight.brief..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule views_and_the_api_do_not_speak_sql = noClasses()
            .that().resideInAnyPackage("..ui..", "dev.greenlight.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");
}
