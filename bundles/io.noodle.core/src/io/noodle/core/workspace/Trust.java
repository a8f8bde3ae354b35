package io.noodle.core.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which folders this user trusts to run code from. Running a study runs code that came with it: its constraint
 * files are Tcl that OpenSTA executes, its environment reaches the tools, and a workspace's settings may name
 * the flow program. Opening someone else's workspace or study must not run their code unasked, so a run is
 * allowed only in a trusted folder: one the user trusted (once; remembered), or a workspace this product
 * started empty, which holds only what the user put in it since. Trusting a folder trusts what lies inside it.
 *
 * <p>The list lives outside every workspace (a workspace cannot vouch for itself): in
 * {@code $XDG_CONFIG_HOME/noodle/trusted-folders} (default {@code ~/.config/noodle/}), one folder a line; the
 * system property {@code noodle.trustFile} or the variable {@code NOODLE_TRUST_FILE} names another file.
 */
public final class Trust {

    private Trust() {
    }

    /** The file that lists the trusted folders. */
    public static Path storeFile() {
        return userFile("noodle.trustFile", "NOODLE_TRUST_FILE", "trusted-folders");
    }

    /**
     * A file of this user's Noodle settings, outside every workspace: the one the system property {@code property}
     * or the variable {@code variable} names, else {@code $XDG_CONFIG_HOME/noodle/<name>} (default
     * {@code ~/.config/noodle/<name>}).
     */
    public static Path userFile(String property, String variable, String name) {
        String p = System.getProperty(property);
        if (p == null || p.isBlank()) {
            p = System.getenv(variable);
        }
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("noodle").resolve(name);
    }

    /** The folders trusted so far. */
    public static synchronized List<Path> trusted() {
        Path f = storeFile();
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(f)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && l.startsWith("/")) {
                    out.add(Path.of(l));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable list trusts nothing
        }
        return out;
    }

    /**
     * The folder whose trust decides whether a study in {@code studyFolder} may run: the workspace when the study
     * lies in it (judged by real paths: a link in the workspace to a study elsewhere is judged where it leads),
     * else the study's own folder.
     */
    public static Path originOf(Path studyFolder, Path workspace) {
        Path study = canonical(studyFolder);
        if (workspace != null) {
            Path ws = canonical(workspace);
            if (study.startsWith(ws)) {
                return ws;
            }
        }
        return study;
    }

    /** Whether {@code folder} or a folder it lies in is trusted. */
    public static boolean isTrusted(Path folder) {
        Path f = canonical(folder);
        return trusted().stream().anyMatch(f::startsWith);
    }

    /** Remembers {@code folder} as trusted. */
    public static synchronized void trust(Path folder) throws IOException {
        Path f = canonical(folder);
        if (f.toString().indexOf('\n') >= 0 || f.toString().indexOf('\r') >= 0) {
            throw new IOException("a folder whose path holds a line break cannot be trusted; rename it");
        }
        update(all -> all.add(f));
    }

    /** Forgets {@code folder}; returns whether it was trusted. */
    public static synchronized boolean revoke(Path folder) throws IOException {
        Path f = canonical(folder);
        return update(all -> all.remove(f));
    }

    /**
     * Trusts a workspace this product is about to use when it holds nothing that could run code yet (it does
     * not exist, or holds no study and no settings): what it holds later, the user put there. A workspace that
     * arrives with studies or settings stays untrusted until the user says otherwise.
     */
    public static void adoptIfNew(Path workspace) {
        if (workspace == null || isTrusted(workspace)) {
            return;
        }
        try {
            if (!holdsCode(workspace)) {
                trust(workspace);
            }
        } catch (IOException | RuntimeException e) {
            // not remembered: the first run asks
        }
    }

    /**
     * What to say when {@code folder} is not trusted: why, and the command or the question that trusts it.
     */
    public static String untrustedMessage(Path folder) {
        return canonical(folder) + " is not trusted: running its studies runs code that came with them (constraint "
                + "files are Tcl run by OpenSTA, environment variables reach the tools, a workspace's settings may name "
                + "the flow program). Fix: if you trust where it came from, run 'noodle trust " + canonical(folder)
                + "' (or answer yes when the workbench asks), then run again";
    }

    /** The most entries {@link #adoptIfNew} looks at before it gives up and asks instead. */
    private static final int MAX_ENTRIES = 20_000;

    /**
     * Whether a folder holds anything that could run code: a study file anywhere in it, Noodle's settings, or a
     * link (it could lead to either); a tree too large to look through counts as holding code.
     */
    private static boolean holdsCode(Path workspace) throws IOException {
        if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(workspace, LinkOption.NOFOLLOW_LINKS); // absent: new; a file: not a workspace
        }
        boolean[] found = { false };
        int[] seen = { 0 };
        Path settings = workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings");
        Files.walkFileTree(workspace, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                return count();
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                String name = f.getFileName().toString();
                if (a.isSymbolicLink() || name.endsWith(".noodle")
                        || (f.getParent().equals(settings) && name.startsWith("io.noodle") && name.endsWith(".prefs"))) {
                    found[0] = true;
                    return java.nio.file.FileVisitResult.TERMINATE;
                }
                return count();
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                found[0] = true; // what cannot be looked at cannot be vouched for
                return java.nio.file.FileVisitResult.TERMINATE;
            }

            private java.nio.file.FileVisitResult count() {
                if (++seen[0] > MAX_ENTRIES) {
                    found[0] = true;
                    return java.nio.file.FileVisitResult.TERMINATE;
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** The real path of {@code p}; for a path not there yet, the real path of its nearest existing parent. */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getFileSystem().getPath("");
        for (Path at = abs; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(rest);
            } catch (IOException e) {
                rest = at.getFileName() == null ? rest : at.getFileName().resolve(rest);
            }
        }
        return abs;
    }

    /**
     * Rewrites the list under a lock on a file beside it, so that the CLI and the workbench trusting folders at
     * once never lose each other's entries: what is on disk is read again under the lock and merged.
     */
    private static boolean update(java.util.function.Predicate<Set<Path>> change) throws IOException {
        Path f = storeFile();
        Files.createDirectories(f.toAbsolutePath().getParent());
        Path lock = f.resolveSibling(f.getFileName() + ".lock");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = ch.lock()) {
            Set<Path> all = new LinkedHashSet<>(trusted());
            if (!change.test(all)) {
                return false;
            }
            StringBuilder b = new StringBuilder("# folders whose studies Noodle may run (noodle trust)\n");
            all.forEach(p -> b.append(p).append('\n'));
            Path tmp = Files.createTempFile(f.toAbsolutePath().getParent(), "." + f.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, b, StandardCharsets.UTF_8);
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        }
    }
}
