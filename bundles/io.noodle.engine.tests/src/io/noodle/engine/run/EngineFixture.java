package io.noodle.engine.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SlotPool;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.RunFolder;
import io.noodle.model.yaml.StudyYamlImporter;

/** Studies written as YAML, run with the script adapter on a real local executor. */
final class EngineFixture {

    /**
     * The scripted ECOs. Each has an {@code effort} to vary, so that a stage that applies one several times to the
     * same parent runs distinct trials (the planner never plans the same trial twice).
     */
    static final String ECOS = """
            ecos:
              - {name: good, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: better, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: mixed, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: bad, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: slow, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: slow3, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: fail, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: crash, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: hang, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: noreport, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: garbled, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: oom, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
              - {name: nan, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 1000}]}
            """;

    final Path root;
    final ScriptAdapter adapter;
    /** The registry runs of the tests register with: its own, so tests do not see each other's runs. */
    final RunRegistry registry = new RunRegistry(new SlotPool(4));

    EngineFixture(Path root) throws IOException {
        this.root = root;
        this.adapter = new ScriptAdapter(root.resolve("tool"));
    }

    /** A study from YAML (name and base case given; the ECO catalogue above appended). */
    static Study study(String name, String yaml) throws IOException {
        var r = StudyYamlImporter.importFrom(new StringReader("name: " + name + "\nbase_case: " + name
                + "_base\nsafety_domain: guarded\n" + ECOS + yaml), null);
        if (r.study() == null) {
            throw new AssertionError(r.report().messages().toString());
        }
        return r.study();
    }

    Path folder(Study s) throws IOException {
        Path f = root.resolve(s.getName());
        StudyStore.save(s, f);
        return f;
    }

    StudyRunner runner(Study s, int slots, boolean resume) throws IOException {
        return runner(s, slots, resume ? StudyRunner.Start.RESUME : StudyRunner.Start.FRESH);
    }

    /** A runner on {@code slots} slots of the fixture's registry. */
    StudyRunner runner(Study s, int slots, StudyRunner.Start start) throws IOException {
        return new StudyRunner(s, folder(s), adapter, new LocalProcessExecutor(new SlotPool(slots), slots), registry,
                start);
    }

    /** The newest run folder of a study (the folder its first run will have, before it ran). */
    Path runDir(String study) {
        return RunFolder.latest(root.resolve(study)).map(RunFolder::root)
                .orElse(root.resolve(study).resolve(RunFolder.RUNS).resolve("run-1").toAbsolutePath().normalize());
    }

    RunResult run(Study s, int slots) throws IOException {
        return runner(s, slots, false).run(new NullProgressMonitor());
    }

    /** The event stream of a study, as (type, data) maps. */
    List<Map<String, Object>> events(String study) throws IOException {
        Path f = runDir(study).resolve("telemetry").resolve(study).resolve("event_stream.ndjson");
        List<Map<String, Object>> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(f)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = m.readValue(line, Map.class);
            out.add(e);
        }
        return out;
    }

    List<String> eventTypes(String study) throws IOException {
        return events(study).stream().map(e -> (String) e.get("event_type")).toList();
    }
}
