package dev.profilesync.confluence;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The two bits of HTML only Confluence needs: the People page handed to Confluence's decorator, and a one-line
 * notice (not permitted, a name without a card). Mustache with HTML escaping, like the shared people templates;
 * the only unescaped insertion is the body those templates rendered. Thread-safe: compiled once.
 */
final class ConfluenceTemplates {
    private static final String FOLDER = "/dev/profilesync/confluence/";

    private final Template page = compile("people-page.mustache");
    private final Template notice = compile("notice.mustache");

    /** A page Confluence decorates with its own header and sidebar ({@code atl.general}). */
    String page(String title, String body) {
        return page.execute(Map.of("title", title, "body", body));
    }

    /** A sentence, optionally followed by a name, both escaped. */
    String notice(String text, String name) {
        return notice.execute(Map.of("text", text, "name", name));
    }

    private static Template compile(String name) {
        InputStream in = ConfluenceTemplates.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("The template " + name + " is missing from the jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the template " + name, e);
        }
    }
}
