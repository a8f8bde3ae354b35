package io.noodle.remote.ssh;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the one command line an SSH server runs (its user's shell reads it): every argument of an argv
 * single-quoted for a POSIX shell, so no user string is ever interpreted there — not {@code $}, not
 * {@code `}, not {@code ;}, not a quote. Environment variables go through {@code env NAME=value}, their names
 * checked. A NUL cannot travel in an argument and is refused.
 */
public final class RemoteShell {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RemoteShell() {
    }

    /** {@code s} as one word for a POSIX shell: {@code 'it'"'"'s'} for {@code it's}. */
    public static String quote(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an argument holds a NUL character, which no command line can carry");
        }
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }

    /** The words of an argv, each quoted, separated by spaces. */
    public static String words(List<String> argv) {
        StringBuilder b = new StringBuilder();
        for (String a : argv) {
            b.append(b.length() == 0 ? "" : " ").append(quote(a));
        }
        return b.toString();
    }

    /** {@code env 'A=1' 'B=2'} for a map of variables (empty string when none); names must be shell names. */
    public static String env(java.util.Map<String, String> vars) {
        if (vars.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("env");
        for (var e : new java.util.TreeMap<>(vars).entrySet()) {
            if (!NAME.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is not an environment variable name");
            }
            b.append(' ').append(quote(e.getKey() + "=" + e.getValue()));
        }
        return b.toString();
    }
}
