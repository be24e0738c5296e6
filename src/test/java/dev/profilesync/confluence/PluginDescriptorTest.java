package dev.profilesync.confluence;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.scheduler.JobRunner;
import dev.profilesync.people.ProfileListParameters;
import dev.profilesync.store.AoStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.inject.Named;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** atlassian-plugin.xml is well-formed, names only classes and resources that exist, and declares the job as specified. */
class PluginDescriptorTest {
    private static final String PLUGIN_KEY = "dev.profilesync.profile-sync";
    private static Document descriptor;
    private static Properties i18n;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = resource("atlassian-plugin.xml")) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        i18n = new Properties();
        try (InputStream in = resource("i18n/profile-sync.properties")) {
            i18n.load(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name + " on the classpath").isNotNull();
        return in;
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element only(String tag) {
        assertThat(elements(tag)).as("<" + tag + ">").hasSize(1);
        return elements(tag).get(0);
    }

    private static Element byKey(String tag, String key) {
        return elements(tag).stream().filter(element -> element.getAttribute("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + tag + " key=\"" + key + "\">"));
    }

    private static List<Element> children(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element child(Element parent, String tag) {
        assertThat(children(parent, tag)).as("<" + tag + "> in " + parent.getAttribute("key")).hasSize(1);
        return children(parent, tag).get(0);
    }

    @Test
    void everyClassTheDescriptorNamesExists() {
        List<String> named = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                named.add(element.getAttribute("class"));
            }
        }
        elements("entity").forEach(entity -> named.add(entity.getTextContent().trim()));

        assertThat(named).isNotEmpty().allSatisfy(name ->
                assertThat(loads(name)).as("class " + name).isTrue());
    }

    @Test
    void activeObjectsModuleListsEveryEntityOfTheStoreUnderItsNamespace() {
        Element ao = only("ao");
        List<String> entities = elements("entity").stream().map(entity -> entity.getTextContent().trim()).toList();

        assertThat(entities).containsExactlyInAnyOrderElementsOf(
                AoStores.entities().stream().map(Class::getName).toList());
        assertThat(ao.getAttribute("namespace")).isEqualTo("dev.profilesync.profile-sync");
    }

    @Test
    void adminLinkSitsInUsersAndSecurityForSystemAdministrators() {
        // The shared page's Confluence flavour highlights the admin tab with this key (admin.active.tab).
        Element item = byKey("web-item", "profile-sync-advanced-options");
        assertThat(item.getAttribute("section")).isEqualTo("system.admin/security");
        assertThat(child(item, "condition").getAttribute("class"))
                .isEqualTo("com.atlassian.confluence.plugin.descriptor.web.conditions.SystemAdministratorCondition");
        assertThat(child(item, "link").getTextContent().trim()).isEqualTo("/plugins/servlet/profile-sync/admin/");
    }

    @Test
    void servletServesThePageRootTheAdminLinkPointsTo() {
        Element servlet = byKey("servlet", "profile-sync-admin-servlet");
        List<String> patterns = children(servlet, "url-pattern").stream()
                .map(pattern -> pattern.getTextContent().trim()).toList();

        assertThat(servlet.getAttribute("class")).isEqualTo(AdminServlet.class.getName());
        assertThat(patterns).containsExactly(AdminServlet.URL_PATTERN, AdminServlet.URL_PATTERN + "/*");
        assertThat(child(byKey("web-item", "profile-sync-advanced-options"), "link").getTextContent().trim())
                .isEqualTo("/plugins/servlet" + AdminServlet.URL_PATTERN + "/");
    }

    @Test
    void webResourceTheServletRequiresBringsAui() {
        Element resources = byKey("web-resource", "admin-resources");
        String pluginKey = "dev.profilesync.profile-sync";

        assertThat(pluginKey + ":" + resources.getAttribute("key")).isEqualTo(AdminServlet.WEB_RESOURCES);
        assertThat(child(resources, "dependency").getTextContent().trim()).isEqualTo("com.atlassian.auiplugin:ajs");
    }

    @Test
    void pluginDeclaresItselfReadOnlyCompatible() {
        assertThat(elements("param")).anySatisfy(param -> {
            assertThat(param.getAttribute("name")).isEqualTo("read-only-access-mode-compatible");
            assertThat(param.getTextContent().trim()).isEqualTo("true");
        });
    }

    @Test
    void scheduledJobHasAnIdNoOtherAppCanTakeAndTheNameConfluenceShowsForIt() {
        String jobId = only("job-config").getAttribute("key");

        // The scheduler's JobId is the bare module key, shared by all apps; the plugin key is unique per app.
        assertThat(jobId).startsWith("dev.profilesync.profile-sync.");
        assertThat(i18n.getProperty("scheduledjob.desc." + jobId)).isEqualTo("External User Directory Sync Job");
    }

    @Test
    void scheduledJobIsTheManagedNightlyPerClusterJob() {
        Element jobConfig = only("job-config");
        assertThat(jobConfig.getAttribute("name")).isEqualTo("External User Directory Sync Job");
        assertThat(jobConfig.getAttribute("key")).isEqualTo(ConfluenceHostSchedule.JOB_MODULE_KEY);

        Element job = only("job");
        assertThat(job.getAttribute("perClusterJob")).isEqualTo("true");
        Element schedule = only("schedule");
        assertThat(schedule.getAttribute("cron-expression")).isEqualTo("0 11 1 * * ?");
        Element managed = only("managed");
        for (String flag : List.of("editable", "keepingHistory", "canRunAdhoc", "canDisable")) {
            assertThat(managed.getAttribute(flag)).as(flag).isEqualTo("true");
        }
    }

    @Test
    void jobKeyIsTheBeanNameOfTheScannedJobRunner() {
        String beanName = only("job").getAttribute("key");

        assertThat(SyncJobRunner.class.getAnnotation(Named.class).value()).isEqualTo(beanName);
        assertThat(JobRunner.class).isAssignableFrom(SyncJobRunner.class);
    }

    @Test
    void everyI18nKeyTheDescriptorUsesIsDefined() {
        List<String> keys = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String attribute : List.of("key", "i18n-name-key")) {
                String value = element.getAttribute(attribute);
                if (value.startsWith("profilesync.")) {
                    keys.add(value);
                }
            }
        }
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(i18n).containsKey(key));
    }

    @Test
    void everyI18nKeyTheAdapterUsesIsDefined() throws IOException {
        Pattern literal = Pattern.compile("\"(profilesync\\.[a-z.-]+)\"");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/profilesync/confluence"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(i18n).containsKey(key));
    }

    @Test
    void everyDownloadableResourceIsPackaged() {
        for (Element resource : elements("resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                String location = resource.getAttribute("location");
                assertThat(getClass().getClassLoader().getResource(location)).as(location).isNotNull();
            }
        }
    }

    @Test
    void springContextScansTheComponentIndexes() throws IOException {
        try (InputStream in = resource("META-INF/spring/plugin-context.xml")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("http://www.atlassian.com/schema/atlassian-scanner/2", "<atlassian-scanner:scan-indexes/>");
        }
    }

    @Test
    void peoplePageIsServedBelowTheHeaderLinkForThoseWhoMaySeePeople() {
        Element servlet = byKey("servlet", "profile-sync-people-servlet");
        assertThat(servlet.getAttribute("class")).isEqualTo(PeopleServlet.class.getName());
        assertThat(children(servlet, "url-pattern").stream().map(pattern -> pattern.getTextContent().trim()))
                .containsExactly(PeopleServlet.URL_PATTERN, PeopleServlet.URL_PATTERN + "/*");

        Element link = byKey("web-item", "profile-sync-people-link");
        assertThat(link.getAttribute("section")).isEqualTo("system.header/left");
        assertThat(child(link, "link").getTextContent().trim()).isEqualTo("/plugins/servlet" + PeopleServlet.URL_PATTERN);
        assertThat(child(link, "condition").getAttribute("class")).isEqualTo(PeopleDirectoryCondition.class.getName());
        assertThat(com.atlassian.plugin.web.Condition.class).isAssignableFrom(PeopleDirectoryCondition.class);
    }

    @Test
    void peopleStylesAreTheWebResourceThePageAndMacrosRequire() {
        Element resources = byKey("web-resource", "people-resources");

        assertThat(PLUGIN_KEY + ":people-resources").isEqualTo(ConfluencePeople.WEB_RESOURCES);
        assertThat(child(resources, "resource").getAttribute("location"))
                .isEqualTo("dev/profilesync/web/static/css/people.css");
    }

    @Test
    void macrosAreBlockXhtmlMacrosWithoutBodyNamedAsTheIssueSays() {
        Map<String, Class<?>> expected = Map.of("profile-list", ProfileListMacro.class,
                "org-chart", OrgChartMacro.class, "profile", ProfileMacro.class);

        assertThat(elements("xhtml-macro")).hasSize(expected.size()).allSatisfy(macro -> {
            Class<?> type = expected.get(macro.getAttribute("name"));
            assertThat(macro.getAttribute("class")).isEqualTo(type.getName());
            assertThat(macro.getAttribute("key")).isEqualTo(macro.getAttribute("name"));
            Macro instance = (Macro) type.getConstructor(ConfluencePeople.class).newInstance((ConfluencePeople) null);
            assertThat(instance.getBodyType()).isEqualTo(Macro.BodyType.NONE);
            assertThat(instance.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
        });
    }

    @Test
    void macroParametersAreTheOnesTheMacrosRead() {
        assertThat(parameterNames("profile-list")).containsExactly("filter", "fields", "sort", "limit", "layout");
        assertThat(parameterNames("org-chart")).containsExactly("user");
        assertThat(parameterNames("profile")).containsExactly("user");
        Element layout = parameter("profile-list", "layout");
        assertThat(layout.getAttribute("type")).isEqualTo("enum");
        assertThat(children(layout, "value").stream().map(value -> value.getAttribute("name")))
                .containsExactlyElementsOf(java.util.Arrays.stream(ProfileListParameters.Layout.values())
                        .map(value -> value.name().toLowerCase(java.util.Locale.ROOT)).toList());
        assertThat(parameter("profile-list", "limit").getAttribute("default"))
                .isEqualTo(Integer.toString(ProfileListParameters.DEFAULT_LIMIT));
        assertThat(parameter("org-chart", "user").getAttribute("type")).isEqualTo("username");
        assertThat(parameter("profile", "user").getAttribute("type")).isEqualTo("username");
    }

    /** Installing the app must not silently replace Confluence's people cards: an administrator opts in. */
    @Test
    void profileMacroReplacingConfluencesCardIsOffUntilEnabled() {
        assertThat(macroNamed("profile").getAttribute("state")).isEqualTo("disabled");
        assertThat(macroNamed("profile").getAttribute("hidden")).isEqualTo("true");
        assertThat(macroNamed("profile-list").getAttribute("state")).isEmpty();
        assertThat(macroNamed("org-chart").getAttribute("state")).isEmpty();
    }

    /** Confluence's macro browser reads these keys (MacroSummary, MacroParameter in 8.7.2). */
    @Test
    void everyMacroAndMacroParameterHasItsLabelAndDescriptionInTheMacroBrowser() {
        List<String> keys = new ArrayList<>();
        for (Element macro : elements("xhtml-macro")) {
            String prefix = PLUGIN_KEY + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            for (Element parameter : children(macro, "parameter")) {
                String name = prefix + ".param." + parameter.getAttribute("name");
                keys.add(name + ".label");
                keys.add(name + ".desc");
                children(parameter, "value").forEach(value -> keys.add(name + "." + value.getAttribute("name") + ".desc"));
            }
        }
        assertThat(keys).hasSizeGreaterThan(10).allSatisfy(key -> assertThat(i18n).containsKey(key));
    }

    private static List<String> parameterNames(String macro) {
        return children(macroNamed(macro), "parameter").stream().map(p -> p.getAttribute("name")).toList();
    }

    private static Element parameter(String macro, String name) {
        return children(macroNamed(macro), "parameter").stream().filter(p -> p.getAttribute("name").equals(name))
                .findFirst().orElseThrow();
    }

    private static Element macroNamed(String name) {
        return elements("xhtml-macro").stream().filter(m -> m.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no xhtml-macro " + name));
    }

    private static boolean loads(String className) {
        try {
            Class.forName(className, false, PluginDescriptorTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

}
