package io.noodle.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.model.FailureType;
import io.noodle.model.derived.SourceLine;

/**
 * A real adapter over a small program the tests write: {@code trial <case> <eco> <parent design>}, run in the
 * trial directory. It writes {@code design.txt} (its "design": a WNS) and {@code report.txt} with lines
 * {@code <metric> <value> <unit>}, which {@link #collect} parses with file:line provenance. What it does per
 * ECO (improve, regress, fail, crash, hang, ...) is in {@link #SCRIPT}.
 */
final class ScriptAdapter implements TrialAdapter {

    static final String SCRIPT = """
            #!/bin/sh
            case_name=$1; eco=$2; parent=$3
            echo "$case_name" >> "$RUNS_FILE"
            base=-500
            if [ "$parent" != "-" ] && [ -f "$parent" ]; then base=$(cat "$parent"); fi
            date +%s%N > started.txt
            case "$eco" in
              none) wns=$base ;;
              good) wns=$((base + 100)) ;;
              better) wns=$((base + 200)) ;;
              bad) wns=$((base - 300)) ;;
              slow) sleep 1; wns=$((base + 10)) ;;
              slow3) sleep 3; wns=$((base + 10)) ;;
              fail) echo "error: no such cell" >&2; exit 1 ;;
              crash) kill -SEGV $$ ;;
              hang) echo $$ > hang.pid; sleep 300 & echo $! > child.pid; wait ;;
              noreport) exit 0 ;;
              garbled) echo "wns lots ps" > report.txt; exit 0 ;;
              oom) echo "terminate called after throwing an instance of 'std::bad_alloc'" >&2; exit 1 ;;
              *) echo "unknown eco $eco" >&2; exit 2 ;;
            esac
            date +%s%N > ended.txt
            echo "$wns" > design.txt
            echo "wns $wns ps" > report.txt
            echo "congestion $(( (wns < 0 ? -wns : wns) % 97 )) %" >> report.txt
            """;

    private final Path script;
    private final Path runsFile;

    /** Writes the script into {@code dir}; every trial appends its case name to {@code dir/runs.txt}. */
    ScriptAdapter(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.script = dir.resolve("trial");
        this.runsFile = dir.resolve("runs.txt");
        Files.writeString(script, SCRIPT);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Case names in the order their trials started, one per start. */
    List<String> runs() throws IOException {
        return Files.exists(runsFile) ? Files.readAllLines(runsFile) : List.of();
    }

    @Override
    public TrialSpec prepare(TrialRequest r) {
        String parent = r.parentDesigns().isEmpty() ? "-" : r.parentDesigns().get(0).toString();
        return new TrialSpec(r.caseName(), r.directory(), List.of(script.toString(), r.caseName(),
                r.eco() == null ? "none" : r.eco().getName(), parent), Map.of("RUNS_FILE", runsFile.toString()), 1, 0,
                r.timeout());
    }

    @Override
    public TrialResult collect(TrialRequest r, TrialOutcome o) {
        Path report = r.directory().resolve("report.txt");
        if (!Files.exists(report)) {
            return TrialResult.failed(FailureType.PARSE_FAILURE, "no report written", new SourceLine(report.toString(), 0));
        }
        List<TrialResult.MetricValue> metrics = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).trim().split("\\s+");
                try {
                    metrics.add(new TrialResult.MetricValue(f[0], Double.parseDouble(f[1]), f[2],
                            new SourceLine(report.toString(), i + 1)));
                } catch (RuntimeException e) {
                    return TrialResult.failed(FailureType.PARSE_FAILURE, "cannot read '" + lines.get(i) + "'",
                            new SourceLine(report.toString(), i + 1));
                }
            }
        } catch (IOException e) {
            return TrialResult.failed(FailureType.PARSE_FAILURE, e.getMessage(), new SourceLine(report.toString(), 0));
        }
        return TrialResult.ok(metrics, r.directory().resolve("design.txt"));
    }
}
