package dev.greenlight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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

    /** One slice per top-level package, its ui included: a feature's view counts as the feature. */
    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("dev.greenlight.(*)..")
            .should().beFreeOfCycles();

    /**
     * The interchange format (§2.2) is read, checked, compared and turned into the engine's input by {@code document}
     * alone: whoever only needs "parse and validate a document" gets it without the aggregate, the services or Spring.
     */
    @ArchTest
    static final ArchRule the_document_format_needs_no_feature = classes()
            .that().resideInAPackage("dev.greenlight.document..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.greenlight.document..", "dev.greenlight.scoring..",
                    "dev.greenlight.base.ui..", "java..", "tools.jackson..", "com.fasterxml.jackson.annotation..",
                    "de.siegmar.fastcsv..",
                    "org.springframework.modulith..")
            .because("the format stands apart from the Assessment aggregate (issue 21, decision 011)");

    @ArchTest
    static final ArchRule assessment_builds_only_on_the_format_scoring_security_and_base = classes()
            .that().resideInAPackage("dev.greenlight.assessment..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("dev.greenlight..")
                    .or(JavaClass.Predicates.resideInAnyPackage("dev.greenlight.assessment..", "dev.greenlight.document..",
                            "dev.greenlight.scoring..", "dev.greenlight.security..", "dev.greenlight.base..")))
            .because("review, brief, tracking and the scoring model's administration build on assessments, never the"
                    + " reverse: the page takes their parts as contributions, the model in force comes through"
                    + " ScoringModelInForce (decision 011)");

    @ArchTest
    static final ArchRule scoring_model_administration_builds_only_on_assessments = noClasses()
            .that().resideInAPackage("dev.greenlight.scoringmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.greenlight.review..", "dev.greenlight.brief..",
                    "dev.greenlight.tracking..", "dev.greenlight.portfolio..", "dev.greenlight.api..", "dev.greenlight.audit..")
            .because("preview and re-score read and re-score assessments through AssessmentService, which gates and"
                    + " audits them; the entity stays with assessment and review (next rule)");

    @ArchTest
    static final ArchRule base_uses_no_feature = noClasses()
            .that().resideInAPackage("dev.greenlight.base..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.greenlight..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("dev.greenlight.base.."))))
            .because("base is the chrome every feature shares; features contribute to it (NavigationBadge), never the reverse");

    @ArchTest
    static final ArchRule only_assessment_and_review_touch_the_entity = noClasses()
            .that().resideOutsideOfPackages("dev.greenlight.assessment..", "dev.greenlight.review..")
            .should().dependOnClassesThat().belongToAnyOf(dev.greenlight.assessment.Assessment.class,
                    dev.greenlight.assessment.AssessmentVersion.class)
            .because("the review module owns submit, decide, sign off and archive (issue 11); others read AssessmentDetails");

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
