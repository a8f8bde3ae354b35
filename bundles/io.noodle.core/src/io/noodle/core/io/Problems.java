package io.noodle.core.io;

/**
 * One-line descriptions of failures for people: what went wrong in words, without stack traces, with
 * control characters escaped so that a name from a hostile file cannot rewrite the terminal.
 */
public final class Problems {

    private Problems() {
    }

    /**
     * What went wrong, in one line. Errors of the Java runtime that a person can act on get words of their
     * own (a stack overflow means input nested too deeply; out of memory means input too large).
     */
    public static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the input is nested or chained too deeply to process (stack overflow)";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory (" + escape(String.valueOf(t.getMessage())) + "): the input is too large for the "
                    + "memory given to Noodle";
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName() + (t.getCause() != null && t.getCause() != t ? ": "
                    + describe(t.getCause()) : "");
        }
        return escape(firstLine(m));
    }

    /** The first line of a text, stripped. */
    public static String firstLine(String m) {
        String s = m.strip();
        int nl = s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl).strip() : s;
    }

    /**
     * The text with every control character (other than tab) written as {@code \\uXXXX} or a C escape, and
     * cut to {@code max} characters; for names and values echoed from files into terminal and log lines.
     */
    public static String escape(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= max) {
                b.append("...");
                break;
            }
            char c = s.charAt(i);
            switch (c) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append('\t');
            default -> {
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.toString();
    }

    /** {@link #escape(String, int)} with a limit of 2,000 characters. */
    public static String escape(String s) {
        return escape(s, 2000);
    }
}
