package dev.profilesync.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture in rules (docs/architecture.md): the core imports the JDK and the SLF4J facade only and declares
 * its ports in {@code core.port}; adapters depend on the core, not on each other's internals; the two hosts never
 * meet; what the plugin jar carries needs nothing only the standalone runner brings; all code logs through SLF4J.
 */
class ArchitectureTest {
    private static final String CORE = "dev.profilesync.core..";
    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.profilesync");
    }

    @Test
    void coreImportsNoFramework() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "javax.servlet..", "jakarta.servlet..",
                        "org.springframework..", "com.fasterxml..", "com.unboundid..",
                        "javax.naming..", "java.sql..", "picocli..", "javax.inject..", "jakarta.inject..",
                        "com.samskivert..", "com.cronutils..")
                .check(product);
    }

    /**
     * The one exception to "the JDK only": the SLF4J facade, which Confluence exports to plugins and routes to
     * atlassian-confluence.log (docs/architecture.md, "Logging"). Its backends, MDC, markers and SPI stay out.
     */
    @Test
    void coreLogsThroughTheSlf4jFacadeAndNothingElseOfSlf4j() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat(resideInAPackage("org.slf4j..")
                        .and(not(type(Logger.class))).and(not(type(LoggerFactory.class))))
                .check(product);
    }

    /**
     * One logging API: SLF4J. System.Logger and java.util.logging would reach Confluence's log through its JUL bridge
     * only at INFO and above, whatever level an admin sets for dev.profilesync. The standalone runner's entry point
     * is the exception: it quiets the JDK's and HSQLDB's own JUL output.
     */
    @Test
    void productCodeLogsThroughSlf4jOnly() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.profilesync.standalone.cli.Main")
                .should().dependOnClassesThat().belongToAnyOf(System.Logger.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                        "org.apache.logging..", "org.apache.commons.logging..", "ch.qos.logback..",
                        "org.slf4j.impl..", "org.slf4j.simple..", "org.slf4j.bridge..", "org.slf4j.spi..")
                .check(product);
    }

    @Test
    void coreDependsOnNoAdapterAndNoHost() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.profilesync.ldap..", "dev.profilesync.store..", "dev.profilesync.web..",
                        "dev.profilesync.people..", "dev.profilesync.picture..",
                        "dev.profilesync.standalone..", "dev.profilesync.confluence..")
                .check(product);
    }

    @Test
    void portsAreInterfacesOrTheValuesTheyCarry() {
        classes().that().resideInAPackage("dev.profilesync.core.port").and().areTopLevelClasses()
                .should().beInterfaces().orShould().beRecords()
                .check(product);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("dev.profilesync.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void ldapAndStoreAreIndependentOfEachOther() {
        noClasses().that().resideInAPackage("dev.profilesync.ldap..")
                .should().dependOnClassesThat().resideInAPackage("dev.profilesync.store..").check(product);
        noClasses().that().resideInAPackage("dev.profilesync.store..")
                .should().dependOnClassesThat().resideInAPackage("dev.profilesync.ldap..").check(product);
    }

    @Test
    void theTwoHostsAreIndependentOfEachOther() {
        noClasses().that().resideInAPackage("dev.profilesync.standalone..")
                .should().dependOnClassesThat().resideInAPackage("dev.profilesync.confluence..").check(product);
        noClasses().that().resideInAPackage("dev.profilesync.confluence..")
                .should().dependOnClassesThat().resideInAPackage("dev.profilesync.standalone..").check(product);
    }

    @Test
    void onlyTheConfluenceHostImportsAtlassianTypes() {
        noClasses().that().resideOutsideOfPackage("dev.profilesync.confluence..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .check(product);
    }

    @Test
    void adaptersDoNotReachIntoTheHosts() {
        noClasses().that().resideInAnyPackage("dev.profilesync.ldap..", "dev.profilesync.store..",
                        "dev.profilesync.web..", "dev.profilesync.people..", "dev.profilesync.picture..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.profilesync.standalone..", "dev.profilesync.confluence..")
                .check(product);
        noClasses().that().resideInAnyPackage("dev.profilesync.ldap..", "dev.profilesync.store..")
                .should().dependOnClassesThat().resideInAPackage("dev.profilesync.web..")
                .check(product);
    }

    @Test
    void theWebAdapterKnowsNoWebServerAndNoStorage() {
        noClasses().that().resideInAPackage("dev.profilesync.web")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.servlet..", "jakarta.servlet..", "com.sun.net.httpserver..",
                        "dev.profilesync.store..", "dev.profilesync.ldap..")
                .check(product);
    }

    @Test
    void theStandaloneHttpServerUsesNoServletApi() {
        noClasses().that().resideInAPackage("dev.profilesync.standalone.http")
                .should().dependOnClassesThat().resideInAnyPackage("javax.servlet..", "jakarta.servlet..")
                .check(product);
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
                        "dev.profilesync.web..", "dev.profilesync.confluence..", "dev.profilesync.picture..",
                        "dev.profilesync.people..")
                .or().resideInAPackage("dev.profilesync.store")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.profilesync.standalone..", "dev.profilesync.store.embedded..",
                        "net.java.ao.db..", "net.java.ao.atlassian..", "net.java.ao.builder..", "com.zaxxer.hikari..",
                        "org.hsqldb..", "org.postgresql..", "picocli..", "com.sun.net.httpserver..", "com.cronutils..")
                .check(product);
    }
}
