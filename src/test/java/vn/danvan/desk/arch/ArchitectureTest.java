package vn.danvan.desk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the house style. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.danvan.desk");
    }

    @Test
    void commonNeverImportsAFeature() {
        noClasses().that().resideInAPackage("vn.danvan.desk.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.danvan.desk.catalog..", "vn.danvan.desk.security..", "vn.danvan.desk.office..",
                        "vn.danvan.desk.settings..", "vn.danvan.desk.setup..", "vn.danvan.desk.shell..",
                        "vn.danvan.desk.cli..")
                .check(classes);
    }

    @Test
    void theDocumentLayoutKnowsNoFeature() {
        classes().that().resideInAPackage("vn.danvan.desk.document..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.danvan.desk.document..", "java..",
                        "com.lowagie..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void commonDoesNotImportTheCompositionRoot() {
        noClasses().that().resideInAPackage("vn.danvan.desk.common..")
                .should().dependOnClassesThat().resideInAPackage("vn.danvan.desk")
                .check(classes);
    }

    @Test
    void onlyRepositoriesAndCommonDbTouchJooq() {
        noClasses().that().resideOutsideOfPackage("vn.danvan.desk.common.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.danvan.desk.common.db.generated..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void servicesAndRepositoriesDoNotTouchJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .and().doNotHaveSimpleName("DialogService").and().doNotHaveSimpleName("FxDialogService")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewsAreUsedOnlyByTheirOwnPackageAndTheCompositionRoot() {
        classes().that().haveSimpleNameEndingWith("View")
                .should(new ArchCondition<JavaClass>("be used only by their own package and the composition root") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        for (Dependency dependency : view.getDirectDependenciesToSelf()) {
                            String origin = dependency.getOriginClass().getPackageName();
                            if (!origin.equals(view.getPackageName()) && !origin.equals("vn.danvan.desk")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }
}
