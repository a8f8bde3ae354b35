package io.noodle.engine.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A trial's log with a cap: output is appended to {@code trial.log} until it holds {@link #rotateBytes()};
 * then that file becomes {@code trial.log.1} (replacing an older one) and a new {@code trial.log} begins, so the
 * newest output is always kept and the log never takes more than twice the cap. A trial whose output passes
 * {@link #floodBytes()} in all is flooding: {@link #pump} stops it through the callback and the log's last line
 * says so ({@link #FLOOD_MARK}).
 */
public final class TrialLog {

    /** Starts the line the log ends with when a trial was stopped for flooding. */
    public static final String FLOOD_MARK = "noodle: stopped: the trial wrote more than ";

    private final Path file;
    private final long rotateBytes;
    private final long floodBytes;
    private long total;
    private boolean flooded;
    private boolean detached;
    private String writeError;

    /**
     * @param file        the log ({@code trial.log})
     * @param rotateBytes the most one log file holds before it is rotated
     * @param floodBytes  the most output a trial may write in all
     */
    public TrialLog(Path file, long rotateBytes, long floodBytes) {
        if (rotateBytes <= 0 || floodBytes <= 0) {
            throw new IllegalArgumentException("positive limits expected: " + rotateBytes + ", " + floodBytes);
        }
        this.file = file;
        this.rotateBytes = rotateBytes;
        this.floodBytes = floodBytes;
    }

    public long rotateBytes() {
        return rotateBytes;
    }

    public long floodBytes() {
        return floodBytes;
    }

    /** Whether the trial was stopped for writing too much. */
    public synchronized boolean flooded() {
        return flooded;
    }

    /** Stops keeping output: what still arrives on the pipe is read and dropped. */
    public synchronized void detach() {
        detached = true;
    }

    /** Why the log could not be written (a full disk), or null. The output is still read to its end. */
    public synchronized String writeError() {
        return writeError;
    }

    /** The bytes the trial wrote so far, over all its steps. */
    public synchronized long total() {
        return total;
    }

    /** Appends a line of the executor's own (a step header). */
    public synchronized void note(String line) throws IOException {
        Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Copies a process's output into the log to its end; when the trial floods, runs {@code stop} once, notes it
     * and drops the rest.
     */
    public void pump(InputStream in, Runnable stop) {
        byte[] buf = new byte[64 * 1024];
        OutputStream out = null;
        long inFile = 0;
        try (in) {
            try {
                out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                inFile = Files.size(file);
            } catch (IOException e) {
                synchronized (this) {
                    writeError = file + ": " + e.getMessage();
                }
            }
            int n;
            while ((n = in.read(buf)) >= 0) {
                boolean stopNow = false;
                synchronized (this) {
                    if (flooded || detached) {
                        continue; // drain what is left so the process is never blocked on a full pipe
                    }
                    total += n;
                    if (total > floodBytes) {
                        flooded = true;
                        stopNow = true;
                    }
                }
                if (stopNow) {
                    closeQuietly(out);
                    out = null;
                    try {
                        note(FLOOD_MARK + floodBytes + " bytes of output (a tool flooding its log); it was stopped");
                    } catch (IOException e) {
                        // the outcome still says it flooded
                    }
                    stop.run();
                    continue;
                }
                if (out == null) {
                    continue; // the log cannot be written: drain, the outcome says why
                }
                try {
                    if (inFile + n > rotateBytes) {
                        out.close();
                        out = null;
                        Files.move(file, file.resolveSibling(file.getFileName() + ".1"),
                                StandardCopyOption.REPLACE_EXISTING);
                        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        inFile = 0;
                    }
                    out.write(buf, 0, n);
                    inFile += n;
                } catch (IOException e) {
                    synchronized (this) {
                        writeError = file + ": " + e.getMessage();
                    }
                    closeQuietly(out);
                    out = null;
                }
            }
        } catch (IOException e) {
            // the process was killed (its pipe closed), or the log could not be opened
            synchronized (this) {
                if (writeError == null && out == null) {
                    writeError = file + ": " + e.getMessage();
                }
            }
        } finally {
            closeQuietly(out);
        }
    }

    private static void closeQuietly(OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more to keep
            }
        }
    }
}
