package dev.profilesync.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's files keep to the rules that make it safe under a strict Content-Security-Policy. */
class AdminPageTest {
    private static final Pattern ASSET_LINK = Pattern.compile("(?:src|href)=\"assets/([^\"]+)\"");

    @Test
    void everyFileThePageLoadsIsServed() {
        for (AdminPage.Flavor flavor : AdminPage.Flavor.values()) {
            Matcher matcher = ASSET_LINK.matcher(AdminPage.html(flavor));
            List<String> linked = new ArrayList<>();
            while (matcher.find()) {
                linked.add(matcher.group(1));
            }
            assertThat(linked).as(flavor.name()).isNotEmpty()
                    .allSatisfy(name -> assertThat(StaticAsset.find(name)).as(name).isPresent());
        }
    }

    @Test
    void thePageHasNoInlineScriptStyleOrEventHandler() {
        String html = AdminPage.html(AdminPage.Flavor.STANDALONE);
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContainPattern("\\son[a-z]+\\s*=")
                .doesNotContainPattern("\\sstyle\\s*=")
                .doesNotContain("javascript:");
    }

    @Test
    void theScriptsNeverWriteHtml() {
        for (String name : StaticAsset.FILES) {
            if (name.endsWith(".js")) {
                String script = new String(StaticAsset.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
                assertThat(script).as(name).doesNotContain("innerHTML").doesNotContain("outerHTML")
                        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write")
                        .doesNotContain("eval(").doesNotContain("new Function");
            }
        }
    }

    @Test
    void confluenceGetsTheAdminDecoratorAndItsOwnAui() {
        String html = AdminPage.html(AdminPage.Flavor.CONFLUENCE);
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .doesNotContain("aui-lite.css").doesNotContain("Log out");
        assertThat(AdminPage.html(AdminPage.Flavor.STANDALONE)).contains("aui-lite.css").doesNotContain("atl.admin");
    }

    @Test
    void onlyListedFilesAreAssets() {
        assertThat(StaticAsset.find("../index.html")).isEmpty();
        assertThat(StaticAsset.find("index.html")).isEmpty();
        assertThat(StaticAsset.find("js/main.js").orElseThrow().contentType()).startsWith("text/javascript");
    }

    @Test
    void pathsBelowTheRootMapToPageAssetsAndApi() {
        assertThat(AdminPaths.resolve("").kind()).isEqualTo(AdminPaths.Kind.REDIRECT_TO_ROOT);
        assertThat(AdminPaths.resolve("/").kind()).isEqualTo(AdminPaths.Kind.PAGE);
        assertThat(AdminPaths.resolve("/assets/css/admin.css")).isEqualTo(
                new AdminPaths.Target(AdminPaths.Kind.ASSET, "css/admin.css"));
        assertThat(AdminPaths.resolve("/api/sync/start")).isEqualTo(
                new AdminPaths.Target(AdminPaths.Kind.API, "sync/start"));
        assertThat(AdminPaths.resolve("/etc/passwd").kind()).isEqualTo(AdminPaths.Kind.NOT_FOUND);
    }
}
