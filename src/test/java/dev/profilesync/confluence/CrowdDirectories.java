package dev.profilesync.confluence;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;

import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Crowd directories as Confluence's CrowdDirectoryService lists them, for tests (Confluence cannot run here). */
final class CrowdDirectories {
    private CrowdDirectories() {
    }

    /** An active directory of the given type with the given {@code ldap.*} attributes. */
    static Directory directory(long id, String name, DirectoryType type, Map<String, String> attributes) {
        Directory directory = mock(Directory.class);
        when(directory.getId()).thenReturn(id);
        when(directory.getName()).thenReturn(name);
        when(directory.getType()).thenReturn(type);
        when(directory.isActive()).thenReturn(true);
        when(directory.getAttributes()).thenReturn(attributes);
        when(directory.getImplementationClass()).thenReturn("com.atlassian.crowd.directory.OpenLDAP");
        return directory;
    }
}
