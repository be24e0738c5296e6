package dev.profilesync.standalone.http;

import com.sun.net.httpserver.HttpExchange;
import dev.profilesync.core.Picture;
import dev.profilesync.core.people.OrgChart;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeoplePage;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.DirectoryRequest;
import dev.profilesync.people.ParameterException;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.people.ProfileListParameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The people pages of the standalone server: {@code /people} (the People Directory), {@code /people/{username}}
 * (a card and its org chart) and {@code /macros/profile-list?...} (the Profile List macro rendered with the given
 * parameters, as Confluence would). GET only; the caller has checked the login.
 */
final class PeopleHandler {
    static final String PROFILE_LIST_PREVIEW = "/macros/profile-list";
    /** Remembers which people page asked for the login, so the login returns there. */
    static final String RETURN_COOKIE = "PSRETURN";
    private static final String HTML = "text/html;charset=UTF-8";
    private static final String ASSETS = "/assets/";

    private final PeopleSite site;
    private final StandalonePeopleLinks links;

    PeopleHandler(PeopleSite site) {
        this.site = site;
        this.links = new StandalonePeopleLinks(() -> site.directory().index().fields());
    }

    static boolean handles(String path) {
        return path.equals(StandalonePeopleLinks.DIRECTORY) || path.startsWith(StandalonePeopleLinks.PERSON_PREFIX)
                || path.equals(PROFILE_LIST_PREVIEW);
    }

    /** The requested page as a cookie value: its path and query, percent-encoded so no cookie syntax survives. */
    static String returnValue(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        return java.net.URLEncoder.encode(raw, StandardCharsets.UTF_8);
    }

    /** Where to go after the login: the remembered people page, if it is one (never another site). */
    static Optional<String> returnPath(HttpExchange exchange) {
        return Exchanges.cookie(exchange, RETURN_COOKIE)
                .map(value -> java.net.URLDecoder.decode(value, StandardCharsets.UTF_8))
                .filter(path -> path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                        && handles(path.split("\\?", 2)[0]));
    }

    boolean isPublic() {
        return site.publicPeople();
    }

    void handle(HttpExchange exchange, String path, boolean loggedIn) throws IOException {
        Map<String, String> params = Exchanges.params(exchange.getRequestURI().getRawQuery());
        PeopleIndex index = site.directory().index();
        PeopleRenderer renderer = site.renderer().in(Exchanges.translations(exchange));
        List<Map<String, String>> navigation = navigation(loggedIn, renderer);
        if (path.equals(StandalonePeopleLinks.DIRECTORY)) {
            DirectoryRequest request = DirectoryRequest.parse(params, index);
            PeoplePage page = index.search(request.query());
            send(exchange, 200, renderer.page(renderer.text("profilesync.people.title"), ASSETS, navigation,
                    renderer.directory(index, request, page, links)));
        } else if (path.equals(PROFILE_LIST_PREVIEW)) {
            send(exchange, 200, renderer.page(renderer.text("profilesync.people.preview.title"), ASSETS, navigation,
                    profileList(renderer, index, params)));
        } else if (StandalonePeopleLinks.isPicture(path)) {
            picture(exchange, index, StandalonePeopleLinks.pictureOwner(path));
        } else {
            person(exchange, renderer, index, StandalonePeopleLinks.username(path), navigation);
        }
    }

    /** The stored picture of a listed person, under the same rule as their card: not listed, no picture. */
    private void picture(HttpExchange exchange, PeopleIndex index, String username) throws IOException {
        Optional<Picture> picture = index.person(username).filter(Person::listed).flatMap(person ->
                StandalonePeopleLinks.pictureField(index.fields()).flatMap(field ->
                        site.pictures().picture(person.userKey(), field)));
        if (picture.isEmpty()) {
            Exchanges.sendText(exchange, 404, "No picture is stored for this person.");
            return;
        }
        Exchanges.send(exchange, 200, picture.get().mediaType(), picture.get().bytes());
    }

    private void person(HttpExchange exchange, PeopleRenderer renderer, PeopleIndex index, String username,
                        List<Map<String, String>> navigation) throws IOException {
        if (index.isReading()) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            send(exchange, 503, renderer.page(renderer.text("profilesync.people.title"), ASSETS, navigation,
                    renderer.reading()));
            return;
        }
        Optional<Person> person = index.person(username).filter(Person::listed);
        Optional<OrgChart> chart = index.orgChart(username);
        if (person.isEmpty() || chart.isEmpty()) {
            send(exchange, 404, renderer.page(renderer.text("profilesync.people.notListed.page"), ASSETS, navigation,
                    renderer.notListed(username, links)));
            return;
        }
        send(exchange, 200, renderer.page(person.get().fullName(), ASSETS, navigation,
                renderer.card(index, person.get(), links), renderer.orgChart(index, chart.get(), links)));
    }

    private String profileList(PeopleRenderer renderer, PeopleIndex index, Map<String, String> params) {
        Map<String, String> macroParameters = new TreeMap<>(params);
        try {
            ProfileListParameters parameters = ProfileListParameters.parse(macroParameters, index.fields(), false);
            return renderer.macroPreview(macroParameters) + renderer.profileList(index, parameters,
                    index.search(parameters.query(Optional.empty())), links);
        } catch (ParameterException e) {
            return renderer.macroPreview(macroParameters) + renderer.error(renderer.text("dev.profilesync.profile-sync.profile-list.label"), e);
        }
    }

    private static List<Map<String, String>> navigation(boolean loggedIn, PeopleRenderer words) {
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("href", StandalonePeopleLinks.DIRECTORY, "label", words.text("profilesync.people.title")));
        links.add(Map.of("href", PROFILE_LIST_PREVIEW, "label", words.text("profilesync.people.preview.title")));
        if (loggedIn) {
            links.add(Map.of("href", "/", "label", words.text("profilesync.admin.page.heading")));
        }
        return links;
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        Exchanges.send(exchange, status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }
}
