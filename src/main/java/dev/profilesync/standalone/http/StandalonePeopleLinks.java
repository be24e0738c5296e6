package dev.profilesync.standalone.http;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.PeopleLinks;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The standalone server's people paths: {@code /people}, {@code /people/{username}} and
 * {@code /people/{username}/picture}, the username percent-encoded as one path segment. A person without a synced
 * picture gets initials.
 */
final class StandalonePeopleLinks implements PeopleLinks {
    static final String DIRECTORY = "/people";
    static final String PERSON_PREFIX = DIRECTORY + "/";
    static final String PICTURE_SUFFIX = "/picture";

    private final Supplier<List<FieldDefinition>> fields;

    /** @param fields the current field definitions; the first PICTURE field is the picture cards show */
    StandalonePeopleLinks(Supplier<List<FieldDefinition>> fields) {
        this.fields = fields;
    }

    @Override
    public String directory() {
        return DIRECTORY;
    }

    @Override
    public String card(String username) {
        return PERSON_PREFIX + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The picture's URL carries part of its digest, so a changed picture has a new URL and no cache in between can
     * show the old one.
     */
    @Override
    public Optional<String> picture(Person person) {
        return pictureField(fields.get()).map(person::value).filter(digest -> !digest.isEmpty())
                .map(digest -> card(person.username()) + PICTURE_SUFFIX + "?v="
                        + digest.substring(digest.indexOf(':') + 1, Math.min(digest.length(), digest.indexOf(':') + 17)));
    }

    static Optional<String> pictureField(List<FieldDefinition> fields) {
        return fields.stream().filter(field -> field.type() == FieldType.PICTURE).map(FieldDefinition::key).findFirst();
    }

    /** True for {@code /people/{username}/picture}; a username holding '/' is encoded, so it never ends so. */
    static boolean isPicture(String rawPath) {
        return rawPath.startsWith(PERSON_PREFIX) && rawPath.endsWith(PICTURE_SUFFIX)
                && rawPath.length() > PERSON_PREFIX.length() + PICTURE_SUFFIX.length();
    }

    static String pictureOwner(String rawPath) {
        return username(rawPath.substring(0, rawPath.length() - PICTURE_SUFFIX.length()));
    }

    /** The username of a raw {@code /people/...} path; '+' is a plus sign in a path, not a space. */
    static String username(String rawPath) {
        String segment = rawPath.substring(PERSON_PREFIX.length());
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
