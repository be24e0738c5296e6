package dev.profilesync.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core stays free of frameworks; adapters depend on it, never the other way. */
class DependencyRuleTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.profilesync");
    }

    @Test
    void coreImportsNoFramework() {
        noClasses().that().resideInAPackage("dev.profilesync.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "javax.servlet..", "jakarta.servlet..",
                        "org.springframework..", "com.fasterxml..", "com.unboundid..", "org.slf4j..",
                        "javax.naming..", "java.sql..", "picocli..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("dev.profilesync.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.profilesync.ldap..", "dev.profilesync.store..", "dev.profilesync.web..",
                        "dev.profilesync.standalone..", "dev.profilesync.confluence..")
                .check(classes);
    }

    @Test
    void onlyTheConfluenceAdapterImportsAtlassianTypes() {
        noClasses().that().resideOutsideOfPackage("dev.profilesync.confluence..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOtherExceptThroughTheHosts() {
        noClasses().that().resideInAnyPackage("dev.profilesync.ldap..", "dev.profilesync.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.profilesync.web..", "dev.profilesync.standalone..", "dev.profilesync.confluence..")
                .check(classes);
    }
}
