package com.atlassian.confluence.security;

public abstract class Permission implements java.io.Serializable {
    /** A constant, so that code comparing permissions compiles and tests can match it; no behaviour. */
    public static final Permission VIEW = new Permission("VIEW") {
    };

    private Permission(String name) {
    }
}
