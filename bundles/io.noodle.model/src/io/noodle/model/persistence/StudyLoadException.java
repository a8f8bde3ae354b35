package io.noodle.model.persistence;

import java.nio.file.Path;

/** A study file that cannot be read: names the file, the line and column when known, and the problem. */
public final class StudyLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public StudyLoadException(Path file, int line, int column, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** @return 1-based line of the problem, 0 when unknown */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
