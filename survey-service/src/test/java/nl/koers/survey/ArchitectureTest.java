package nl.koers.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.koers.survey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The domain packages of each feature: aggregates, commands, value objects, rules. */
    static final String[] DOMAIN = {"nl.koers.survey.instrument", "nl.koers.survey.round", "nl.koers.survey.answer",
            "nl.koers.survey.results", "nl.koers.survey.code", "nl.koers.survey.delivery"};

    /** The domain knows Axon's annotations but no Spring, web, JSON or persistence code. */
    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.apache.kafka..", "tools.jackson..", "java.sql..");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_web_or_store = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..store..");

    /** Answers never pass through the Round aggregate: the answer feature does not use the round's commands. */
    @ArchTest
    static final ArchRule answers_do_not_funnel_through_the_round = noClasses()
            .that().resideInAnyPackage("nl.koers.survey.answer..")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.koers.survey.round.Round");
}
