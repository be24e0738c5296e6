package dev.profilesync.core;

/** A host user matched to their directory entry, waiting in a batch. */
record Candidate(HostUser user, DirectoryEntry entry) {
}
