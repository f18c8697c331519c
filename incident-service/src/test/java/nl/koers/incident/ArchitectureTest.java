package nl.koers.incident;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.incident", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The domain (aggregates, commands) knows Axon's annotations but no Spring, web or persistence code. */
    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAPackage("nl.koers.incident.report")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_the_web_layer = noClasses()
            .that().resideInAPackage("nl.koers.incident.report")
            .should().dependOnClassesThat().resideInAPackage("..web..");
}
