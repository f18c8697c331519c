package nl.koers.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"nl.koers.plan.safetyplan", "nl.koers.plan.duties", "nl.koers.plan.preset"};

    /** The domain (aggregates, commands, rules, duty checks) knows Axon's annotations but no Spring, web or JSON. */
    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_applications_or_web = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..web..");

    /** Features meet through the plan's application service, never through each other's web layer. */
    @ArchTest
    static final ArchRule presets_do_not_use_the_plans_web_layer = noClasses()
            .that().resideInAPackage("nl.koers.plan.preset..")
            .should().dependOnClassesThat().resideInAPackage("nl.koers.plan.safetyplan.web..");
}
