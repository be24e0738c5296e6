package dev.profilesync.people;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.people.OrgChart;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeoplePage;
import dev.profilesync.core.people.PeopleQuery;
import dev.profilesync.core.people.Person;
import dev.profilesync.i18n.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the people pages and macros as HTML fragments, the same in every host: a person's card, the People
 * Directory, the Profile List, the org chart and inline parameter errors. Templates are Mustache files next to this
 * class; every value is HTML-escaped by the template engine, links are chosen by {@link SafeLinks}, and the only
 * unescaped insertions are fragments these templates rendered themselves. Words come from the bundle in the reader's
 * language ({@link #in}): the templates name them as {@code {{#t}}key{{/t}}}, and sentences with a value inside are
 * formatted here. Thread-safe: templates are compiled once and shared by every language.
 */
public final class PeopleRenderer {
    private static final String TEMPLATES = "/dev/profilesync/people/";

    private final Map<String, Template> templates;
    private final Translations words;

    /** A renderer writing English; {@link #in} gives one for another language. */
    public PeopleRenderer() {
        this(compileAll(), Translations.english());
    }

    private PeopleRenderer(Map<String, Template> templates, Translations words) {
        this.templates = templates;
        this.words = words;
    }

    /** The same templates, writing the words of this language. */
    public PeopleRenderer in(Translations language) {
        return new PeopleRenderer(templates, language);
    }

    private static Map<String, Template> compileAll() {
        Map<String, Template> templates = new HashMap<>();
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).strictSections(false).emptyStringIsFalse(true).zeroIsFalse(true)
                .withLoader(name -> reader(name + ".mustache"));
        for (String name : List.of("card", "directory", "profile-list", "org-chart", "error", "page", "not-listed",
                "macro-preview", "reading")) {
            try (Reader reader = reader(name + ".mustache")) {
                templates.put(name, compiler.compile(reader));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the template " + name, e);
            }
        }
        return Map.copyOf(templates);
    }

    /** One person's card with the fields marked "shown on cards". */
    public String card(PeopleIndex index, Person person, PeopleLinks links) {
        PeopleViews views = new PeopleViews(index, links);
        return render("card", views.card(person, views.cardFields()));
    }

    /** The People Directory: the search form, the matches as cards, paging, and the empty states explained. */
    public String directory(PeopleIndex index, DirectoryRequest request, PeoplePage page, PeopleLinks links) {
        PeopleViews views = new PeopleViews(index, links);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("action", links.directory());
        model.put("q", request.text());
        model.put("filters", filterViews(index, request));
        model.put("sorts", sortViews(index, request));
        model.put("total", page.total());
        model.put("listed", index.listedCount());
        model.put("reading", index.isReading());
        model.put("nobodyListed", index.listedCount() == 0 && !index.isReading());
        model.put("noMatches", index.listedCount() > 0 && page.total() == 0);
        model.put("searching", !request.text().isEmpty() || !request.filters().isEmpty());
        model.put("from", page.total() == 0 ? 0 : page.offset() + 1);
        model.put("to", page.offset() + page.people().size());
        List<Map<String, Object>> cards = new ArrayList<>();
        List<FieldDefinition> fields = views.cardFields();
        page.people().forEach(person -> cards.add(views.card(person, fields)));
        model.put("cards", cards);
        model.put("hasPrevious", page.hasPrevious());
        model.put("previousUrl", links.directory() + "?" + request.queryString(request.page() - 1));
        model.put("hasNext", page.hasNext());
        model.put("nextUrl", links.directory() + "?" + request.queryString(request.page() + 1));
        model.put("summaryText", words.text(model.get("searching") == Boolean.TRUE
                ? "profilesync.people.directory.summary.matching" : "profilesync.people.directory.summary.people",
                model.get("from"), model.get("to"), page.total()));
        model.put("pageText", words.text("profilesync.people.directory.page", request.page(),
                (page.total() + PeopleQuery.PAGE_SIZE - 1) / PeopleQuery.PAGE_SIZE));
        return render("directory", model);
    }

    /** The Profile List macro's output, as a table or as cards. */
    public String profileList(PeopleIndex index, ProfileListParameters parameters, PeoplePage page, PeopleLinks links) {
        if (index.isReading()) {
            return reading();
        }
        PeopleViews views = new PeopleViews(index, links);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("table", parameters.layout() == ProfileListParameters.Layout.TABLE);
        model.put("columns", parameters.columns().stream().map(FieldDefinition::label).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        page.people().forEach(person -> rows.add(parameters.layout() == ProfileListParameters.Layout.TABLE
                ? views.row(person, parameters.columns()) : views.card(person, parameters.columns())));
        model.put("rows", rows);
        model.put("empty", rows.isEmpty());
        model.put("total", page.total());
        model.put("cut", page.total() > rows.size());
        model.put("cutText", words.text("profilesync.people.list.cut", rows.size(), page.total()));
        return render("profile-list", model);
    }

    /** A person's chain of managers, peers and direct reports, with a broken chain said as such. */
    public String orgChart(PeopleIndex index, OrgChart chart, PeopleLinks links) {
        PeopleViews views = new PeopleViews(index, links);
        Map<String, Object> model = new LinkedHashMap<>();
        List<Map<String, Object>> managers = new ArrayList<>();
        for (int i = chart.managers().size() - 1; i >= 0; i--) {
            managers.add(views.person(chart.managers().get(i)));
        }
        model.put("managers", managers);
        model.put("self", views.person(chart.person()));
        model.put("cycle", chart.chainEnd() == OrgChart.ChainEnd.CYCLE);
        model.put("missing", chart.chainEnd() == OrgChart.ChainEnd.MISSING);
        model.put("missingManager", chart.missingManager().orElse(""));
        model.put("cycleAt", chart.managers().isEmpty() ? chart.person().fullName()
                : chart.managers().get(chart.managers().size() - 1).fullName());
        model.put("cycleText", around("profilesync.people.org.cycle"));
        model.put("missingText", around("profilesync.people.org.missing"));
        model.put("noManagerField", index.managerField().isEmpty());
        model.put("peers", chart.peers().stream().map(views::person).toList());
        model.put("peersTitle", words.text("profilesync.people.org.peers", chart.peerCount()));
        model.put("hasPeers", chart.peerCount() > 0);
        model.put("morePeers", moreText(chart.peerCount() - chart.peers().size()));
        model.put("reports", chart.reports().stream().map(views::person).toList());
        model.put("reportsTitle", words.text("profilesync.people.org.reports", chart.reportCount()));
        model.put("hasReports", chart.reportCount() > 0);
        model.put("moreReports", moreText(chart.reportCount() - chart.reports().size()));
        model.put("reportsUrl", index.managerField().map(field -> links.directory() + "?"
                + new DirectoryRequest("", Map.of(field, chart.person().username()), PeopleQuery.SORT_BY_NAME, 1)
                .queryString(1)).orElse(links.directory()));
        return render("org-chart", model);
    }

    /** Said while the stores are read for the first time ({@link PeopleIndex#isReading()}), instead of "nobody". */
    public String reading() {
        return render("reading", Map.of());
    }

    /** An inline AUI error naming the parameter, for a macro that cannot render. */
    public String error(String title, ParameterException problem) {
        return render("error", Map.of("title", title, "parameter", problem.parameter(), "detail", problem.detail()));
    }

    /** Said instead of a card when nobody of that name is listed (unknown, hidden by a policy, or deactivated). */
    public String notListed(String username, PeopleLinks links) {
        return render("not-listed", Map.of("username", username, "directoryUrl", links.directory(),
                "notListedText", around("profilesync.people.notListed.title")));
    }

    /** The form of a macro preview page: the Profile List's parameters, to change and render again. */
    public String macroPreview(Map<String, String> parameters) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (String name : List.of("filter", "fields", "sort", "limit")) {
            model.put(name, parameters.getOrDefault(name, ""));
        }
        String layout = parameters.getOrDefault("layout", "table");
        model.put("table", !layout.equalsIgnoreCase("cards"));
        model.put("cards", layout.equalsIgnoreCase("cards"));
        return render("macro-preview", model);
    }

    /** A whole page around fragments these templates rendered: the standalone host's people pages. */
    public String page(String title, String assets, List<Map<String, String>> navigation, String... fragments) {
        return render("page", Map.of("title", title, "assets", assets, "navigation", navigation,
                "body", String.join("\n", fragments), "lang", words.locale().toLanguageTag()));
    }

    /** A message of the reader's language, for a host's titles and notices around these fragments. */
    public String text(String key, Object... arguments) {
        return words.text(key, arguments);
    }

    private List<Map<String, Object>> filterViews(PeopleIndex index, DirectoryRequest request) {
        List<Map<String, Object>> filters = new ArrayList<>();
        for (FieldDefinition field : index.fields()) {
            if (!field.display().searchable() || field.type() == FieldType.MULTILINE) {
                continue;
            }
            List<PeopleIndex.FilterChoice> choices = index.filterChoices(field.key());
            String selected = request.filters().getOrDefault(field.key(), "");
            if (choices.isEmpty() && selected.isEmpty()) {
                continue;
            }
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("key", field.key());
            filter.put("label", field.label());
            filter.put("param", DirectoryRequest.FILTER_PREFIX + field.key());
            List<Map<String, Object>> options = new ArrayList<>();
            boolean selectedOffered = false;
            for (PeopleIndex.FilterChoice choice : choices) {
                boolean isSelected = choice.value().equalsIgnoreCase(selected);
                selectedOffered |= isSelected;
                options.add(Map.of("value", choice.value(), "text", choiceText(index, field, choice.value()),
                        "count", choice.count(), "selected", isSelected));
            }
            if (!selected.isEmpty() && !selectedOffered) {
                options.add(0, Map.of("value", selected, "text", choiceText(index, field, selected), "count", 0,
                        "selected", true));
            }
            filter.put("options", options);
            filters.add(filter);
        }
        return filters;
    }

    /** A filter choice as people read it: a username is shown as that person's name. */
    private static String choiceText(PeopleIndex index, FieldDefinition field, String value) {
        return field.format() == dev.profilesync.core.ValueFormat.PERSON
                ? index.person(value).map(Person::fullName).orElse(value) : value;
    }

    private List<Map<String, Object>> sortViews(PeopleIndex index, DirectoryRequest request) {
        List<Map<String, Object>> sorts = new ArrayList<>();
        sorts.add(Map.of("value", PeopleQuery.SORT_BY_NAME, "label", words.text("profilesync.people.name"),
                "selected", request.sortBy().equals(PeopleQuery.SORT_BY_NAME)));
        for (FieldDefinition field : index.fields()) {
            if (field.display().shownOnCards() && field.type() != FieldType.MULTILINE) {
                sorts.add(Map.of("value", field.key(), "label", field.label(),
                        "selected", request.sortBy().equals(field.key())));
            }
        }
        return sorts;
    }

    /** "and 10 more", or nothing (a false section) when none are left out. */
    private Object moreText(int more) {
        return more > 0 ? words.text("profilesync.people.org.more", more) : "";
    }

    /**
     * A sentence with one value inside, split around it so the template can mark the value up ({@code <bdi>}) and
     * still escape every part: {@code before} and {@code after}.
     */
    private Map<String, String> around(String key) {
        String marked = words.text(key, "\u0000");
        int at = marked.indexOf('\u0000');
        return Map.of("before", marked.substring(0, at), "after", marked.substring(at + 1));
    }

    private String render(String name, Object model) {
        // The words are the parent context: every template and partial reaches {{#t}}key{{/t}} whatever it nests in.
        Mustache.Lambda translate = (fragment, out) -> out.write(Translations.Html.escape(
                words.text(fragment.execute().strip())));
        java.io.StringWriter out = new java.io.StringWriter();
        templates.get(name).execute(model, Map.of("t", translate), out);
        return out.toString();
    }

    private static Reader reader(String resource) {
        InputStream in = PeopleRenderer.class.getResourceAsStream(TEMPLATES + resource);
        if (in == null) {
            throw new IllegalStateException("The template " + resource + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
