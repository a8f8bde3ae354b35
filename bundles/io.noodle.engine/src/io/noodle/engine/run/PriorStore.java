package io.noodle.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

import io.noodle.core.workspace.FileLease;
import io.noodle.core.workspace.LockHeldException;
import io.noodle.model.EcoPrior;
import io.noodle.model.NoodleFactory;
import io.noodle.model.PriorConfidence;
import io.noodle.model.derived.Ecos;
import io.noodle.model.persistence.StudyStore;

/**
 * ECO priors kept across studies in the workspace: {@code .metadata/noodle-priors.json}. A JSON file
 * rather than a database: a few hundred small records, read once per run and updated after each trial;
 * an atomic rename keeps it whole through crashes, and a file lock serializes the read-modify-write of
 * studies running at the same time (in this process or another).
 */
public final class PriorStore {

    /** One ECO's record. */
    public record Prior(int applications, int successes, double meanDeltaWnsPs) {

        Prior add(boolean success, Double deltaWns) {
            int n = applications + 1;
            int s = successes + (success ? 1 : 0);
            double mean = meanDeltaWnsPs;
            if (success && deltaWns != null) {
                mean = (meanDeltaWnsPs * successes + deltaWns) / s;
            }
            return new Prior(n, s, mean);
        }

        /**
         * The confidence (unknown, trusted, mixed, suspicious) of docs/RULES.md, "ECOs, classes and safety domains".
         */
        public PriorConfidence confidence() {
            EcoPrior p = NoodleFactory.eINSTANCE.createEcoPrior();
            p.setApplications(applications);
            p.setSuccesses(successes);
            p.setMeanDeltaWnsPs(meanDeltaWnsPs);
            return Ecos.confidenceOf(p);
        }
    }

    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Path file;
    private final Path lock;

    public PriorStore(Path workspace) {
        Path meta = workspace.resolve(".metadata");
        this.file = meta.resolve("noodle-priors.json");
        this.lock = meta.resolve("noodle-priors.lock");
    }

    public Path file() {
        return file;
    }

    /** Every ECO's prior, by name. */
    public synchronized Map<String, Prior> read() throws IOException {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        return parse(file, "the ECO priors are damaged (an empty entry). Fix: delete the file (the priors are learnt "
                + "again from the next runs), then resume", "the ECO priors cannot be read", ". Fix: repair or delete "
                + "the file (the priors are learnt again from the next runs), then resume");
    }

    /** The largest priors file read (one entry per ECO: a few hundred bytes each). */
    static final long MAX_BYTES = 64L << 20;

    /** Priors from a file of this store's form; the message names the file, where it is damaged, and the fix. */
    private static Map<String, Prior> parse(Path from, String empty, String unreadable, String fix)
            throws IOException {
        var type = io.noodle.model.results.RunRecords.JSON.getTypeFactory().constructMapType(TreeMap.class, String.class,
                Prior.class);
        if (!Files.isRegularFile(from) || Files.size(from) > MAX_BYTES) {
            throw new IOException(from + ": " + (Files.isRegularFile(from) ? "has " + Files.size(from) + " bytes, more "
                    + "than the " + MAX_BYTES + " a priors file takes" : "is not a regular file") + fix);
        }
        try {
            Map<String, Prior> all = io.noodle.model.results.RunRecords.JSON.readValue(Files.readAllBytes(from), type);
            if (all == null || all.values().stream().anyMatch(java.util.Objects::isNull)) {
                throw new IOException(from + ": " + empty);
            }
            return all;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(io.noodle.model.results.RunRecords.located(from, e, unreadable) + fix, e);
        }
    }

    /** One application of an ECO: whether the trial succeeded, and its WNS change (null when unknown). */
    public record Application(String eco, boolean success, Double deltaWns) {
    }

    /** Records one application of an ECO. */
    public Prior record(String eco, boolean success, Double deltaWns) throws IOException {
        return recordAll(java.util.List.of(new Application(eco, success, deltaWns))).get(eco);
    }

    /** Records applications in one locked read-modify-write (the engine does it once per stage). */
    public synchronized Map<String, Prior> recordAll(java.util.List<Application> applications) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileLease l = acquire()) {
            Map<String, Prior> all = read();
            for (Application a : applications) {
                all.put(a.eco(), all.getOrDefault(a.eco(), new Prior(0, 0, 0)).add(a.success(), a.deltaWns()));
            }
            StudyStore.writeAtomically(file, io.noodle.model.results.RunRecords.JSON.writeValueAsBytes(all));
            return all;
        }
    }

    /**
     * Adds another store's priors to this one (another project's, a teammate's), in one locked update: the
     * applications and successes add up, the mean WNS change is weighted by the successes behind each.
     *
     * @return the priors after the merge
     */
    public synchronized Map<String, Prior> merge(Map<String, Prior> other) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileLease l = acquire()) {
            Map<String, Prior> all = read();
            for (var e : other.entrySet()) {
                Prior a = all.getOrDefault(e.getKey(), new Prior(0, 0, 0));
                Prior b = e.getValue();
                if (b.applications() < 0 || b.successes() < 0 || b.successes() > b.applications()
                        || !Double.isFinite(b.meanDeltaWnsPs())) {
                    throw new IOException("the prior of '" + io.noodle.core.io.Problems.escape(e.getKey(), 80) + "' is "
                            + "not one: " + b.applications() + " applications, " + b.successes() + " successes, mean "
                            + b.meanDeltaWnsPs() + " ps; nothing was imported");
                }
                int s = a.successes() + b.successes();
                double mean = s == 0 ? 0 : (a.meanDeltaWnsPs() * a.successes() + b.meanDeltaWnsPs() * b.successes()) / s;
                all.put(e.getKey(), new Prior(a.applications() + b.applications(), s, mean));
            }
            StudyStore.writeAtomically(file, io.noodle.model.results.RunRecords.JSON.writeValueAsBytes(all));
            return all;
        }
    }

    /** Reads priors written by {@code priors export} (or this store's own file) from any file. */
    public static Map<String, Prior> readFile(Path from) throws IOException {
        return parse(from, "not a file of ECO priors (an empty entry)", "not a file of ECO priors", "");
    }

    private FileLease acquire() throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return FileLease.acquire(lock, "noodle priors update", "The ECO prior store " + file);
            } catch (LockHeldException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(e.getMessage(), e);
                }
                LockSupport.parkNanos(2_000_000); // another study is writing; its update takes a millisecond
            }
        }
    }
}
