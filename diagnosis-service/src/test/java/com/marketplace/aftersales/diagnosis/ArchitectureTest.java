package com.marketplace.aftersales.diagnosis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The feature packages' dependency rules: the rules (classification, assignment, remedy, risk) are plain Java that
 * knows no case, no web and no database; cases builds on them; the commands (merchant, override, compensation,
 * dispute, riskreview) and deadlines build on cases; nothing goes in a cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "com.marketplace.aftersales.diagnosis";
    private static final String[] RULES = {ROOT + ".classification..", ROOT + ".assignment..", ROOT + ".remedy..",
            ROOT + ".risk.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theRulesKnowNothingOfCasesWebOrDatabase() {
        noClasses().that().resideInAnyPackage(RULES)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cases..", ROOT + ".web..",
                        ROOT + ".merchant..", ROOT + ".override..", ROOT + ".compensation..", ROOT + ".dispute..",
                        ROOT + ".riskreview..", ROOT + ".deadlines..", "org.springframework..", "reactor..",
                        "io.r2dbc..")
                .check(CLASSES);
    }

    @Test
    void casesDoNotKnowWhoActsOnThem() {
        noClasses().that().resideInAPackage(ROOT + ".cases..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".web..", ROOT + ".merchant..",
                        ROOT + ".override..", ROOT + ".compensation..", ROOT + ".dispute..", ROOT + ".riskreview..",
                        ROOT + ".deadlines..", "org.springframework.web..", "com.marketplace.aftersales.platform.web..")
                .check(CLASSES);
    }

    @Test
    void theCommandsDoNotDependOnEachOther() {
        String[] commands = {ROOT + ".merchant..", ROOT + ".override..", ROOT + ".compensation..",
                ROOT + ".dispute..", ROOT + ".riskreview..", ROOT + ".deadlines.."};
        for (String command : commands) {
            noClasses().that().resideInAPackage(command)
                    .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(commands)
                            .filter(other -> !other.equals(command)).toArray(String[]::new))
                    .check(CLASSES);
        }
    }
}
