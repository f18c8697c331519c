package nl.koers.incident;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.incident", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The domain packages: aggregates, commands and rules of each feature (not their web or app subpackages). */
    static final String[] DOMAIN = {"nl.koers.incident.report", "nl.koers.incident.followup",
            "nl.koers.incident.confidential", "nl.koers.incident.meldcode", "nl.koers.incident.privacy",
            "nl.koers.incident.transfer"};

    /** The domain (aggregates, commands) knows Axon's annotations but no Spring, web or persistence code. */
    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_web_app_or_read_models = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "nl.koers.incident.app..",
                    "nl.koers.incident.index..");

    /** Features talk through the aggregate's commands, not through each other's web layers. */
    @ArchTest
    static final ArchRule web_layers_do_not_call_each_other = noClasses()
            .that().resideInAPackage("nl.koers.incident.followup.web..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.koers.incident.report.web..",
                    "nl.koers.incident.meldcode.web..", "nl.koers.incident.pupil.web..");
}
