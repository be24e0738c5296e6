package dev.profilesync.web;

import dev.profilesync.i18n.Translations;

import java.nio.charset.StandardCharsets;

/**
 * The admin page's HTML. The page is static: it holds no data and no inline script, and loads everything through
 * the API. The host decides the head: the standalone runner adds a style sheet that imitates AUI, Confluence adds
 * the admin decorator and loads the real AUI (the binding requires the {@code com.atlassian.auiplugin:ajs}
 * web resource).
 */
public final class AdminPage {
    static final String HEAD_PLACEHOLDER = "<!-- host:head -->";
    static final String BANNER_PLACEHOLDER = "<!-- host:banner -->";

    /** Where the page is shown. */
    public enum Flavor {
        /** The standalone runner: AUI look-alike styles from this jar. */
        STANDALONE("<link rel=\"stylesheet\" href=\"assets/css/aui-lite.css\">",
                """
                <nav class="aui-header" aria-label="{{t:profilesync.admin.header.navigation}}">
                    <div class="aui-header-primary"><span class="aui-header-logo">Profile Sync</span>
                        <span class="ps-header-host">{{t:profilesync.admin.header.standalone}}</span></div>
                    <div class="aui-header-secondary">
                        <form method="post" action="logout" class="ps-logout">
                            <input type="hidden" name="atl_token" value="">
                            <button type="submit" class="aui-button aui-button-subtle">{{t:profilesync.admin.header.logout}}</button>
                        </form>
                    </div>
                </nav>"""),
        /** Inside Confluence: the admin decorator, under Users &amp; Security. */
        CONFLUENCE("<meta name=\"decorator\" content=\"atl.admin\">\n"
                + "    <meta name=\"admin.active.section\" content=\"system.admin/security\">\n"
                + "    <meta name=\"admin.active.tab\" content=\"profile-sync-advanced-options\">", "");

        private final String head;
        private final String banner;

        Flavor(String head, String banner) {
            this.head = head;
            this.banner = banner;
        }
    }

    private AdminPage() {
    }

    /** The page in English. */
    public static String html(Flavor flavor) {
        return html(flavor, Translations.english());
    }

    /**
     * The page in the caller's language: its fixed labels are filled in here, HTML-escaped; what the scripts write
     * later they take from {@code api/messages} in the same language.
     */
    public static String html(Flavor flavor, Translations words) {
        return words.fill(template(flavor));
    }

    /** The page before translation: {@code {{t:key}}} where each label goes. */
    static String template(Flavor flavor) {
        String template = new String(StaticAsset.read(StaticAsset.ROOT + "index.html"), StandardCharsets.UTF_8);
        return template.replace(HEAD_PLACEHOLDER, flavor.head).replace(BANNER_PLACEHOLDER, flavor.banner);
    }

    public static String contentType() {
        return "text/html;charset=UTF-8";
    }
}
