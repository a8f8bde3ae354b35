package io.noodle.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.noodle.model.derived.MetricValue;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.model.FailureType;
import io.noodle.model.derived.SourceLine;

/**
 * Runs a flow program the user brings: {@code <program> <case> <eco or "none"> <parent design or "-">
 * [name=value ...]}, in the trial directory. The program writes {@code report.txt}, one metric a line
 * ({@code <name> <value> <unit>}, e.g. {@code wns -120.5 ps}), and may leave the design it produced as
 * {@code design} (a file or a folder), which becomes the parent design of the cases derived from it.
 * Every metric keeps its provenance (report.txt and the line).
 */
public final class CommandAdapter implements TrialAdapter {

    public static final String REPORT = "report.txt";
    public static final String DESIGN = "design";

    private final Path program;

    /** The largest metrics report read (a report is a few lines: one metric a line). */
    public static final long MAX_REPORT_BYTES = 16L * 1024 * 1024;

    public CommandAdapter(Path program) {
        this.program = program.toAbsolutePath().normalize();
    }

    @Override
    public TrialSpec prepare(TrialRequest r) throws IOException {
        if (!Files.isExecutable(program)) {
            throw new IOException(program + " is not an executable program");
        }
        List<String> argv = new ArrayList<>(List.of(program.toString(), r.caseName(),
                r.eco() == null ? "none" : r.eco().getName(),
                r.parentDesigns().isEmpty() ? "-" : r.parentDesigns().get(0).toString()));
        r.arguments().forEach((k, v) -> argv.add(k + "=" + v));
        return new TrialSpec(r.caseName(), r.directory(), argv, Map.of("NOODLE_EXECUTION_MODE", r.mode().getLiteral()),
                1, 0, r.timeout());
    }

    @Override
    public TrialResult collect(TrialRequest r, TrialOutcome o) {
        if (!o.succeeded()) {
            return TrialResult.failed(FailureType.TOOL_ERROR, null, null); // the engine's verdict says it all
        }
        Path report = r.directory().resolve(REPORT);
        if (!Files.exists(report)) {
            return TrialResult.failed(FailureType.PARSE_FAILURE, "the flow wrote no " + REPORT,
                    new SourceLine(report.toString(), 0));
        }
        List<MetricValue> metrics = new ArrayList<>();
        try {
            long size = Files.size(report);
            if (size > MAX_REPORT_BYTES) {
                return TrialResult.failed(FailureType.PARSE_FAILURE, "the flow's " + REPORT + " has " + size
                        + " bytes; a metrics report may have at most " + MAX_REPORT_BYTES + " (one metric a line)",
                        new SourceLine(report.toString(), 0));
            }
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                double v;
                try {
                    v = Double.parseDouble(f[1]);
                } catch (RuntimeException e) {
                    return TrialResult.failed(FailureType.PARSE_FAILURE, "expected '<metric> <value> <unit>', found '"
                            + line + "'", new SourceLine(report.toString(), i + 1));
                }
                metrics.add(new MetricValue(f[0], v, f.length > 2 ? f[2] : null,
                        new SourceLine(report.toString(), i + 1)));
            }
        } catch (IOException e) {
            return TrialResult.failed(FailureType.PARSE_FAILURE, e.getMessage(), new SourceLine(report.toString(), 0));
        }
        Path design = r.directory().resolve(DESIGN);
        return TrialResult.ok(metrics, Files.exists(design) ? design : null);
    }
}
