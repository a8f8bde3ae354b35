package io.noodle.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Checkpoint;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.model.results.VerdictRecord;

/**
 * What a run has finished so far, and the checkpoint file that keeps it ({@code checkpoints/
 * study_checkpoint.json}, rewritten atomically after every finished trial and stage). Resume starts from it:
 * nothing finished runs again, nothing finished is lost.
 */
public final class RunState {

    private final Map<String, CaseRecord> cases = new TreeMap<>();
    private final List<String> completed = new ArrayList<>();
    private final List<String> aborted = new ArrayList<>();
    private final Map<String, List<String>> survivors = new LinkedHashMap<>();
    private final List<VerdictRecord> verdicts = new ArrayList<>();

    synchronized void verdict(VerdictRecord v) {
        verdicts.add(v);
    }

    synchronized List<VerdictRecord> verdicts() {
        return List.copyOf(verdicts);
    }

    synchronized void add(CaseRecord c) {
        cases.put(c.name(), c);
    }

    synchronized CaseRecord get(String name) {
        return cases.get(name);
    }

    synchronized List<CaseRecord> all() {
        return List.copyOf(cases.values());
    }

    /** How many cases finished (without copying them). */
    synchronized int size() {
        return cases.size();
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
    synchronized void journal(Path path, CaseRecord c) throws IOException {
        if (journal == null || !path.equals(journalPath)) {
            closeJournal();
            journal = java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND);
            journalPath = path;
        }
        java.nio.ByteBuffer line = java.nio.ByteBuffer.wrap((RunRecords.journalLine(c) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    /** Writes the whole checkpoint atomically and durably (after each stage and at the end). */
    synchronized void write(Path file, String study) throws IOException {
        syncJournal();
        Checkpoint cp = new Checkpoint(Checkpoint.VERSION, study, List.copyOf(completed), List.copyOf(aborted),
                new LinkedHashMap<>(survivors), List.copyOf(cases.values()), List.copyOf(verdicts));
        RunRecords.writeCheckpoint(file, cp);
    }

    /** Reads a run's checkpoint and the journal of cases finished since (bad journal lines skipped, counted). */
    static RunState read(RunFolder run) throws IOException {
        RunRecords.Loaded l = RunRecords.read(run);
        RunState s = new RunState();
        l.cases().values().forEach(s::add);
        Checkpoint cp = l.checkpoint();
        if (cp != null) {
            s.completed.addAll(cp.completedStages());
            s.aborted.addAll(cp.abortedStages());
            s.survivors.putAll(cp.survivors());
            s.verdicts.addAll(cp.verdicts());
        }
        s.skippedJournalLines.addAll(l.skippedJournalLines());
        return s;
    }

    /** Journal lines that could not be read when the run was resumed (1-based line numbers). */
    private final List<Integer> skippedJournalLines = new ArrayList<>();

    synchronized List<Integer> skippedJournalLines() {
        return List.copyOf(skippedJournalLines);
    }

    synchronized List<String> completedStages() {
        return List.copyOf(completed);
    }

    synchronized List<String> abortedStages() {
        return List.copyOf(aborted);
    }
}
