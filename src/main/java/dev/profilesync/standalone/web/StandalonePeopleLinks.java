package dev.profilesync.standalone.web;

import dev.profilesync.core.people.Person;
import dev.profilesync.people.PeopleLinks;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The standalone server's people paths: {@code /people} and {@code /people/{username}}, the username
 * percent-encoded as one path segment. No pictures are synced yet, so every card shows initials.
 */
final class StandalonePeopleLinks implements PeopleLinks {
    static final String DIRECTORY = "/people";
    static final String PERSON_PREFIX = DIRECTORY + "/";

    @Override
    public String directory() {
        return DIRECTORY;
    }

    @Override
    public String card(String username) {
        return PERSON_PREFIX + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public Optional<String> picture(Person person) {
        return Optional.empty();
    }

    /** The username of a raw {@code /people/...} path; '+' is a plus sign in a path, not a space. */
    static String username(String rawPath) {
        String segment = rawPath.substring(PERSON_PREFIX.length());
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
