package io.noodle.eda.parse;

import io.noodle.model.derived.SourceLine;

/**
 * Tool output that could not be read: names the file and the 1-based line (0 when the whole file is at fault)
 * and what was expected there. The engine turns it into a {@code parse_failure} of the trial.
 */
public final class ParseFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final SourceLine source;

    public ParseFailure(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.source = new SourceLine(file, Math.max(0, line));
    }

    public SourceLine source() {
        return source;
    }

    /** What was wrong, without the location. */
    public String reason() {
        String m = getMessage();
        return m.substring(m.indexOf(": ", source.toString().length()) + 2);
    }
}
