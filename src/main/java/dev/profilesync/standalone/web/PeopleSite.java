package dev.profilesync.standalone.web;

import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.people.PeopleRenderer;

import java.util.Objects;

/**
 * What the standalone server needs to serve the people pages: the read side's directory and the renderer.
 *
 * @param directory    the People Directory of the host's stores
 * @param renderer     the shared people renderer
 * @param publicPeople the people pages are readable without logging in (loopback only)
 */
public record PeopleSite(PeopleDirectory directory, PeopleRenderer renderer, boolean publicPeople) {
    public PeopleSite {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(renderer, "renderer");
    }
}
