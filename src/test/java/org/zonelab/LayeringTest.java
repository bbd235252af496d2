package org.zonelab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN 2: the model uses MASON's engine, fields and networks only. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zonelab");

    @Test
    void modelHasNoGuiSparkOrFileAccess() {
        noClasses().that().resideInAPackage("org.zonelab.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.swing..", "java.awt..", "sim.display..", "sim.portrayal..", "org.apache.spark..",
                        "java.nio.file..", "java.net..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.zonelab.model..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .check(CLASSES);
    }

    @Test
    void modelDoesNotReachUpIntoOuterLayers() {
        noClasses().that().resideInAPackage("org.zonelab.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.zonelab.scenario..", "org.zonelab.experiment..", "org.zonelab.output..",
                        "org.zonelab.gui..", "org.zonelab.cli..", "org.zonelab.policy..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndGuiUseTheOuterLayers() {
        noClasses().that().resideInAnyPackage("org.zonelab.experiment..", "org.zonelab.output..", "org.zonelab.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zonelab.cli..", "org.zonelab.gui..")
                .check(CLASSES);
    }
}
