package io.noodle.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.noodle.model.persistence.StudyStore;

/**
 * What a run has finished so far, and the checkpoint file that keeps it ({@code checkpoints/
 * study_checkpoint.json}, rewritten atomically after every finished trial and stage). Resume starts from it:
 * nothing finished runs again, nothing finished is lost.
 */
public final class RunState {

    static final int VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** A metric as kept in the checkpoint. */
    public record Metric(String name, double value, String unit, String provenance) {
    }

    /**
     * A finished case (succeeded, failed, timed out or gate-rejected; cancelled trials are not finished).
     *
     * @param ecoPath the ECOs applied from the base case to this one, in order
     */
    public record FinishedCase(String name, int stage, int index, List<String> parents, String eco,
            Map<String, String> arguments, String state, String failure, String failureMessage, String failureSource,
            List<Metric> metrics, String design, List<String> ecoPath, double seconds) {

        /** Lists and maps missing from a damaged checkpoint or journal line are read as empty. */
        public FinishedCase {
            parents = parents == null ? List.of() : parents;
            arguments = arguments == null ? Map.of() : arguments;
            metrics = metrics == null ? List.of() : metrics.stream().filter(m -> m != null && m.name() != null).toList();
            ecoPath = ecoPath == null ? List.of() : ecoPath;
        }

        public Double metric(String n) {
            for (Metric m : metrics) {
                if (m.name().equals(n)) {
                    return m.value();
                }
            }
            return null;
        }
    }

    /** The verdict of a gate or rail, with its evidence (file:line of the observed value, or a log). */
    public record Verdict(String rail, boolean passed, Double threshold, Double observed, String stage,
            List<String> cases, String message, List<String> evidence) {
    }

    /** The checkpoint file's content. */
    public record Checkpoint(int version, String study, List<String> completedStages, List<String> abortedStages,
            Map<String, List<String>> survivors, List<FinishedCase> cases, List<Verdict> verdicts) {
    }

    private final Map<String, FinishedCase> cases = new TreeMap<>();
    private final List<String> completed = new ArrayList<>();
    private final List<String> aborted = new ArrayList<>();
    private final Map<String, List<String>> survivors = new LinkedHashMap<>();
    private final List<Verdict> verdicts = new ArrayList<>();

    synchronized void verdict(Verdict v) {
        verdicts.add(v);
    }

    synchronized List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    synchronized void add(FinishedCase c) {
        cases.put(c.name(), c);
    }

    synchronized FinishedCase get(String name) {
        return cases.get(name);
    }

    synchronized List<FinishedCase> all() {
        return List.copyOf(cases.values());
    }

    synchronized void stageDone(String stage, List<String> survivorNames, boolean wasAborted) {
        survivors.put(stage, List.copyOf(survivorNames));
        (wasAborted ? aborted : completed).add(stage);
    }

    synchronized boolean isCompleted(String stage) {
        return completed.contains(stage);
    }

    synchronized boolean isAborted(String stage) {
        return aborted.contains(stage);
    }

    synchronized List<String> survivorsOf(String stage) {
        return survivors.getOrDefault(stage, List.of());
    }

    /**
     * Records one finished case durably: a line appended to the journal beside the checkpoint and forced
     * to disk (a small write, instead of rewriting the whole checkpoint after every trial).
     */
    /** The open journal, its path, and whether lines were written since the last force to disk. */
    private java.nio.channels.FileChannel journal;
    private Path journalPath;
    private boolean unsynced;
    private Thread syncer;

    /** How long a journal line may wait for its force to disk (lines finishing together share one). */
    static final long SYNC_MILLIS = 20;

    /**
     * Appends the finished case to the journal. The line is in the file (the OS's) before this returns, so a
     * crash or kill of the process loses nothing; a background thread forces the journal to disk within
     * {@link #SYNC_MILLIS} ms, one force for all the lines written meanwhile (group commit).
     */
    synchronized void journal(Path checkpoint, FinishedCase c) throws IOException {
        Path path = journalOf(checkpoint);
        if (journal == null || !path.equals(journalPath)) {
            closeJournal();
            journal = java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND);
            journalPath = path;
        }
        java.nio.ByteBuffer line = java.nio.ByteBuffer.wrap((JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(c) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            journal.write(line);
        }
        unsynced = true;
        if (syncer == null) {
            syncer = Thread.ofPlatform().daemon().name("noodle-journal-sync").start(this::syncLoop);
        }
        notifyAll();
    }

    private void syncLoop() {
        try {
            while (true) {
                java.nio.channels.FileChannel ch;
                synchronized (this) {
                    while (journal != null && !unsynced) {
                        wait();
                    }
                    if (journal == null) {
                        return;
                    }
                    wait(SYNC_MILLIS); // gather the lines of trials finishing together
                    ch = journal;
                    unsynced = false;
                }
                if (ch != null && ch.isOpen()) {
                    ch.force(false); // outside the lock: the engine goes on appending meanwhile
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the checkpoint's own force reports a failing disk
        } finally {
            synchronized (this) {
                syncer = null;
            }
        }
    }

    /** Forces the journal's lines to disk now. */
    synchronized void syncJournal() throws IOException {
        if (journal != null) {
            journal.force(false);
            unsynced = false;
        }
    }

    /** Forces and closes the journal (the end of a run). */
    synchronized void closeJournal() throws IOException {
        if (journal != null) {
            try {
                syncJournal();
                journal.close();
            } finally {
                journal = null;
                journalPath = null;
                notifyAll();
            }
        }
    }

    static Path journalOf(Path checkpoint) {
        return checkpoint.resolveSibling("finished_cases.ndjson");
    }

    /** Writes the whole checkpoint atomically and durably (after each stage and at the end). */
    synchronized void write(Path file, String study) throws IOException {
        syncJournal();
        Checkpoint cp = new Checkpoint(VERSION, study, List.copyOf(completed), List.copyOf(aborted),
                new LinkedHashMap<>(survivors), List.copyOf(cases.values()), List.copyOf(verdicts));
        StudyStore.writeAtomically(file, JSON.writeValueAsBytes(cp));
    }

    /** Reads a checkpoint written by {@link #write} and the journal of cases finished since. */
    static RunState read(Path file) throws IOException {
        if (!Files.exists(file)) {
            RunState s = new RunState();
            s.replayJournal(journalOf(file));
            return s;
        }
        String fix = ". Fix: restore it from a backup, or move it away and resume again: the cases finished so far "
                + "are also in " + journalOf(file).getFileName() + " beside it and are kept";
        Checkpoint cp;
        try {
            cp = JSON.readValue(Files.readAllBytes(file), Checkpoint.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": the checkpoint is damaged (" + io.noodle.core.io.Problems.describe(new IOException(
                            e.getOriginalMessage())) + ")" + fix, e);
        }
        String missing = cp == null ? "everything" : cp.cases() == null ? "cases" : cp.completedStages() == null
                ? "completedStages" : cp.abortedStages() == null ? "abortedStages" : cp.survivors() == null ? "survivors"
                        : cp.cases().stream().anyMatch(c -> c == null || c.name() == null || c.state() == null)
                                ? "a case's name or state" : null;
        if (missing != null) {
            throw new IOException(file + ": the checkpoint is damaged (it lacks " + missing + ")" + fix);
        }
        if (cp.version() != VERSION) {
            throw new IOException(file + ": checkpoint version " + cp.version() + ", this engine reads " + VERSION);
        }
        RunState s = new RunState();
        cp.cases().forEach(s::add);
        s.completed.addAll(cp.completedStages());
        s.aborted.addAll(cp.abortedStages());
        s.survivors.putAll(cp.survivors());
        if (cp.verdicts() != null) {
            s.verdicts.addAll(cp.verdicts());
        }
        s.replayJournal(journalOf(file));
        return s;
    }

    /** Journal lines that could not be read on the last replay (1-based line numbers), for the run's report. */
    private final List<Integer> skippedJournalLines = new ArrayList<>();

    synchronized List<Integer> skippedJournalLines() {
        return List.copyOf(skippedJournalLines);
    }

    /**
     * Adds the cases finished after the last full checkpoint. A line that cannot be read (a torn last line
     * after a crash mid-append, damaged bytes) is skipped and remembered; every good line is kept, so no
     * finished case after it runs again. Bytes that are not UTF-8 are replaced, never fatal.
     */
    private void replayJournal(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return;
        }
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                Files.newInputStream(journal), utf8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    FinishedCase c = JSON.readValue(line, FinishedCase.class);
                    if (c == null || c.name() == null || c.state() == null) {
                        skippedJournalLines.add(n);
                    } else {
                        add(c);
                    }
                } catch (IOException bad) {
                    skippedJournalLines.add(n);
                }
            }
        }
    }
}
