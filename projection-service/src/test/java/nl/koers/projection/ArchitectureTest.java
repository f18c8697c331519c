package nl.koers.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.projection", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Read models are fed only through the intake, which dedupes; no projection listens to Kafka on its own. */
    @ArchTest
    static final ArchRule only_the_intake_consumes_kafka = noClasses()
            .that().resideOutsideOfPackage("nl.koers.projection.intake")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.kafka..");

    /** The projection never writes to another context: it has no event store and sends no commands. */
    @ArchTest
    static final ArchRule projections_do_not_use_axon = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..");
}
