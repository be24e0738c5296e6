package com.atlassian.crowd.embedded.api;

import java.util.List;

public interface CrowdDirectoryService {
    List<Directory> findAllDirectories();
}
