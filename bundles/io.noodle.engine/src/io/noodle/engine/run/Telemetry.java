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
    private final RunFolder run;
    private final Consumer<RunEvent> publish;
    private final Path events;
    /** {@code telemetry/<study name>/}: the name was checked when the study was loaded, and again here. */
    private final Path studyTelemetry;
    private Writer eventWriter;

    /**
     * @param publish where events go after their line is written (the run registry: its snapshot and feed)
     */
    Telemetry(String study, RunFolder run, Consumer<RunEvent> publish) throws IOException {
        this.study = study;
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
        json(dir.resolve("metrics.json"), c.metrics());
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
        json(dir.resolve("artifact_index.json"), artifacts);
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
        json(FileTrees.child(studyTelemetry.resolve("cases"), c.name() + "_telemetry.json"), c);
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
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("stage", stage.getName());
        t.put("index", stage.getIndex());
        t.put("trial_budget", stage.getTrialBudget());
        t.put("trials", results.size());
        t.put("survivors", survivors);
        t.put("aborted", abort != null);
        t.put("abort_reason", abort);
        Map<String, Long> failures = new java.util.TreeMap<>();
        results.stream().filter(c -> c.failure() != null).forEach(c -> failures.merge(c.failure(), 1L, Long::sum));
        t.put("failure_types", failures);
        json(studyTelemetry.resolve("stage_" + stage.getIndex() + "_telemetry.json"), t);
    }

    /** Study telemetry, the cases CSV, the lineage DOT (of the study model, after the run's cases are in it) and a summary. */
    void summary(Study s, List<CaseRecord> cases, RunResult result, Duration elapsed) throws IOException {
        long ok = cases.stream().filter(c -> c.failure() == null && "succeeded".equals(c.state())).count();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("study", study);
        t.put("status", result.status().name().toLowerCase(Locale.ROOT));
        t.put("message", result.message());
        t.put("cases", cases.size());
        t.put("succeeded", ok);
        t.put("success_rate", cases.isEmpty() ? 0.0 : (double) ok / cases.size());
        t.put("best_case", result.best());
        t.put("aborted", result.status() == RunResult.Status.ABORTED);
        t.put("abort_reason", result.status() == RunResult.Status.ABORTED ? result.message() : null);
        t.put("seconds", elapsed.toMillis() / 1000.0);
        json(studyTelemetry.resolve("study_telemetry.json"), t);

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

    private static String num(Double d) {
        return d == null ? "" : Double.toString(d);
    }
}
