package com.atlassian.confluence.pages;

public class Attachment {
    public Attachment() {
    }

    public void setFileName(String fileName) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void setMediaType(String mediaType) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void setFileSize(long fileSize) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public Object clone() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
