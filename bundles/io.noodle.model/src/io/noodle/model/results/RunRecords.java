package io.noodle.model.results;

import java.io.IOException;
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

    /** The largest checkpoint read: 1,000,000 cases of a few hundred bytes each, with room to spare. */
    public static final long MAX_CHECKPOINT_BYTES = 1L << 30;

    /** Whether a list holds null (lists that refuse null queries, like {@code List.of()}, included). */
    private static boolean hasNull(List<?> l) {
        return l.stream().anyMatch(java.util.Objects::isNull);
    }

    /** The longest journal line read (a case record is a few kilobytes). */
    public static final int MAX_JOURNAL_LINE = 1 << 20;

    /** The journal line being read, and what becomes of it at its end. */
    private static final class JournalLine {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final Map<String, CaseRecord> into;
        final List<Integer> skipped;
        final CharsetDecoder utf8;
        boolean tooLong;
        int number;

        JournalLine(Map<String, CaseRecord> into, List<Integer> skipped, CharsetDecoder utf8) {
            this.into = into;
            this.skipped = skipped;
            this.utf8 = utf8;
        }

        void add(byte b) {
            if (bytes.size() < MAX_JOURNAL_LINE) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
        }

        void end() {
            number++;
            if (bytes.size() > 0 || tooLong) {
                CaseRecord c = tooLong ? null : journalRecord(bytes.toByteArray(), utf8);
                if (c == null) {
                    skipped.add(number);
                } else {
                    into.put(c.name(), c);
                }
            }
            bytes.reset();
            tooLong = false;
        }
    }

    /** A journal line's case, or null when the line is damaged. */
    private static CaseRecord journalRecord(byte[] line, CharsetDecoder utf8) {
        try {
            String text = utf8.reset().decode(java.nio.ByteBuffer.wrap(line)).toString();
            if (text.isBlank()) {
                return null;
            }
            CaseRecord c = JSON.readValue(text, CaseRecord.class);
            return c == null || c.name() == null || c.state() == null ? null : c;
        } catch (IOException | RuntimeException bad) {
            return null;
        }
    }

    /** Reads and checks a checkpoint file. */
    public static Checkpoint readCheckpoint(Path file, Path journal) throws IOException {
        String fix = ". Fix: restore it from a backup, or move it away and resume again: the cases finished so far "
                + "are also in " + journal.getFileName() + " beside it and are kept";
        Checkpoint cp;
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_CHECKPOINT_BYTES) {
                throw new IOException(size + " bytes, more than the " + MAX_CHECKPOINT_BYTES + " a checkpoint of the "
                        + "largest study takes");
            }
            byte[] bytes = Files.readAllBytes(file);
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)); // UTF-8, as written
            cp = JSON.readValue(bytes, Checkpoint.class);
        } catch (JsonProcessingException e) {
            throw new IOException(located(file, e, "the checkpoint is damaged") + fix, e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": the checkpoint is damaged (it is not UTF-8 text)" + fix, e);
        } catch (IOException e) {
            throw new IOException(file + ": the checkpoint cannot be read (" + Problems.escape(e.getMessage(), 200) + ")"
                    + fix, e);
        }
        String missing = cp == null ? "everything" : cp.cases() == null ? "cases" : cp.completedStages() == null
                ? "completedStages" : cp.abortedStages() == null ? "abortedStages" : cp.survivors() == null ? "survivors"
                        : cp.cases().stream().anyMatch(c -> c == null || c.name() == null || c.state() == null)
                                ? "a case's name or state"
                                : hasNull(cp.completedStages()) || hasNull(cp.abortedStages())
                                        ? "a stage's name"
                                        : cp.survivors().entrySet().stream().anyMatch(e -> e.getKey() == null
                                                || e.getValue() == null || hasNull(e.getValue()))
                                                        ? "a stage's survivors"
                                                        : hasNull(cp.verdicts()) ? "a verdict" : null;
        if (missing != null) {
            throw new IOException(file + ": the checkpoint is damaged (it lacks " + missing + ")" + fix);
        }
        if (cp.version() != Checkpoint.VERSION) {
            throw new IOException(file + ": checkpoint version " + cp.version() + ", this product reads "
                    + Checkpoint.VERSION + ". Fix: resume it with the product that wrote it, or start a new run (--new)");
        }
        return cp;
    }

    /** Adds the journal's cases to {@code into}; returns the 1-based numbers of the lines it skipped. */
    public static List<Integer> replayJournal(Path journal, Map<String, CaseRecord> into) throws IOException {
        List<Integer> skipped = new ArrayList<>();
        if (!Files.exists(journal, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return skipped;
        }
        if (!Files.isRegularFile(journal, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(journal + ": the journal of finished cases is not a regular file. Fix: move it "
                    + "away and resume again (the cases it held run again)");
        }
        // line by line, each decoded strictly: a damaged line (bad bytes, torn, too long) is skipped and counted,
        // every good one is kept, and no line takes more than MAX_JOURNAL_LINE of memory
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        JournalLine line = new JournalLine(into, skipped, utf8);
        try (java.io.InputStream in = Files.newInputStream(journal)) {
            byte[] buf = new byte[1 << 16];
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        line.end();
                    } else {
                        line.add(buf[i]);
                    }
                }
            }
        }
        if (line.bytes.size() > 0 || line.tooLong) {
            line.end(); // a last line without its line feed (torn by a crash, or whole)
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
