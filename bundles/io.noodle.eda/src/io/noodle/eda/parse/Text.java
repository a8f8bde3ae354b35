package io.noodle.eda.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small, allocation-light helpers shared by the parsers: lines, whitespace fields, numbers. */
public final class Text {

    private Text() {
    }

    /** The file's lines; unreadable bytes are replaced, never fatal (tool logs are not always UTF-8). */
    public static List<String> lines(Path file) throws ParseFailure {
        return new String(bytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * The largest file the parsers read (256 MiB): tool reports and logs are far smaller; a larger file is
     * refused with its size instead of exhausting memory.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    /** The file's bytes; a file that cannot be read, or is larger than {@link #MAX_BYTES}, is a parse failure naming it. */
    public static byte[] bytes(Path file) throws ParseFailure {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ParseFailure(file.toString(), 0, Files.exists(file) ? "is not a regular file" : "does not exist");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ParseFailure(file.toString(), 0, "is " + megabytes(size) + "; Noodle reads tool output of at "
                        + "most " + megabytes(MAX_BYTES) + ". Give it the report itself, or cut the log to the part "
                        + "that holds it");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ParseFailure(file.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Whitespace-separated fields of a line. */
    public static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    /** A finite decimal number, or a parse failure naming the file, line and what was there. */
    public static double number(String token, String file, int line, String what) throws ParseFailure {
        if (token == null || token.isEmpty() || token.length() > 40) {
            throw new ParseFailure(file, line, "expected " + what + ", found '" + clip(token) + "'");
        }
        try {
            double v = Double.parseDouble(token);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParseFailure(file, line, "expected " + what + ", found '" + clip(token) + "'");
    }

    /** A number or null when the token is not one. */
    public static Double numberOrNull(String token) {
        if (token == null || token.isEmpty() || token.length() > 40) {
            return null;
        }
        char c = token.charAt(0);
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) {
            return null;
        }
        try {
            double v = Double.parseDouble(token);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
