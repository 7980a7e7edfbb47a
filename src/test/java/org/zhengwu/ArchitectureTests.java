package org.zhengwu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules of the layout that Spring Modulith does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhengwu");

    @Test
    void domainCodeIsFreeOfTheWebAndOfPersistence() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.ui..", "jakarta.servlet..", "org.thymeleaf..",
                        "org.springframework.jdbc..", "org.springframework.http..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theKernelHoldsValuesOnly() {
        classes().that().resideInAPackage("org.zhengwu.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.zhengwu.kernel..",
                        "org.springframework.modulith..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInTheWebLayer() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAnyPackage("..web..", "org.zhengwu.platform.security..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCalendarCountsDays() {
        // Every deadline comes from the one working-day clock: no date arithmetic elsewhere.
        noClasses().that().resideOutsideOfPackage("org.zhengwu.calendar..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("LocalDate arithmetic",
                                t -> t.getOwner().isEquivalentTo(java.time.LocalDate.class)
                                        && t.getName().matches("(plus|minus)(Days|Weeks|Months|Years)?|datesUntil|until"))))
                .check(CLASSES);
    }
}
