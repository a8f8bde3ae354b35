package io.noodle.engine.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.noodle.engine.exec.TrialOutcome;
import io.noodle.model.FailureType;

/** Classifies how a trial's process ended into the typed failures of DOMAIN.md §3. */
final class Failures {

    /** What tools print when an allocation fails. */
    private static final List<String> OOM_MARKS = List.of("Cannot allocate memory", "std::bad_alloc", "MemoryError",
            "OutOfMemoryError", "out of memory", "Out of memory");

    private Failures() {
    }

    /** The failure of the process itself, or null when it exited 0 (the adapter then reads its results). */
    static FailureType classify(TrialOutcome o) {
        if (o.startError() != null) {
            return FailureType.TOOL_ERROR;
        }
        if (o.timedOut()) {
            return FailureType.TIMEOUT;
        }
        if (o.exitCode() == 0) {
            return null;
        }
        String tail = tail(o);
        if (o.exitCode() == 137 || OOM_MARKS.stream().anyMatch(tail::contains)) {
            return FailureType.OOM;
        }
        if (o.exitCode() > 128) {
            return FailureType.TOOL_CRASH; // killed by a signal (128 + signal number)
        }
        return FailureType.TOOL_ERROR;
    }

    static String describe(TrialOutcome o) {
        if (o.startError() != null) {
            return "the tool could not be started: " + o.startError();
        }
        if (o.timedOut()) {
            return "killed after its timeout (" + o.elapsed().toSeconds() + " s)";
        }
        String last = tail(o).strip();
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
