package dev.profilesync.people;

import dev.profilesync.core.people.Person;

import java.util.Optional;

/**
 * Where the host serves the people pages: each host has its own paths (the standalone runner's {@code /people},
 * Confluence's servlet). Implementations return paths or URLs that need no further escaping than HTML's.
 */
public interface PeopleLinks {

    /** The People Directory page, without parameters. */
    String directory();

    /** The page of one person: their card and org chart. */
    String card(String username);

    /** The person's picture, when the host has one; empty for a generated initials avatar. */
    Optional<String> picture(Person person);
}
