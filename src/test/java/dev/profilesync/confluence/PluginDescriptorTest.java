package dev.profilesync.confluence;

import com.atlassian.scheduler.JobRunner;
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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** atlassian-plugin.xml is well-formed, names only classes and resources that exist, and declares the job as specified. */
class PluginDescriptorTest {
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
        Element item = only("web-item");
        assertThat(item.getAttribute("section")).isEqualTo("system.admin/security");
        // The shared page's Confluence flavour highlights the admin tab with this key (admin.active.tab).
        assertThat(item.getAttribute("key")).isEqualTo("profile-sync-advanced-options");
        assertThat(only("condition").getAttribute("class"))
                .isEqualTo("com.atlassian.confluence.plugin.descriptor.web.conditions.SystemAdministratorCondition");
        assertThat(only("link").getTextContent().trim()).isEqualTo("/plugins/servlet/profile-sync/admin/");
    }

    @Test
    void servletServesThePageRootTheAdminLinkPointsTo() {
        Element servlet = only("servlet");
        List<String> patterns = elements("url-pattern").stream().map(pattern -> pattern.getTextContent().trim()).toList();

        assertThat(servlet.getAttribute("class")).isEqualTo(AdminServlet.class.getName());
        assertThat(patterns).containsExactly(AdminServlet.URL_PATTERN, AdminServlet.URL_PATTERN + "/*");
        assertThat(only("link").getTextContent().trim()).isEqualTo("/plugins/servlet" + AdminServlet.URL_PATTERN + "/");
    }

    @Test
    void webResourceTheServletRequiresBringsAui() {
        Element resources = only("web-resource");
        String pluginKey = "dev.profilesync.profile-sync";

        assertThat(pluginKey + ":" + resources.getAttribute("key")).isEqualTo(AdminServlet.WEB_RESOURCES);
        assertThat(only("dependency").getTextContent().trim()).isEqualTo("com.atlassian.auiplugin:ajs");
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
        Pattern literal = Pattern.compile("\"(profilesync\\.[a-z.]+)\"");
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

    private static boolean loads(String className) {
        try {
            Class.forName(className, false, PluginDescriptorTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

}
