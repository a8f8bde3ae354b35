package io.noodle.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import io.noodle.model.RunResults;
import io.noodle.model.Study;
import io.noodle.model.bench.SyntheticStudies;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.Results;
import io.noodle.model.results.RunFolder;
import io.noodle.model.validation.StudyValidation;

/**
 * {@code noodle bench model [--cases N] [--runs R]}: writes a study with N cases inside it, as earlier
 * versions saved them (each with a parent, an ECO application with an argument, and WNS/TNS/congestion
 * metrics with provenance); opens it once, which moves the cases to a run folder; then R times opens the
 * design (load and validate) and loads the run's results, and prints the times and the heap they hold.
 */
final class ModelBenchmark {

    private ModelBenchmark() {
    }

    static int run(List<String> args, CliContext ctx) throws IOException {
        int cases = 100_000;
        int runs = 5;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
            case "--cases" -> cases = Integer.parseInt(args.get(++i));
            case "--runs" -> runs = Integer.parseInt(args.get(++i));
            default -> {
                ctx.err().println("usage: noodle bench model [--cases N] [--runs R]");
                return NoodleCli.EXIT_USAGE;
            }
            }
        }
        Path dir = Files.createTempDirectory("noodle-bench-model");
        try {
            // a study saved the way earlier versions did (its cases inside), moved to a run folder on first open
            Path file = StudyStore.save(SyntheticStudies.lineage(cases), dir);
            ctx.out().printf(Locale.ROOT, "study with %d cases inside (earlier layout): %s (%.1f MB)%n", cases, file,
                    Files.size(file) / 1e6);
            long m0 = System.nanoTime();
            StudyStore.load(file);
            long m1 = System.nanoTime();
            RunFolder run = RunFolder.latest(dir).orElseThrow();
            ctx.out().printf(Locale.ROOT, "first open moved the results to %s in %.0f ms; design file now %.1f kB, "
                    + "results %.1f MB%n", run.root(), (m1 - m0) / 1e6, Files.size(file) / 1e3,
                    Files.size(run.checkpoint()) / 1e6);
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long[] open = new long[runs];
            long[] results = new long[runs];
            long heap = 0;
            for (int r = 0; r < runs; r++) {
                System.gc();
                long before = mem.getHeapMemoryUsage().getUsed();
                long t0 = System.nanoTime();
                Study s = StudyStore.load(file);
                Diagnostic d = StudyValidation.validate(s);
                long t1 = System.nanoTime();
                if (d.getSeverity() == Diagnostic.ERROR) {
                    ctx.err().println("the generated study is not valid: " + StudyValidation.problems(d).get(0));
                    return NoodleCli.EXIT_PROBLEM;
                }
                RunResults res = Results.load(run, s);
                long t2 = System.nanoTime();
                System.gc();
                heap = Math.max(heap, mem.getHeapMemoryUsage().getUsed() - before);
                open[r] = t1 - t0;
                results[r] = t2 - t1;
                ctx.out().printf(Locale.ROOT, "run %d: design open (load + validate) %.0f ms, results load %.0f ms%n",
                        r + 1, open[r] / 1e6, results[r] / 1e6);
                if (res.getCases().size() != cases) {
                    throw new IllegalStateException("loaded " + res.getCases().size() + " cases");
                }
            }
            ctx.out().printf(Locale.ROOT, "model: design open %.0f ms, results %.0f ms, heap %.0f MB%n",
                    median(open) / 1e6, median(results) / 1e6, heap / 1e6);
            return NoodleCli.EXIT_OK;
        } catch (Exception e) {
            ctx.err().println("bench model failed: " + e);
            return NoodleCli.EXIT_PROBLEM;
        } finally {
            io.noodle.core.io.FileTrees.delete(dir);
        }
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0;
    }
}
