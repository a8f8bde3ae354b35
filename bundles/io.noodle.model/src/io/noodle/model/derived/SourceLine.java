package io.noodle.model.derived;

import java.util.Objects;

/**
 * Provenance of a value: the report file it was read from and the 1-based line (0 when unknown). Written
 * in study files as {@code file:line}; a file name may itself contain ':'.
 */
public record SourceLine(String file, int line) {

    public SourceLine {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** Parses {@code file:line}; text without a trailing {@code :<digits>} is a file with an unknown line. */
    public static SourceLine parse(String text) {
        if (text == null) {
            return null;
        }
        int colon = text.lastIndexOf(':');
        int n = text.length() - colon - 1;
        if (colon <= 0 || n < 1 || n > 9) {
            return new SourceLine(text, 0);
        }
        int line = 0;
        for (int i = colon + 1; i < text.length(); i++) { // by hand: this runs for every metric of a study
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return new SourceLine(text, 0);
            }
            line = line * 10 + (c - '0');
        }
        return new SourceLine(text.substring(0, colon), line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
