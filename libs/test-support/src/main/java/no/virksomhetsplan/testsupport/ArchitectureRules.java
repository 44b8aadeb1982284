package no.virksomhetsplan.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** House rules every module checks in its tests. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Domain code ({@code ..domain..} packages under the base package) is plain Java: no framework, no database, no Kafka. */
    public static void domainIsFrameworkFree(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        noClasses().that().resideInAPackage(basePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "org.apache.kafka..", "tools.jackson..",
                        "com.fasterxml..", "org.flywaydb..", "java.sql..", "javax.sql..")
                .because("the domain is plain Java that states the rules; frameworks live at the edges")
                .check(classes);
    }
}
