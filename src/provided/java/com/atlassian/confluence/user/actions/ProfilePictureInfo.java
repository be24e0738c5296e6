package com.atlassian.confluence.user.actions;

public class ProfilePictureInfo {
    public ProfilePictureInfo(String downloadPath) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getDownloadPath() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isDefault() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isUploaded() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getFileName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isExternal() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
