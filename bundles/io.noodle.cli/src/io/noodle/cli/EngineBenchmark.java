package io.noodle.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.noodle.model.derived.MetricValue;
import io.noodle.engine.exec.SlotPool;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.engine.run.TrialAdapter;
import io.noodle.engine.run.TrialRequest;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.Study;
import io.noodle.model.derived.SourceLine;
import io.noodle.model.yaml.StudyYamlImporter;

/**
 * {@code noodle bench engine [--trials N] [--dir FOLDER]}: (1) orchestration overhead: a study whose N trials run
 * {@code /bin/true}, with all telemetry and checkpoint writes, on 2 slots: trials per second and the time
 * per trial beyond the processes' own lifetime; (2) the speedup of two CPU-bound trials on 2 slots over
 * 1 slot.
 */
final class EngineBenchmark {

    private EngineBenchmark() {
    }

    /**
     * Runs a program per trial ({@code gate} for gate 0); reads only its exit status (a "metric" with the log
     * as provenance).
     */
    private record ProgramAdapter(List<String> gate, List<String> argv) implements TrialAdapter {
        ProgramAdapter(List<String> argv) {
            this(argv, argv);
        }

        @Override
        public TrialSpec prepare(TrialRequest r) {
            return new TrialSpec(r.caseName(), r.directory(), r.stageIndex() < 0 ? gate : argv, Map.of(), 1, 0,
                    r.timeout());
        }

        @Override
        public TrialResult collect(TrialRequest r, TrialOutcome o) {
            return TrialResult.ok(List.of(new MetricValue("wns", -o.exitCode(), "ps",
                    new SourceLine(o.logFile().toString(), 0))), null);
        }
    }

    static int run(List<String> args, CliContext ctx) throws IOException {
        int trials = 1000;
        Path under = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--trials") && i + 1 < args.size()) {
                trials = Integer.parseInt(args.get(++i));
            } else if (args.get(i).equals("--dir") && i + 1 < args.size()) {
                under = Files.createDirectories(ctx.path(args.get(++i)));
            } else {
                ctx.err().println("usage: noodle bench engine [--trials N] [--dir FOLDER]");
                return NoodleCli.EXIT_USAGE;
            }
        }
        // the run folders: on the disk of the temporary folder unless --dir says where (e.g. a RAM disk)
        Path dir = under == null ? Files.createTempDirectory("noodle-bench-engine")
                : Files.createTempDirectory(under, "noodle-bench-engine");
        ctx.out().println("run folders in " + dir.getParent() + " (" + Files.getFileStore(dir).type() + ")");
        try {
            overhead(dir.resolve("overhead"), trials, ctx);
            speedup(dir.resolve("speedup"), ctx);
            return NoodleCli.EXIT_OK;
        } finally {
            io.noodle.core.io.FileTrees.delete(dir);
        }
    }

    private static Study study(String name, int budget, String ecos) throws IOException {
        return StudyYamlImporter.importFrom(new StringReader("name: " + name + "\nbase_case: " + name
                + "_base\n# a parameter to sweep, so that the planner has as many distinct trials as the budget asks for\n"
                + "ecos: [{name: run, class: topology_neutral, parameters: [{name: n, type: int, default: \"1\", min: 1, "
                + "max: 1000000}]}]\nstages:\n  - {name: a, trial_budget: " + budget
                + ", survivor_count: 1, ecos: [" + ecos + "]}\n"), null).study();
    }

    private static void overhead(Path dir, int trials, CliContext ctx) throws IOException {
        // warm-up run, then the measured one
        for (int round = 0; round < 2; round++) {
            Path folder = dir.resolve("round" + round);
            Study s = study("overhead", round == 0 ? Math.min(100, trials) : trials, "run");
            StudyRunner r;
            long t0 = System.nanoTime();
            RunResult result;
            SlotPool pool = new SlotPool(2);
            try (LocalProcessExecutor ex = new LocalProcessExecutor(pool, 2)) {
                r = new StudyRunner(s, folder, new ProgramAdapter(List.of("/bin/true")), ex, new RunRegistry(pool),
                        StudyRunner.Start.FRESH);
                result = r.run(new NullProgressMonitor());
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (round == 0) {
                continue;
            }
            int n = r.finishedCases().size();
            double processSeconds = r.finishedCases().stream().mapToDouble(c -> c.seconds()).sum();
            double perTrialMs = (wall * 2 - processSeconds) / n * 1000 / 2;
            ctx.out().printf(Locale.ROOT, "engine overhead: %d trials of /bin/true on 2 slots in %.2f s: %.0f trials/s; "
                    + "process lifetime %.2f ms per trial; orchestration %.2f ms per trial beyond it (%s) "
                    + "(targets >= 250 trials/s, <= 1 ms on tmpfs)%n", n, wall,
                    n / wall, processSeconds / n * 1000, perTrialMs, result.status());
        }
    }

    private static void speedup(Path dir, CliContext ctx) throws IOException {
        // gate 0 is /bin/true, so the study's time is the stage's: two trials of about 2 s of shell arithmetic
        List<String> burn = List.of("/bin/sh", "-c", "i=0; while [ $i -lt 1000000 ]; do i=$((i+1)); done");
        double[] wall = new double[3];
        for (int slots = 1; slots <= 2; slots++) {
            Study s = study("speedup" + slots, 2, "run");
            long t0 = System.nanoTime();
            SlotPool pool = new SlotPool(slots);
            try (LocalProcessExecutor ex = new LocalProcessExecutor(pool, slots)) {
                new StudyRunner(s, dir.resolve("s" + slots), new ProgramAdapter(List.of("/bin/true"), burn), ex,
                        new RunRegistry(pool), StudyRunner.Start.FRESH).run(new NullProgressMonitor());
            }
            wall[slots] = (System.nanoTime() - t0) / 1e9;
        }
        ctx.out().printf(Locale.ROOT, "engine speedup: a study of 2 CPU-bound trials took %.2f s on 1 slot, %.2f s on 2 "
                + "slots: %.2fx (target >= 1.8x)%n", wall[1], wall[2], wall[1] / wall[2]);
    }
}
