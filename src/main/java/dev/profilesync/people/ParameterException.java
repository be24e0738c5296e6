package dev.profilesync.people;

/**
 * A macro or page parameter that cannot be used, with the parameter's name and what to write instead. Rendered
 * as an inline error next to where the macro would have been, never as a stack trace.
 */
public final class ParameterException extends RuntimeException {
    private final String parameter;

    public ParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong, without the parameter's name. */
    public String detail() {
        return getMessage().substring(parameter.length() + 2);
    }
}
