package org.zonelab.cli;

/** Bad input that is not in a scenario file (an output directory that holds a run already, ...): exit 2. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
