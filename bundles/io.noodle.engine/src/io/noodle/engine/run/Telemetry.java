package io.noodle.engine.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.noodle.core.io.FileTrees;
import io.noodle.engine.events.RunEvent;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.lineage.Lineage;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Results;
import io.noodle.model.results.RunFolder;

/**
 * The files of a run (docs/RULES.md, "The files of a run"), in its {@link RunFolder}:
 * {@code cases/<case>/stage_<i>/trial_<j>/} (log, metrics.json, artifact_index.json, metadata.jsonld),
 * {@code telemetry/<study>/} (event_stream.ndjson, study and stage telemetry, per-case telemetry),
 * {@code checkpoints/}, {@code reports/} (legality, safety trace, lineage DOT, cases CSV) and {@code summaries/}.
 * JSON files are written atomically; the event stream is appended a line at a time and published on the live feed.
 */
final class Telemetry {

    private final String study;
    private final String baseCase;
    private final RunFolder run;
    private final Consumer<RunEvent> publish;
    private final Path events;
    /** {@code telemetry/<study name>/}: the name was checked when the study was loaded, and again here. */
    private final Path studyTelemetry;
    private Writer eventWriter;

    /**
     * @param publish where events go after their line is written (the run registry: its snapshot and feed)
     */
    Telemetry(String study, String baseCase, RunFolder run, Consumer<RunEvent> publish) throws IOException {
        this.study = study;
        this.baseCase = baseCase;
        this.run = run;
        this.publish = publish;
        this.studyTelemetry = run.telemetry(study);
        for (Path d : List.of(run.summaries(), run.cases(), run.reports(), run.checkpoint().getParent(), run.logs())) {
            Files.createDirectories(d);
        }
        Files.createDirectories(studyTelemetry.resolve("cases"));
        this.events = run.events(study);
    }

    private static final com.fasterxml.jackson.databind.ObjectWriter LINE = io.noodle.model.results.RunRecords.LINE;

    /** Writes what is queued and closes the event stream. */
    void close() throws IOException {
        try {
            flushTrials();
        } finally {
            trialWriter.shutdown();
            closeEvents();
        }
    }

    private synchronized void closeEvents() throws IOException {
        if (eventWriter != null) {
            eventWriter.close();
            eventWriter = null;
        }
    }

    /**
     * Writes the event's line to the event stream (when it has one there), then publishes it. Lines reach the
     * file whole, in the order of the events.
     */
    synchronized void event(RunEvent e) {
        if (e.streamType() != null) {
            writeLine(e);
        }
        publish.accept(e);
    }

    private void writeLine(RunEvent e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event_type", e.streamType());
        line.put("timestamp", e.at().toString());
        line.put("event_data", new java.util.TreeMap<>(e.streamData()));
        try {
            if (eventWriter == null) {
                eventWriter = Files.newBufferedWriter(events, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            eventWriter.write(LINE.writeValueAsString(line));
            eventWriter.write('\n');
            eventWriter.flush(); // whole lines reach the file as they happen; readers never see half a line
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException("cannot append to " + events, ex);
        }
    }

    void writeReport(String name, String text) throws IOException {
        StudyStore.writeAtomically(run.reports().resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Telemetry can be rebuilt from the checkpoint: written atomically, not forced to disk. */
    private static void json(Path file, Object value) throws IOException {
        StudyStore.writeAtomically(file, io.noodle.model.results.RunRecords.JSON.writeValueAsBytes(value), false);
    }

    /** Writes the trials' telemetry off the engine's path, in order; {@link #flushTrials} waits for it. */
    private final java.util.concurrent.ExecutorService trialWriter = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("noodle-telemetry").unstarted(r));
    private final List<java.util.concurrent.Future<?>> pending = new ArrayList<>();

    /** Queues the telemetry of a finished trial (its files appear at once after; flushTrials waits for them). */
    synchronized void trialTelemetry(CaseRecord c, Path dir) {
        pending.add(trialWriter.submit(() -> {
            writeTrialTelemetry(c, dir);
            return null;
        }));
    }

    /** Waits until the queued trial telemetry is written; reports the first failure. */
    void flushTrials() throws IOException {
        List<java.util.concurrent.Future<?>> now;
        synchronized (this) {
            now = new ArrayList<>(pending);
            pending.clear();
        }
        IOException first = null;
        for (var f : now) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing trial telemetry", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** metrics.json, artifact_index.json and the JSON-LD description of a finished trial; the case telemetry. */
    private void writeTrialTelemetry(CaseRecord c, Path dir) throws IOException {
        Map<String, Object> metrics = flatMetrics(c);
        json(dir.resolve("metrics.json"), metrics);
        List<Map<String, Object>> artifacts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString();
                if (rel.equals("artifact_index.json") || rel.equals("metadata.jsonld")) {
                    continue;
                }
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("path", rel);
                a.put("label", f.getFileName().toString());
                a.put("content_type", contentType(rel));
                a.put("size_bytes", Files.size(f));
                artifacts.add(a);
            }
        }
        Map<String, Object> index = new LinkedHashMap<>(); // Noodle 2's envelope
        index.put("study_name", study);
        index.put("case_name", c.name());
        index.put("stage_index", c.stage());
        index.put("trial_index", c.stage() < 0 ? 0 : c.index());
        index.put("trial_root", dir.toString());
        index.put("entries", artifacts);
        index.put("metadata", Map.of("state", c.state(), "eco", c.eco() == null ? "none" : c.eco()));
        json(dir.resolve("artifact_index.json"), index);
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "Dataset");
        ld.put("name", c.name());
        ld.put("description", "Trial of case " + c.name() + " (" + c.state() + ")");
        ld.put("variableMeasured", c.metrics().stream().map(m -> Map.of("@type", "PropertyValue", "name", m.name(),
                "value", m.value(), "unitText", String.valueOf(m.unit()))).toList());
        ld.put("distribution", artifacts.stream().map(a -> Map.of("@type", "DataDownload", "contentUrl", a.get("path"),
                "encodingFormat", a.get("content_type"))).toList());
        json(dir.resolve("metadata.jsonld"), ld);
        json(FileTrees.child(studyTelemetry.resolve("cases"), c.name() + "_telemetry.json"), caseTelemetry(c, dir,
                metrics));
    }

    /**
     * A trial's metrics as Noodle 2 writes them: a flat mapping of name to value ({@code wns_ps}, {@code tns_ps},
     * {@code hot_ratio} and every metric under its own name), with each metric's unit and provenance (file:line)
     * beside it under {@code units} and {@code provenance}.
     */
    static Map<String, Object> flatMetrics(CaseRecord c) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> units = new LinkedHashMap<>();
        Map<String, Object> provenance = new LinkedHashMap<>();
        if (c.metric("wns") != null) {
            m.put("wns_ps", c.metric("wns"));
        }
        if (c.metric("tns") != null) {
            m.put("tns_ps", c.metric("tns"));
        }
        if (c.metric("congestion") != null) {
            m.put("hot_ratio", c.metric("congestion") / 100.0); // the real congestion figure, as a fraction
        }
        for (io.noodle.model.results.MetricRecord r : c.metrics()) {
            m.putIfAbsent(r.name(), r.value());
            units.put(r.name(), r.unit());
            provenance.put(r.name(), r.provenance());
        }
        m.put("units", units);
        m.put("provenance", provenance);
        return m;
    }

    /** Noodle 2's case telemetry keys, then every field of the case as this product records it. */
    private Map<String, Object> caseTelemetry(CaseRecord c, Path dir, Map<String, Object> metrics) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("case_id", c.name());
        t.put("base_case", c.parents().isEmpty() && c.stage() < 0 ? c.name() : baseCase);
        t.put("stage_index", c.stage());
        t.put("derived_index", c.stage() < 0 ? 0 : c.index());
        Map<String, Object> trial = new LinkedHashMap<>();
        trial.put("trial_index", c.stage() < 0 ? 0 : c.index());
        trial.put("eco", c.eco() == null ? "none" : c.eco());
        trial.put("arguments", c.arguments());
        trial.put("success", "succeeded".equals(c.state()));
        trial.put("state", c.state());
        trial.put("failure_type", c.failure());
        trial.put("runtime_seconds", c.seconds());
        trial.put("metrics", metrics);
        trial.put("trial_root", dir.toString());
        t.put("trials", List.of(trial));
        t.put("best_wns_ps", c.metric("wns"));
        t.put("best_tns_ps", c.metric("tns"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = io.noodle.model.results.RunRecords.JSON.convertValue(c, Map.class);
        fields.forEach(t::putIfAbsent);
        return t;
    }

    private static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return "application/json";
        }
        if (n.endsWith(".csv")) {
            return "text/csv";
        }
        if (n.endsWith(".v") || n.endsWith(".def") || n.endsWith(".tcl") || n.endsWith(".log") || n.endsWith(".txt")
                || n.endsWith(".rpt") || n.endsWith(".sdc") || n.endsWith(".sh")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    void stageTelemetry(Stage stage, List<CaseRecord> results, List<String> survivors, String abort)
            throws IOException {
        long ok = results.stream().filter(c -> "succeeded".equals(c.state())).count();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("stage_index", stage.getIndex()); // Noodle 2's keys first
        t.put("stage_name", stage.getName());
        t.put("trial_budget", stage.getTrialBudget());
        t.put("survivor_count", stage.getSurvivorCount());
        t.put("trials_executed", results.size());
        t.put("successful_trials", ok);
        t.put("failed_trials", results.size() - ok);
        t.put("success_rate", results.isEmpty() ? 0.0 : (double) ok / results.size());
        t.put("survivors", survivors);
        t.put("total_runtime_seconds", results.stream().mapToDouble(CaseRecord::seconds).sum());
        t.put("cases_processed", results.stream().map(CaseRecord::name).toList());
        Map<String, Long> failures = new java.util.TreeMap<>();
        results.stream().filter(c -> c.failure() != null).forEach(c -> failures.merge(c.failure(), 1L, Long::sum));
        t.put("failure_types", failures);
        t.put("metadata", Map.of("execution_mode", stage.getExecutionMode().getLiteral(), "type",
                stage.getType().getLiteral()));
        t.put("stage", stage.getName()); // this product's own
        t.put("index", stage.getIndex());
        t.put("trials", results.size());
        t.put("aborted", abort != null);
        t.put("abort_reason", abort);
        json(studyTelemetry.resolve("stage_" + stage.getIndex() + "_telemetry.json"), t);
    }

    /** Study telemetry, the cases CSV, the lineage DOT (of the study model, after the run's cases are in it) and a summary. */
    void summary(Study s, List<CaseRecord> cases, RunResult result, Duration elapsed, List<String> stagesCompleted,
            List<String> finalSurvivors, List<io.noodle.model.results.VerdictRecord> verdicts) throws IOException {
        long ok = cases.stream().filter(c -> c.failure() == null && "succeeded".equals(c.state())).count();
        java.time.Instant end = java.time.Instant.now();
        List<CaseRecord> trials = cases.stream().filter(c -> c.stage() >= 0).toList();
        long trialsOk = trials.stream().filter(c -> "succeeded".equals(c.state())).count();
        boolean aborted = result.status() == RunResult.Status.ABORTED;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("study_name", study); // Noodle 2's keys first
        t.put("safety_domain", s.getSafetyDomain().getLiteral());
        t.put("total_stages", s.getStages().size());
        t.put("stages_completed", stagesCompleted.size());
        t.put("total_trials", trials.size());
        t.put("successful_trials", trialsOk);
        t.put("failed_trials", trials.size() - trialsOk);
        t.put("success_rate", trials.isEmpty() ? 0.0 : (double) trialsOk / trials.size());
        t.put("total_runtime_seconds", cases.stream().mapToDouble(CaseRecord::seconds).sum());
        t.put("final_survivors", finalSurvivors);
        t.put("aborted", aborted);
        t.put("abort_reason", aborted || result.status() == RunResult.Status.BLOCKED ? result.message() : null);
        t.put("start_time", end.minus(elapsed).toString());
        t.put("end_time", end.toString());
        t.put("metadata", new LinkedHashMap<>(s.getMetadata().map()));
        t.put("wall_clock_seconds", elapsed.toMillis() / 1000.0);
        t.put("study", study); // this product's own
        t.put("status", result.status().name().toLowerCase(Locale.ROOT));
        t.put("message", result.message());
        t.put("cases", cases.size());
        t.put("succeeded", ok);
        t.put("success_rate", cases.isEmpty() ? 0.0 : (double) ok / cases.size());
        t.put("best_case", result.best());
        t.put("seconds", elapsed.toMillis() / 1000.0);
        json(studyTelemetry.resolve("study_telemetry.json"), t);
        studySummary(s, t, result);
        safetyTrace(result, verdicts);
        leaderboard(cases);

        StringBuilder csv = new StringBuilder("case,stage,index,parents,eco,state,failure,wns_ps,tns_ps,congestion,seconds\n");
        for (CaseRecord c : cases) {
            csv.append(String.join(",", c.name(), Integer.toString(c.stage()), Integer.toString(c.index()),
                    String.join(" ", c.parents()), c.eco() == null ? "" : c.eco(), c.state(),
                    c.failure() == null ? "" : c.failure(), num(c.metric("wns")), num(c.metric("tns")),
                    num(c.metric("congestion")), Double.toString(c.seconds()))).append('\n');
        }
        writeReport("cases.csv", csv.toString());
        writeReport("lineage.dot", Lineage.toDot(Results.of(run.id(), s, cases, List.of(), null).getCases()));
        StudyStore.writeAtomically(run.summaries().resolve("summary.txt"), (result.status() + ": " + result.message()
                + "\ncases: " + cases.size() + ", succeeded: " + ok + ", best: " + result.best() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** study_summary.json and .txt: the study's telemetry, and the same in a few lines for people. */
    private void studySummary(Study s, Map<String, Object> t, RunResult result) throws IOException {
        json(run.reports().resolve("study_summary.json"), t);
        writeReport("study_summary.txt", "study " + study + " (" + s.getSafetyDomain().getLiteral() + "): "
                + result.status() + " - " + result.message() + "\nstages completed: " + t.get("stages_completed") + " of "
                + t.get("total_stages") + "\ntrials: " + t.get("total_trials") + ", succeeded " + t.get("successful_trials")
                + ", failed " + t.get("failed_trials") + "\nbest case: " + result.best() + "\nfinal survivors: "
                + t.get("final_survivors") + "\nwall clock: " + t.get("wall_clock_seconds") + " s\n");
    }

    /** safety_trace.json and .txt, at every end: each verdict with its threshold, observation and evidence. */
    private void safetyTrace(RunResult result, List<io.noodle.model.results.VerdictRecord> verdicts) throws IOException {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("study_name", study);
        t.put("status", result.status().name().toLowerCase(Locale.ROOT));
        t.put("message", result.message());
        t.put("verdicts", verdicts);
        json(run.reports().resolve("safety_trace.json"), t);
        StringBuilder b = new StringBuilder("safety trace of " + study + ": " + result.status() + " - " + result.message()
                + "\n");
        for (var v : verdicts) {
            b.append(v.passed() ? "PASS " : "FAIL ").append(v.rail()).append(v.stage() == null ? "" : " [" + v.stage() + "]")
                    .append(": ").append(v.message()).append(v.threshold() == null ? "" : "; threshold " + v.threshold())
                    .append(v.observed() == null ? "" : "; observed " + v.observed())
                    .append(v.evidence().isEmpty() ? "" : "; evidence " + String.join(", ", v.evidence())).append('\n');
        }
        writeReport("safety_trace.txt", b.toString());
    }

    /**
     * eco_leaderboard.json: per ECO ({@link io.noodle.model.derived.EcoLeaderboard}), its applications in this run,
     * successes, mean and best WNS change, in the leaderboard's own order (the best mean change first), as the
     * Charts view and the run report rank them.
     */
    private void leaderboard(List<CaseRecord> cases) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var row : io.noodle.model.derived.EcoLeaderboard.of(cases, null)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("eco", row.eco());
            r.put("applications", (long) row.trials());
            r.put("successes", (long) row.succeeded());
            r.put("success_rate", row.successRate());
            r.put("mean_delta_wns_ps", Double.isNaN(row.meanDeltaWns()) ? null : row.meanDeltaWns());
            r.put("best_delta_wns_ps", Double.isNaN(row.bestDeltaWns()) ? null : row.bestDeltaWns());
            rows.add(r);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("rank", i + 1);
        }
        json(run.reports().resolve("eco_leaderboard.json"), Map.of("study_name", study, "ecos", rows));
    }

    private static String num(Double d) {
        return d == null ? "" : Double.toString(d);
    }
}
