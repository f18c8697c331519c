package nl.koers.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String[] DOMAIN = {"nl.koers.training.catalogue", "nl.koers.training.session",
            "nl.koers.training.coverage", "nl.koers.training.input"};

    /** The domain (aggregates, commands, the coverage rules) knows Axon's annotations but no Spring, web or SQL. */
    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..", "java.sql..");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_the_web_layer = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("..web..");

    /** Features meet only through events and the web layer: no aggregate uses another feature's aggregate. */
    @ArchTest
    static final ArchRule sessions_do_not_use_the_catalogue_aggregate = noClasses()
            .that().resideInAPackage("nl.koers.training.session")
            .should().dependOnClassesThat().resideInAnyPackage("nl.koers.training.catalogue",
                    "nl.koers.training.coverage");
}
