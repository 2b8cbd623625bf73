package com.marketplace.aftersales.diagnosis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The feature packages' dependency rules: the rules (classification, assignment, remedy) are plain Java that knows no
 * case, no web and no database; cases builds on them; merchant and deadlines build on cases; nothing goes in a cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "com.marketplace.aftersales.diagnosis";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theRulesKnowNothingOfCasesWebOrDatabase() {
        noClasses().that().resideInAnyPackage(ROOT + ".classification..", ROOT + ".assignment..",
                        ROOT + ".remedy..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cases..", ROOT + ".merchant..",
                        ROOT + ".deadlines..", "org.springframework..", "reactor..", "io.r2dbc..")
                .check(CLASSES);
    }

    @Test
    void casesDoNotKnowWhoActsOnThem() {
        noClasses().that().resideInAPackage(ROOT + ".cases..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".merchant..", ROOT + ".deadlines..")
                .check(CLASSES);
    }
}
