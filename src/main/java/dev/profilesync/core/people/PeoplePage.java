package dev.profilesync.core.people;

import java.util.List;

/**
 * One page of matches. Immutable.
 *
 * @param total  how many people match in all
 * @param offset where this page starts among them
 * @param people this page, in the query's order
 */
public record PeoplePage(int total, int offset, List<Person> people) {
    public PeoplePage {
        people = List.copyOf(people);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + people.size() < total;
    }
}
