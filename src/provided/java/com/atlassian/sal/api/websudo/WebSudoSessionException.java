package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends Exception {
    public WebSudoSessionException(String message) {
        super(message);
    }
}
