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

    /**
     * What the plugin jar carries (everything but the standalone runner and its embedded database) needs nothing
     * that only the standalone runner brings: no mandatory import of a package Confluence does not export.
     * UnboundID is not on the list: the ldap adapter checks an admin's filter with its parser, so the plugin bundles
     * it, as it bundles spring-ldap.
     */
    @Test
    void pluginCodeNeedsNoStandaloneOnlyLibrary() {
        noClasses().that().resideInAnyPackage("dev.profilesync.core..", "dev.profilesync.ldap..",
                        "dev.profilesync.web..", "dev.profilesync.confluence..", "dev.profilesync.picture..")
                .or().resideInAPackage("dev.profilesync.store")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.profilesync.standalone..", "dev.profilesync.store.embedded..",
                        "net.java.ao.db..", "net.java.ao.atlassian..", "net.java.ao.builder..", "com.zaxxer.hikari..",
                        "org.hsqldb..", "org.postgresql..", "picocli..", "com.sun.net.httpserver..")
                .check(classes);
    }
}
