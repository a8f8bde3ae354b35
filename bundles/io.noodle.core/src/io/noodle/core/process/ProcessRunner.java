package io.noodle.core.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Runs one external program from an argv list (never through a shell), with a timeout, cancellation
 * through an {@link IProgressMonitor}, and captured output. On timeout or cancel the whole process
 * tree is killed, not just the direct child.
 */
public final class ProcessRunner {

    private static final long POLL_MILLIS = 50;
    private static final Duration KILL_GRACE = Duration.ofMillis(500);

    private final Duration timeout;
    private final int outputLimit;
    private Path workingDirectory;
    private Map<String, String> environment = Map.of();

    /**
     * @param timeout     how long the process may run before its tree is killed
     * @param outputLimit how many bytes of output to keep (the rest is read and dropped)
     */
    public ProcessRunner(Duration timeout, int outputLimit) {
        this.timeout = Objects.requireNonNull(timeout);
        if (outputLimit <= 0) {
            throw new IllegalArgumentException("outputLimit must be positive: " + outputLimit);
        }
        this.outputLimit = outputLimit;
    }

    public ProcessRunner workingDirectory(Path dir) {
        this.workingDirectory = dir;
        return this;
    }

    /** Variables added to (or replacing those of) the inherited environment. */
    public ProcessRunner environment(Map<String, String> env) {
        this.environment = Map.copyOf(env);
        return this;
    }

    /**
     * Runs the command to its end, the timeout, or cancellation of the monitor.
     *
     * @param command argv; the first element is the program (a path, or a name looked up on PATH)
     * @param stdin   text written to the process's standard input, then closed; null for none
     * @throws IOException when the program cannot be started
     */
    public ProcessResult run(List<String> command, String stdin, IProgressMonitor monitor) throws IOException {
        IProgressMonitor mon = monitor == null ? new NullProgressMonitor() : monitor;
        ProcessBuilder pb = new ProcessBuilder(List.copyOf(command)).redirectErrorStream(true);
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = pb.start();
        BoundedSink sink = new BoundedSink(process.getInputStream(), outputLimit);
        Thread reader = Thread.ofVirtual().name("noodle-process-output").start(sink);
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the program closed its input early (it does not read stdin); not an error of ours
        }
        boolean timedOut = false;
        boolean cancelled = false;
        long deadline = start + timeout.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (mon.isCanceled()) {
                    cancelled = true;
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    timedOut = true;
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        if (timedOut || cancelled) {
            killTree(process.toHandle());
        }
        try {
            reader.join(KILL_GRACE.toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int exit = (timedOut || cancelled) ? -1 : process.exitValue();
        return new ProcessResult(List.copyOf(command), exit, sink.text(), timedOut, cancelled,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Kills a process and all its descendants: SIGTERM first, SIGKILL for whatever is still alive after
     * a short grace period. Descendants are collected before the parent dies, as they are re-parented
     * afterwards and can no longer be found from it.
     */
    public static void killTree(ProcessHandle root) {
        List<ProcessHandle> all = new java.util.ArrayList<>(root.descendants().toList());
        all.add(root);
        ProcessGroups.kill(all);
    }

    /** Reads a stream to its end, keeping at most {@code limit} bytes. */
    private static final class BoundedSink implements Runnable {
        private final InputStream in;
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean truncated;

        BoundedSink(InputStream in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (this) {
                        int room = limit - kept.size();
                        if (room > 0) {
                            kept.write(buf, 0, Math.min(room, n));
                        }
                        truncated |= n > room;
                    }
                }
            } catch (IOException e) {
                // stream closed because the process was killed: keep what was read
            }
        }

        synchronized String text() {
            String s = kept.toString(StandardCharsets.UTF_8);
            return truncated ? s + "\n[output truncated after " + limit + " bytes]" : s;
        }
    }
}
