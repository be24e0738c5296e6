package dev.profilesync.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldDisplay;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeopleQuery;
import dev.profilesync.core.people.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleRendererTest {
    static final PeopleLinks LINKS = new PeopleLinks() {
        @Override
        public String directory() {
            return "/people";
        }

        @Override
        public String card(String username) {
            return "/people/" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public Optional<String> picture(Person person) {
            return Optional.empty();
        }
    };
    static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.text("department", "Department", "ou"),
            FieldDefinition.text("phone", "Phone", "telephoneNumber"),
            FieldDefinition.text("email", "Email", "mail"),
            FieldDefinition.text("web", "Website", "wWWHomePage"),
            FieldDefinition.text("secret", "Secret", "carLicense").withDisplay(new FieldDisplay(false, false, ValueFormat.AUTO)),
            new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true, WhenMissing.CLEAR,
                    MultiValue.FIRST, "", true));

    private final PeopleRenderer renderer = new PeopleRenderer();

    @Test
    void cardLinksPhoneMailWebAndManagerAndLeavesHiddenFieldsOut() {
        Person boss = new Person("boss", "boss", "Big Boss", Map.of(), true);
        Person ann = new Person("ann", "ann", "Ann Lee", Map.of("department", "Sales", "phone", "+49 30 1234-5",
                "email", "ann@example.com", "web", "https://example.com/ann", "secret", "XYZ", "manager", "boss"), true);
        PeopleIndex index = PeopleIndex.of(FIELDS, List.of(ann, boss));
        String html = renderer.card(index, ann, LINKS);
        assertThat(html).contains("href=\"tel:+493012345\"", "href=\"mailto:ann@example.com\"",
                "href=\"https://example.com/ann\"", "href=\"/people/boss\"", ">Big Boss<", ">AL<", "Department");
        assertThat(html).doesNotContain("XYZ", "Secret");
    }

    @Test
    void hostileValuesAreEscapedAndNeverLinked() {
        String script = "<script>alert(1)</script>";
        Person evil = new Person("evil", "evil\"><img src=x onerror=alert(1)>", script,
                Map.of("department", "<img src=x onerror=alert(2)>", "phone", "javascript:alert(3)",
                        "email", "\"><svg onload=alert(4)>@x.com", "web", "javascript:alert(5)//http://x.com",
                        "manager", "<b>boss</b>"), true);
        PeopleIndex index = PeopleIndex.of(FIELDS, List.of(evil));
        String html = renderer.card(index, evil, LINKS)
                + renderer.directory(index, DirectoryRequest.parse(Map.of("q", script), index),
                index.search(PeopleQuery.everyone()), LINKS);
        assertThat(html).doesNotContain("<script", "<img", "<svg", "<b>", "href=\"javascript")
                .contains("&lt;script&gt;", "&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;");
    }

    @Test
    void theSameTemplatesWriteGermanWithTheValuesStillEscaped() {
        String script = "<script>alert(1)</script>";
        PeopleIndex index = PeopleIndex.of(FIELDS, List.of(new Person("a", "a", "A", Map.of(), true)));
        PeopleRenderer german = renderer.in(dev.profilesync.i18n.Translations.of(java.util.Locale.GERMAN));
        assertThat(german.directory(index, DirectoryRequest.parse(Map.of(), index), index.search(PeopleQuery.everyone()),
                LINKS)).contains(">Suchen<", "1\u20131 von 1 Personen", "Seite 1 von 1").doesNotContain("Search");
        assertThat(german.notListed(script, LINKS)).contains("Niemand mit dem Namen <bdi>&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(german.page("Personen", "/assets/", List.of())).contains("<html lang=\"de\">");
    }

    @Test
    void emptyDirectoryAndNoMatchesAreExplained() {
        PeopleIndex empty = PeopleIndex.of(FIELDS, List.of());
        assertThat(renderer.directory(empty, DirectoryRequest.parse(Map.of(), empty),
                empty.search(PeopleQuery.everyone()), LINKS)).contains("Nobody is listed yet");
        PeopleIndex one = PeopleIndex.of(FIELDS, List.of(new Person("a", "a", "A", Map.of(), true)));
        DirectoryRequest request = DirectoryRequest.parse(Map.of("q", "zzz"), one);
        assertThat(renderer.directory(one, request, one.search(request.query()), LINKS))
                .contains("No one matches this search");
    }

    @Test
    void parameterErrorsNameTheParameter() {
        ParameterException problem = new ParameterException("limit", "'x<y' is not a number");
        assertThat(renderer.error("Profile List", problem)).contains("<code>limit</code>", "x&lt;y", "aui-message-error");
    }
}
