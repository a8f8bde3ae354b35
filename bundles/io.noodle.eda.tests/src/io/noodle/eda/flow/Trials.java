package io.noodle.eda.flow;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.noodle.model.derived.MetricValue;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.run.TrialRequest;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.Study;
import io.noodle.model.yaml.StudyYamlImporter;

/** Runs single local-flow trials on the real tools, the way the engine does: prepare, execute, collect. */
final class Trials {

    static final String ECOS = """
            ecos:
              - {name: buffer_fanout, class: placement_local}
              - {name: resize_worst, class: topology_neutral}
              - {name: replace_region, class: placement_local, parameters: [{name: density, type: float, default: "0.6", min: 0.3, max: 0.9}]}
              - {name: reroute_layers, class: routing_affecting, parameters: [{name: layers, type: int, default: "4", min: 3, max: 6}]}
              - {name: resynth, class: global_disruptive, parameters: [{name: abc_script, type: choice, default: delay, choices: [delay, area, compress, qflow]}]}
              - {name: global_replace, class: global_disruptive}
              - {name: both, class: placement_local, parts: [resize_worst, buffer_fanout], rollback: failed_part}
              - {name: noop, class: topology_neutral}
              - {name: cell_resize, class: placement_local, parameters: [{name: size_multiplier, type: float, default: "2.0"}, {name: max_paths, type: int, default: "20"}]}
              - {name: placement_density, class: routing_affecting, parameters: [{name: target_density, type: float, default: "0.6"}]}
              - {name: dead_logic_elimination, class: topology_neutral}
            """;

    private Trials() {
    }

    static Study catalogue() throws IOException {
        var r = StudyYamlImporter.importFrom(new StringReader("name: t\nbase_case: t_base\nsafety_domain: sandbox\n" + ECOS
                + "stages:\n  - {name: s, ecos: [buffer_fanout]}\n"), null);
        if (r.study() == null) {
            throw new AssertionError(r.report().messages().toString());
        }
        return r.study();
    }

    static EcoDefinition eco(String name) throws IOException {
        return catalogue().getEcos().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The outcome of the processes and what the flow read of them. */
    record Run(TrialOutcome outcome, TrialResult result, Path directory) {
        double metric(String name) {
            MetricValue m = result.metric(name);
            if (m == null) {
                throw new AssertionError("no metric " + name + " in " + result.metrics() + "; failure: " + result.failure()
                        + " " + result.message() + " log: " + directory.resolve("trial.log"));
            }
            return m.value();
        }
    }

    static Run run(LocalFlow flow, String name, ExecutionMode mode, Path parent, EcoDefinition eco,
            Map<String, String> args, Path dir) throws Exception {
        TrialRequest req = new TrialRequest(name, eco == null ? -1 : 0, mode, List.of(parent), eco, args, dir,
                Duration.ofMinutes(10));
        TrialSpec spec = flow.prepare(req);
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            TrialOutcome o = ex.submit(spec).outcome().get(15, TimeUnit.MINUTES);
            return new Run(o, flow.collect(req, o), dir);
        }
    }

    static String log(Run r) {
        try {
            return Files.readString(r.directory().resolve("trial.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
