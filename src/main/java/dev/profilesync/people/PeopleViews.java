package dev.profilesync.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People as the templates see them: plain maps of strings and flags, with every link already decided (safe
 * schemes only) and every key present, so a template never falls back to an outer value by accident. The
 * templates escape every value. Stateless apart from the links and index it was made with.
 */
final class PeopleViews {
    private static final List<String> SUBTITLE_FIELDS = List.of("title", "position", "job-title");
    private static final int AVATAR_COLOURS = 8;

    private final PeopleIndex index;
    private final PeopleLinks links;

    PeopleViews(PeopleIndex index, PeopleLinks links) {
        this.index = index;
        this.links = links;
    }

    /** A card: picture or initials, name, username and the given fields that have a value. */
    Map<String, Object> card(Person person, List<FieldDefinition> fields) {
        Map<String, Object> card = person(person);
        List<Map<String, Object>> values = new ArrayList<>();
        for (FieldDefinition field : fields) {
            String value = person.value(field.key());
            if (!value.isBlank()) {
                values.add(value(field, value));
            }
        }
        card.put("fields", values);
        card.put("hasFields", !values.isEmpty());
        return card;
    }

    /** The fields a card shows: those marked "shown on cards", in definition order. */
    List<FieldDefinition> cardFields() {
        return index.fields().stream().filter(f -> f.display().shownOnCards()).toList();
    }

    /** A row of a table: one cell per column, empty cells included. */
    Map<String, Object> row(Person person, List<FieldDefinition> columns) {
        Map<String, Object> row = person(person);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (FieldDefinition column : columns) {
            cells.add(value(column, person.value(column.key())));
        }
        row.put("cells", cells);
        return row;
    }

    /** Who a person is: name, username, link (listed people only), picture or initials, subtitle. */
    Map<String, Object> person(Person person) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", person.fullName());
        view.put("username", person.username());
        view.put("linked", person.listed());
        view.put("cardUrl", person.listed() ? links.card(person.username()) : "");
        Optional<String> picture = links.picture(person);
        view.put("hasPicture", picture.isPresent());
        view.put("pictureUrl", picture.orElse(""));
        view.put("initials", initials(person.fullName()));
        view.put("colour", Math.floorMod(person.username().hashCode(), AVATAR_COLOURS));
        view.put("subtitle", SUBTITLE_FIELDS.stream().map(person::value).filter(v -> !v.isBlank()).findFirst().orElse(""));
        return view;
    }

    /** One value with its label, and its link when the field's format and the value allow one. */
    Map<String, Object> value(FieldDefinition field, String value) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("label", field.label());
        view.put("key", field.key());
        Optional<String> href = Optional.empty();
        String text = value;
        switch (field.format()) {
            case PHONE -> href = SafeLinks.tel(value);
            case EMAIL -> href = SafeLinks.mailto(value);
            case URL -> href = SafeLinks.web(value);
            case PERSON -> {
                Optional<Person> manager = index.person(value);
                text = manager.map(Person::fullName).orElse(value);
                href = manager.filter(Person::listed).map(p -> links.card(p.username()));
            }
            default -> {
                // Plain text: never a link.
            }
        }
        view.put("text", text);
        view.put("multiline", text.indexOf('\n') >= 0);
        view.put("link", href.isPresent());
        view.put("url", href.orElse(""));
        return view;
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s.,_-]+")) {
            int first = word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
            if (first >= 0 && initials.codePointCount(0, initials.length()) < 2) {
                initials.appendCodePoint(Character.toUpperCase(first));
            }
        }
        return initials.length() == 0 ? "?" : initials.toString();
    }
}
