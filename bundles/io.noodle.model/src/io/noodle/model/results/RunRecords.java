package io.noodle.model.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.noodle.core.io.Problems;
import io.noodle.model.persistence.StudyStore;

/**
 * The files that keep a run's results, read and written in one place: the checkpoint (written atomically and
 * durably after every stage), the journal (one line per finished case, appended as it finishes) and the
 * outcome. The engine writes them; the results views and the command line read them.
 */
public final class RunRecords {

    /** Pretty, key-ordered JSON (files people read). */
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** One JSON value on one line (journal lines, event lines). */
    public static final ObjectWriter LINE = JSON.writer().without(SerializationFeature.INDENT_OUTPUT);

    private RunRecords() {
    }

    /** What a run's files hold: the checkpoint (null when there is none) and every case finished. */
    public record Loaded(Checkpoint checkpoint, Map<String, CaseRecord> cases, List<Integer> skippedJournalLines,
            Outcome outcome) {
    }

    /**
     * Reads the run's checkpoint, the journal of cases finished since, and its outcome. A journal line that
     * cannot be read (a torn last line after a crash, damaged bytes) is skipped and reported; every good line
     * is kept.
     *
     * @throws IOException naming the file, line and column of a damaged checkpoint, and the fix
     */
    public static Loaded read(RunFolder run) throws IOException {
        Checkpoint cp = Files.exists(run.checkpoint()) ? readCheckpoint(run.checkpoint(), run.journal()) : null;
        Map<String, CaseRecord> cases = new LinkedHashMap<>();
        if (cp != null) {
            cp.cases().forEach(c -> cases.put(c.name(), c));
        }
        List<Integer> skipped = replayJournal(run.journal(), cases);
        return new Loaded(cp, cases, skipped, readOutcome(run));
    }

    /** {@code <file>:<line>:<column>: <what> (<the parser's reason>)} for a JSON file that cannot be read. */
    public static String located(Path file, JsonProcessingException e, String what) {
        var at = e.getLocation();
        return file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": " + what + " ("
                + Problems.escape(e.getOriginalMessage(), 200) + ")";
    }

    /** Reads and checks a checkpoint file. */
    public static Checkpoint readCheckpoint(Path file, Path journal) throws IOException {
        String fix = ". Fix: restore it from a backup, or move it away and resume again: the cases finished so far "
                + "are also in " + journal.getFileName() + " beside it and are kept";
        Checkpoint cp;
        try {
            cp = JSON.readValue(Files.readAllBytes(file), Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new IOException(located(file, e, "the checkpoint is damaged") + fix, e);
        }
        String missing = cp == null ? "everything" : cp.cases() == null ? "cases" : cp.completedStages() == null
                ? "completedStages" : cp.abortedStages() == null ? "abortedStages" : cp.survivors() == null ? "survivors"
                        : cp.cases().stream().anyMatch(c -> c == null || c.name() == null || c.state() == null)
                                ? "a case's name or state" : null;
        if (missing != null) {
            throw new IOException(file + ": the checkpoint is damaged (it lacks " + missing + ")" + fix);
        }
        if (cp.version() != Checkpoint.VERSION) {
            throw new IOException(file + ": checkpoint version " + cp.version() + ", this product reads "
                    + Checkpoint.VERSION);
        }
        return cp;
    }

    /** Adds the journal's cases to {@code into}; returns the 1-based numbers of the lines it skipped. */
    public static List<Integer> replayJournal(Path journal, Map<String, CaseRecord> into) throws IOException {
        List<Integer> skipped = new ArrayList<>();
        if (!Files.exists(journal)) {
            return skipped;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(journal), utf8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    CaseRecord c = JSON.readValue(line, CaseRecord.class);
                    if (c == null || c.name() == null || c.state() == null) {
                        skipped.add(n);
                    } else {
                        into.put(c.name(), c);
                    }
                } catch (IOException bad) {
                    skipped.add(n);
                }
            }
        }
        return skipped;
    }

    /**
     * Writes the checkpoint atomically and durably, compact (a checkpoint of 100,000 cases is read in a
     * fraction of the time of an indented one, and is half the size).
     */
    public static void writeCheckpoint(Path file, Checkpoint cp) throws IOException {
        StudyStore.writeAtomically(file, LINE.writeValueAsBytes(cp));
    }

    /** A journal line for a finished case (without its line feed). */
    public static String journalLine(CaseRecord c) throws IOException {
        return LINE.writeValueAsString(c);
    }

    /**
     * Whether a run stopped with work left that resuming it would do: it finished something, and it has no outcome
     * (its process died) or one that can be resumed ({@code outcome} as read by {@link #readOutcome}).
     */
    public static boolean workLeft(RunFolder run, Outcome outcome) {
        return run.hasCheckpoint() && (outcome == null || outcome.resumable());
    }

    /** The run's outcome, or null while it has none (running, or its process died). */
    public static Outcome readOutcome(RunFolder run) {
        if (!Files.exists(run.outcome())) {
            return null;
        }
        try {
            return JSON.readValue(Files.readAllBytes(run.outcome()), Outcome.class);
        } catch (IOException e) {
            return null; // an unreadable outcome says no more than a missing one
        }
    }

    /** How long the run took in seconds, from its study telemetry (written when it ends), or -1. */
    public static double durationSeconds(RunFolder run, String studyName) {
        Path t = run.telemetry(studyName).resolve("study_telemetry.json");
        if (!Files.exists(t)) {
            return -1;
        }
        try {
            return JSON.readTree(t.toFile()).path("seconds").asDouble(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Records how the run ended, atomically and durably. */
    public static void writeOutcome(RunFolder run, String status, String message, String best) throws IOException {
        StudyStore.writeAtomically(run.outcome(), JSON.writeValueAsBytes(new Outcome(status, message, best,
                Instant.now().toString())));
    }
}
