package io.noodle.remote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which local paths a trial names stand for which paths on the remote host (its trial folder, the inputs sent
 * beside it), and the translation of text both ways: arguments and variables on the way out, the trial's text
 * files (scripts out, logs and reports back) so that a path written on one side is right on the other. A path
 * is replaced only as a whole path component ({@code /a/trial_1} is not a prefix of {@code /a/trial_10}).
 */
public final class PathMap {

    /** Text files up to this size are translated; larger files (designs, DEF) travel as they are. */
    public static final long TEXT_LIMIT = 8L * 1024 * 1024;

    /** Where a machine's own programs and files live: named by a trial, they are the worker's, never sent. */
    private static final List<String> SYSTEM = List.of("/usr/", "/bin/", "/sbin/", "/lib", "/etc/", "/opt/", "/dev/",
            "/proc/", "/sys/");

    private final List<String[]> pairs = new ArrayList<>(); // {local, remote}, longest local first
    private final java.util.Map<java.nio.file.Path, String> inputs = new java.util.LinkedHashMap<>();

    /**
     * An argument or variable of a trial as the worker must see it: a local file or folder it names outside the
     * trial's folder (not a system one) becomes an input sent beside the folder, at
     * {@code <remote folder>/.inputs/<n>/<name>}, and is mapped; anything else is returned as it is (translate it
     * with {@link #toRemote} after).
     */
    public String input(String a, java.nio.file.Path trialDir, String remoteFolder) {
        if (!a.startsWith("/") || a.indexOf('\0') >= 0 || SYSTEM.stream().anyMatch(a::startsWith)
                || a.startsWith(trialDir.toString())) {
            return a;
        }
        java.nio.file.Path p;
        try {
            p = java.nio.file.Path.of(a).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return a;
        }
        if (!java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return a;
        }
        String there = inputs.get(p);
        if (there == null) {
            String name = p.getFileName() == null ? "input" : p.getFileName().toString().replaceAll("[^A-Za-z0-9._-]",
                    "_");
            there = remoteFolder + "/.inputs/" + inputs.size() + "/" + (name.startsWith(".") ? "_" + name : name);
            inputs.put(p, there);
            add(p.toString(), there);
        }
        return there;
    }

    /** The inputs to send: local path → where it goes on the worker. */
    public java.util.Map<java.nio.file.Path, String> inputs() {
        return java.util.Collections.unmodifiableMap(inputs);
    }

    public void add(String local, String remote) {
        pairs.add(new String[] { local, remote });
        pairs.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
    }

    public String toRemote(String s) {
        return replace(s, 0, 1);
    }

    public String toLocal(String s) {
        return replace(s, 1, 0);
    }

    /** A file's bytes translated, or the same bytes when it is not text (a NUL in its first 8 KB) or large. */
    public byte[] translate(byte[] b, boolean toRemote) {
        if (b.length > TEXT_LIMIT) {
            return b;
        }
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return b;
            }
        }
        String s = new String(b, StandardCharsets.ISO_8859_1); // bytes kept as they are, paths are ASCII-compared
        String t = toRemote ? replace(s, 0, 1) : replace(s, 1, 0);
        return t == s ? b : t.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String replace(String s, int from, int to) {
        String out = s;
        for (String[] p : pairs) {
            String needle = new String(p[from].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            String with = new String(p[to].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            out = replaceWhole(out, needle, with);
        }
        return out;
    }

    private static String replaceWhole(String s, String needle, String with) {
        int at = s.indexOf(needle);
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            int end = at + needle.length();
            boolean whole = end == s.length() || !pathChar(s.charAt(end));
            b.append(s, from, at).append(whole ? with : needle);
            from = end;
            at = s.indexOf(needle, end);
        }
        return b.append(s, from, s.length()).toString();
    }

    private static boolean pathChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
}
