package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

import java.io.IOException;
import java.io.InputStream;

public interface AttachmentManager {
    Attachment getAttachment(ContentEntityObject content, String fileName);

    void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream data) throws IOException;
}
