package dev.profilesync.standalone.http;

import dev.profilesync.core.Picture;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.people.PeopleRenderer;

import java.util.Objects;
import java.util.Optional;

/**
 * What the standalone server needs to serve the people pages: the read side's directory and the renderer.
 *
 * @param directory    the People Directory of the host's stores
 * @param renderer     the shared people renderer
 * @param publicPeople the people pages are readable without logging in (loopback only)
 * @param pictures     the stored pictures of PICTURE fields, served at {@code /people/{username}/picture}
 */
public record PeopleSite(PeopleDirectory directory, PeopleRenderer renderer, boolean publicPeople,
                         PictureLookup pictures) {
    public PeopleSite {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(renderer, "renderer");
        pictures = pictures == null ? (userKey, field) -> Optional.empty() : pictures;
    }

    /** A site whose cards show initials only: it serves no pictures. */
    public PeopleSite(PeopleDirectory directory, PeopleRenderer renderer, boolean publicPeople) {
        this(directory, renderer, publicPeople, null);
    }

    /** Where the stored pictures are read: {@code ProfileStore::picture}. */
    @FunctionalInterface
    public interface PictureLookup {
        Optional<Picture> picture(String userKey, String fieldKey);
    }
}
