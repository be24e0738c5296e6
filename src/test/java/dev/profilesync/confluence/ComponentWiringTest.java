package dev.profilesync.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Named;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's Spring wiring as the scanner and Spring will see it: every component can be built by constructor
 * injection from other components and imported host services, host services are imported in one place, and what
 * a component registers on start it unregisters on stop.
 */
class ComponentWiringTest {
    private static List<Class<?>> components;

    @BeforeAll
    static void findScannedComponents() {
        components = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.profilesync.confluence").stream()
                .filter(type -> type.isAnnotatedWith(Named.class))
                .map(JavaClass::reflect)
                .toList();
    }

    @Test
    void theExpectedComponentsAreScanned() {
        assertThat(components).contains(HostServices.class, ConfluenceHost.class, SyncJobRunner.class,
                LoginSyncListener.class, ConfluencePeople.class);
    }

    @Test
    void everyComponentHasOnePublicInjectConstructor() {
        assertThat(components).allSatisfy(component -> {
            assertThat(Modifier.isPublic(component.getModifiers())).as(component + " is public").isTrue();
            assertThat(injectConstructors(component)).as(component + " @Inject constructors").hasSize(1);
            assertThat(Modifier.isPublic(injectConstructors(component).get(0).getModifiers())).isTrue();
        });
    }

    @Test
    void everyInjectedParameterIsAComponentOrAnImportedHostService() {
        for (Class<?> component : components) {
            for (Parameter parameter : injectConstructors(component).get(0).getParameters()) {
                boolean imported = parameter.isAnnotationPresent(ComponentImport.class);
                boolean isComponent = components.contains(parameter.getType());
                assertThat(imported || isComponent).as(component.getSimpleName() + " needs " + parameter.getType()
                        + ", which is neither a component nor a @ComponentImport").isTrue();
                if (imported) {
                    assertThat(parameter.getType().getName()).startsWith("com.atlassian.");
                }
            }
        }
    }

    /** Servlets, macros and conditions of the descriptor are built by the plugin's container, by constructor. */
    @Test
    void descriptorModulesAreAutowiredByTheirOnlyPublicConstructorFromComponents() {
        for (Class<?> module : List.of(AdminServlet.class, PeopleServlet.class, ProfileListMacro.class,
                OrgChartMacro.class, ProfileMacro.class, PeopleDirectoryCondition.class)) {
            List<Constructor<?>> publicConstructors = Arrays.stream(module.getConstructors()).toList();

            assertThat(publicConstructors).as(module.getSimpleName()).singleElement().satisfies(constructor ->
                    assertThat(constructor.getParameterTypes()).allSatisfy(type ->
                            assertThat(components).as(module.getSimpleName() + " needs " + type).contains(type)));
        }
    }

    @Test
    void hostServicesAreImportedInOnePlace() {
        for (Class<?> component : components) {
            boolean imports = Arrays.stream(injectConstructors(component).get(0).getParameters())
                    .anyMatch(parameter -> parameter.isAnnotationPresent(ComponentImport.class));
            assertThat(imports).as(component.getSimpleName() + " imports host services")
                    .isEqualTo(component == HostServices.class);
        }
    }

    @Test
    void componentsThatRegisterOnStartUnregisterOnStop() {
        for (Class<?> component : components) {
            if (hasMethodAnnotated(component, PostConstruct.class)) {
                assertThat(hasMethodAnnotated(component, PreDestroy.class))
                        .as(component.getSimpleName() + " undoes on stop what it does on start").isTrue();
            }
        }
        assertThat(hasMethodAnnotated(LoginSyncListener.class, PostConstruct.class)).isTrue();
    }

    private static List<Constructor<?>> injectConstructors(Class<?> component) {
        return Arrays.stream(component.getDeclaredConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(Inject.class))
                .toList();
    }

    private static boolean hasMethodAnnotated(Class<?> component, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Method method : component.getMethods()) {
            if (method.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }
}
