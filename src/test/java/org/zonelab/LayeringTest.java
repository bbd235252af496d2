package org.zonelab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/ODD.md (code map): the model uses MASON's engine, fields and networks only and
 * never reaches into the outer layers; its sub-packages form a graph without cycles, none depending on
 * the model's core; only the command line and the GUI use the outer layers.
 */
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
    void onlyTheSparkPackageUsesSparkOrScala() {
        noClasses().that().resideOutsideOfPackage("org.zonelab.experiment.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
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

    @Test
    void theModelsSubPackagesNeverDependOnItsCore() {
        noClasses().that().resideInAnyPackage("org.zonelab.model.param..", "org.zonelab.model.geo..",
                        "org.zonelab.model.config..", "org.zonelab.model.measure..", "org.zonelab.model.event..")
                .should().dependOnClassesThat().resideInAPackage("org.zonelab.model")
                .check(CLASSES);
    }

    @Test
    void theModelsSubPackagesDependOnlyDownwards() {
        // param, geo and event are leaves; config builds on param and geo; measure on geo.
        String param = "org.zonelab.model.param..";
        String geo = "org.zonelab.model.geo..";
        String config = "org.zonelab.model.config..";
        String measure = "org.zonelab.model.measure..";
        String event = "org.zonelab.model.event..";
        noClasses().that().resideInAnyPackage(param).should().dependOnClassesThat()
                .resideInAnyPackage(geo, config, measure, event).check(CLASSES);
        noClasses().that().resideInAnyPackage(geo).should().dependOnClassesThat()
                .resideInAnyPackage(param, config, measure, event).check(CLASSES);
        noClasses().that().resideInAnyPackage(event).should().dependOnClassesThat()
                .resideInAnyPackage(param, geo, config, measure).check(CLASSES);
        noClasses().that().resideInAnyPackage(config).should().dependOnClassesThat()
                .resideInAnyPackage(measure, event).check(CLASSES);
        noClasses().that().resideInAnyPackage(measure).should().dependOnClassesThat()
                .resideInAnyPackage(param, config, event).check(CLASSES);
        slices().matching("org.zonelab.model.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
