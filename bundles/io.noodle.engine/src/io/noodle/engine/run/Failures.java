package io.noodle.engine.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.noodle.engine.exec.TrialOutcome;
import io.noodle.model.FailureType;

/** Classifies how a trial's process ended into the typed failures of docs/RULES.md, "Gates and rails". */
final class Failures {

    /** What tools print when an allocation fails. */
    private static final List<String> OOM_MARKS = List.of("Cannot allocate memory", "std::bad_alloc", "MemoryError",
            "OutOfMemoryError", "out of memory", "Out of memory");

    private Failures() {
    }

    /** How the process failed and what it said last. */
    record Failure(FailureType type, String message) {
    }

    /**
     * The failure of the process itself, or null when it exited 0 (the adapter then reads its results). The
     * log's tail is read once, for both the out-of-memory marks and the message.
     */
    static Failure of(TrialOutcome o) {
        if (o.workerLost() != null) {
            return new Failure(FailureType.WORKER_LOST, o.workerLost());
        }
        if (o.startError() != null) {
            return new Failure(FailureType.TOOL_ERROR, "the tool could not run: " + o.startError());
        }
        if (o.timedOut()) {
            return new Failure(FailureType.TIMEOUT, "killed after its timeout (" + o.elapsed().toSeconds() + " s)");
        }
        if (o.exitCode() == 0) {
            return null;
        }
        String tail = tail(o);
        int flood = tail.lastIndexOf(io.noodle.engine.exec.TrialLog.FLOOD_MARK);
        if (flood >= 0) {
            return new Failure(FailureType.TOOL_ERROR, tail.substring(flood + "noodle: ".length()).strip());
        }
        FailureType type = o.exitCode() == 137 || OOM_MARKS.stream().anyMatch(tail::contains) ? FailureType.OOM
                : o.exitCode() > 128 ? FailureType.TOOL_CRASH // killed by a signal (128 + signal number)
                        : FailureType.TOOL_ERROR;
        return new Failure(type, describe(o, tail));
    }

    private static String describe(TrialOutcome o, String tail) {
        String last = tail.strip();
        int nl = last.lastIndexOf('\n');
        last = nl >= 0 ? last.substring(nl + 1) : last;
        String who = o.program() == null ? "" : java.nio.file.Path.of(o.program()).getFileName() + " (step " + (o.step() + 1)
                + ") ";
        return who + "exited with status " + o.exitCode() + (o.exitCode() > 128 ? " (signal " + (o.exitCode() - 128) + ")" : "")
                + (last.isEmpty() ? "" : "; last output: " + last);
    }

    /** The last 8 KB of the trial's log. */
    static String tail(TrialOutcome o) {
        try (RandomAccessFile f = new RandomAccessFile(o.logFile().toFile(), "r")) {
            long len = f.length();
            int n = (int) Math.min(len, 8192);
            byte[] b = new byte[n];
            f.seek(len - n);
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
