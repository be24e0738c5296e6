package com.atlassian.confluence.core;

import com.atlassian.confluence.pages.Attachment;

public abstract class ContentEntityObject {
    public void addAttachment(Attachment attachment) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
