package org.zonelab.scenario;

import java.nio.file.Path;

/**
 * A problem with a scenario file or a file it names (parent scenario, zone catalogue). Its message
 * is one line, {@code file:line:col: message}, where the message says what is wrong and what is
 * allowed. Lines and columns count from 1. Control characters in the file name and the message are
 * escaped ({@link Text#escape}), so the message is always one printable line.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String detail;

    /**
     * @param file   the file the problem is in
     * @param line   1-based line
     * @param column 1-based column
     * @param detail what is wrong and what is allowed, one line
     */
    public ScenarioException(Path file, int line, int column, String detail) {
        this(file, line, column, detail, null);
    }

    /** As {@link #ScenarioException(Path, int, int, String)}, keeping the underlying cause. */
    public ScenarioException(Path file, int line, int column, String detail, Throwable cause) {
        super(Text.escape(String.valueOf(file)) + ":" + line + ":" + column + ": " + Text.escape(detail), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = Text.escape(detail);
    }

    ScenarioException(Position at, String detail) {
        this(at.file(), at.line(), at.column(), detail);
    }

    /** The file the problem is in. */
    public Path file() {
        return file;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem. */
    public int column() {
        return column;
    }

    /** The message without the {@code file:line:col: } prefix. */
    public String detail() {
        return detail;
    }
}
