package org.zonelab.scenario;

/**
 * A command-line value that does not fit a scenario that is valid as written, such as a {@code --scale}
 * that leaves no firm agents, or a {@code --years} that ends the run before a policy's first year. The
 * command line reports it as {@code zonelab CMD: --option: message} (exit 2).
 */
public final class OptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String option;

    /**
     * @param option  the option, e.g. {@code --scale}
     * @param problem what is wrong and what is allowed, one line
     */
    public OptionException(String option, String problem) {
        super(option + ": " + Text.escape(problem));
        this.option = option;
    }

    /** The option, e.g. {@code --scale}. */
    public String option() {
        return option;
    }
}
