package io.noodle.core.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Keeps a trial's processes together so that none outlives it. Each trial runs in a session of its own
 * ({@code setsid}), and every process it starts carries the variable {@link #MARK} naming the trial's folder.
 * At the end of every trial the whole session is killed (children left behind by a tool that exited 0
 * included); a process that left the session still carries the mark, so after a crash of the JVM
 * ({@code kill -9}) a resume finds and stops every process of the dead run by its mark before touching its
 * folders. Linux only ({@code /proc}); elsewhere it falls back to the process tree.
 */
public final class ProcessGroups {

    /** The variable every trial process carries: the absolute path of its trial's folder. */
    public static final String MARK = "NOODLE_TRIAL_DIR";

    private static final Path PROC = Path.of("/proc");
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Duration GRACE = Duration.ofMillis(500);

    private ProcessGroups() {
    }

    /** Whether sessions and marks work here (Linux with {@code /proc} and {@code setsid}). */
    public static boolean supported() {
        return Files.isReadable(PROC.resolve("self/stat")) && Files.isExecutable(SETSID);
    }

    /** The command that runs {@code argv} as the leader of a new session (its pid is the session's id). */
    public static List<String> inNewSession(List<String> argv) {
        if (!supported()) {
            return argv;
        }
        List<String> all = new ArrayList<>(argv.size() + 2);
        all.add(SETSID.toString());
        all.add("--wait");
        all.addAll(argv);
        return all;
    }

    /**
     * Kills every process of the session {@code leader} started (SIGTERM, then SIGKILL after a grace period), and
     * every descendant of the leader while it lives; returns how many processes were signalled.
     */
    public static int killSession(ProcessHandle leader) {
        return killSession(leader, leader.info().startInstant().orElse(null), true);
    }

    /**
     * As {@link #killSession(ProcessHandle)}, for a leader that started at {@code born} (taken while it lived:
     * once it is gone and reaped its pid may belong to a process started since, which is never touched: only
     * processes of the session that started after the leader are). Without {@code grace} every process gets
     * SIGKILL at once (what a finished trial left behind has nothing to save).
     */
    public static int killSession(ProcessHandle leader, java.time.Instant born, boolean grace) {
        long sid = leader.pid();
        List<ProcessHandle> victims = new ArrayList<>();
        if (leader.isAlive() && (born == null || born.equals(leader.info().startInstant().orElse(null)))) {
            victims.addAll(leader.descendants().toList());
            victims.add(leader);
        }
        if (supported()) {
            for (long pid : pids()) {
                if (pid != sid && session(pid) == sid) {
                    ProcessHandle.of(pid).filter(p -> !victims.contains(p) && (born == null || p.info().startInstant()
                            .map(t -> !t.isBefore(born)).orElse(true))).ifPresent(victims::add);
                }
            }
        }
        return grace ? kill(victims) : killNow(victims);
    }

    /**
     * Kills (SIGKILL) every process other than this JVM whose {@link #MARK} is {@code folder} or lies inside it:
     * what a finished trial or a dead run left behind. Returns how many there were.
     */
    public static int killMarkedUnder(Path folder) {
        if (!supported()) {
            return 0;
        }
        String root = real(folder);
        Predicate<String> inside = v -> v.equals(root) || v.startsWith(root + "/");
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> victims = new ArrayList<>();
        for (long pid : pids()) {
            if (pid == self) {
                continue;
            }
            String mark = mark(pid);
            if (mark != null && inside.test(mark)) {
                ProcessHandle.of(pid).ifPresent(victims::add);
            }
        }
        return killNow(victims);
    }

    /** The processes whose {@link #MARK} lies in {@code folder} (for tests and the debug report). */
    public static List<Long> markedUnder(Path folder) {
        String root = real(folder);
        List<Long> found = new ArrayList<>();
        for (long pid : pids()) {
            String mark = mark(pid);
            if (mark != null && (mark.equals(root) || mark.startsWith(root + "/"))) {
                found.add(pid);
            }
        }
        return found;
    }

    /**
     * The processes whose {@link #MARK} lies in {@code folder} once those already signalled have had up to
     * {@code settle} to go: a process sent SIGKILL is still listed until its exit is through (and a slow machine
     * takes its time), so a test that asks right after a kill waits here instead of sleeping. Returns at once when
     * none is left.
     */
    public static List<Long> markedUnder(Path folder, Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        List<Long> found = markedUnder(folder);
        while (!found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            found = markedUnder(folder);
        }
        return found;
    }

    /** The real path of a folder (the form marks are written in), or its normalized absolute path. */
    public static String real(Path folder) {
        try {
            return folder.toRealPath().toString();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize().toString();
        }
    }

    private static int killNow(List<ProcessHandle> victims) {
        victims.forEach(ProcessHandle::destroyForcibly);
        return victims.size();
    }

    /** SIGTERM to every victim, then SIGKILL to those still alive after the grace period; how many there were. */
    static int kill(List<ProcessHandle> victims) {
        victims.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle p : victims) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    // still alive (or interrupted): killed forcibly below
                }
            }
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        return victims.size();
    }

    private static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(PROC, p -> isNumber(p.getFileName().toString()))) {
            for (Path p : ds) {
                pids.add(Long.parseLong(p.getFileName().toString()));
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: nothing found
        }
        return pids;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Now, in clock ticks since boot ({@code /proc/<pid>/stat}'s start times count them; minus one, for rounding): a process
     * started after this call has at least this start time; -1 without {@code /proc}. Linux exports start times in
     * USER_HZ, which is 100 on every architecture it runs on.
     */
    public static long ticksNow() {
        try {
            String up = Files.readString(PROC.resolve("uptime"), StandardCharsets.ISO_8859_1).strip().split(" ")[0];
            return (long) Math.floor(Double.parseDouble(up) * 100) - 1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Kills at once what a finished trial left: the processes started since its program (which started at
     * {@code startTicks}) that are in its session or carry a mark inside {@code trialDir}. One pass over the
     * process table, reading a process's environment only when it started after the trial did; returns how
     * many were killed.
     */
    public static int killLeftovers(long sid, long startTicks, Path trialDir) {
        if (!supported() || startTicks < 0) {
            return 0;
        }
        String root = real(trialDir);
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> victims = new ArrayList<>();
        for (long pid : pids()) {
            if (pid == self) {
                continue;
            }
            long[] st = stat(pid);
            if (st == null || st[1] < startTicks) {
                continue; // older than the trial: not its
            }
            String mark = st[0] == sid ? null : mark(pid);
            if (st[0] == sid || (mark != null && (mark.equals(root) || mark.startsWith(root + "/")))) {
                ProcessHandle.of(pid).ifPresent(victims::add);
            }
        }
        return killNow(victims);
    }

    /** {session, start ticks} of a process, or null when it is gone or not readable. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(pid + "/stat"), StandardCharsets.ISO_8859_1);
            // the command name (field 2) is in parentheses and may hold spaces and parentheses itself
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] { Long.parseLong(f[3]), Long.parseLong(f[19]) }; // fields 6 and 22
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The session id of a process ({@code /proc/<pid>/stat}, field 6), or -1. */
    static long session(long pid) {
        long[] st = stat(pid);
        return st == null ? -1 : st[0];
    }

    /** The value of {@link #MARK} in a process's environment, or null. Reads at most 1 MB. */
    static String mark(long pid) {
        byte[] env;
        try (var in = Files.newInputStream(PROC.resolve(pid + "/environ"))) {
            env = in.readNBytes(1 << 20);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        byte[] key = (MARK + "=").getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int i = 0; i <= env.length; i++) {
            if (i == env.length || env[i] == 0) {
                if (i - start > key.length && java.util.Arrays.equals(env, start, start + key.length, key, 0, key.length)) {
                    return new String(env, start + key.length, i - start - key.length, StandardCharsets.UTF_8);
                }
                start = i + 1;
            }
        }
        return null;
    }
}
