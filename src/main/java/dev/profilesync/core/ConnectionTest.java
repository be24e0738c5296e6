package dev.profilesync.core;

import java.time.Duration;
import java.util.List;

/**
 * The result of testing a directory: could it bind, is the search base there, and a few users with the mapped
 * attributes. Never holds a password.
 *
 * @param ok      bind and base lookup worked
 * @param message what worked or what failed, with what to do
 * @param sample  up to the requested number of user entries
 * @param took    how long the test took
 */
public record ConnectionTest(boolean ok, String message, List<DirectoryEntry> sample, Duration took) {
    public ConnectionTest {
        sample = List.copyOf(sample);
    }
}
