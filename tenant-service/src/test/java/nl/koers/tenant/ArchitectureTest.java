package nl.koers.tenant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.tenant", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"nl.koers.tenant.board", "nl.koers.tenant.school",
            "nl.koers.tenant.school.csv", "nl.koers.tenant.account"};

    /** Aggregates, commands and the CSV reader know Axon's annotations but no Spring, web, persistence or Keycloak. */
    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..", "org.keycloak..", "jakarta.ws..");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_web_or_provisioning = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..provisioning..");

    /** Only provisioning talks to Keycloak: a Keycloak outage can then delay provisioning, never a request. */
    @ArchTest
    static final ArchRule only_provisioning_talks_to_keycloak = noClasses()
            .that().resideOutsideOfPackage("nl.koers.tenant.provisioning..")
            .should().dependOnClassesThat().resideInAnyPackage("org.keycloak..");
}
