package dev.profilesync.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The admin API and page stay host-agnostic, so every host serves the very same thing. */
class WebDependencyRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.profilesync");
    }

    @Test
    void theWebPackageKnowsNoWebServerAndNoHost() {
        noClasses().that().resideInAPackage("dev.profilesync.web")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.servlet..", "jakarta.servlet..", "com.sun.net.httpserver..", "com.atlassian..",
                        "dev.profilesync.standalone..", "dev.profilesync.confluence..",
                        "dev.profilesync.store..", "dev.profilesync.ldap..")
                .check(classes);
    }

    @Test
    void theStandaloneBindingImportsNoServletOrAtlassianType() {
        noClasses().that().resideInAPackage("dev.profilesync.standalone.web")
                .should().dependOnClassesThat().resideInAnyPackage("javax.servlet..", "jakarta.servlet..",
                        "com.atlassian..")
                .check(classes);
    }
}
