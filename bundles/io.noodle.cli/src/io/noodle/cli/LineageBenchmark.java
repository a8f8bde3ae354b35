package io.noodle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.noodle.model.bench.SyntheticStudies;
import io.noodle.model.results.CaseRecord;
import io.noodle.views.graph.Graph;
import io.noodle.views.graph.LaidOutGraph;
import io.noodle.views.lineage.Dot;
import io.noodle.views.lineage.LineageLayout;
import io.noodle.views.lineage.LineageModel;

/**
 * {@code noodle bench lineage}: the case lineage view's model and layout, headless, on a generated run of
 * 20 stages x 500 cases (each derived from one of the previous stage's ten survivors by an ECO with an
 * argument), against Graphviz {@code dot -Tplain} on the same graph exported as DOT, in the same run; and a
 * 100,000-case run (20 x 5,000) with every stage collapsed. Times are medians of the runs after a warm-up.
 * What happens on the SWT canvas (a frame, the UI thread's share while cases stream in) is not measured here.
 */
final class LineageBenchmark {

    private LineageBenchmark() {
    }

    static int run(List<String> args, CliContext ctx) throws IOException {
        if (!args.isEmpty()) {
            ctx.err().println("usage: noodle bench lineage");
            return NoodleCli.EXIT_USAGE;
        }
        List<CaseRecord> run = SyntheticStudies.lineageRun(20, 500);
        Set<String> survivors = survivors(run);
        long[] layout = new long[3];
        LaidOutGraph laid = null;
        for (int r = -1; r < layout.length; r++) { // one warm-up
            long t0 = System.nanoTime();
            Graph g = LineageModel.of(run, survivors, null, List.of(), Set.of());
            laid = LineageLayout.layout(g, null);
            if (r >= 0) {
                layout[r] = System.nanoTime() - t0;
                ctx.out().printf(Locale.ROOT, "layout %d: %d cases, %d edges: model + the view's layout (columns beyond %d "
                        + "nodes) %.0f ms%n", r + 1, g.nodes().size(), g.edges().size(), LineageLayout.ELK_LIMIT,
                        layout[r] / 1e6);
            }
        }
        double dot = dot(laid.graph(), ctx);
        List<CaseRecord> big = SyntheticStudies.lineageRun(20, 5_000);
        Set<String> bigSurvivors = survivors(big);
        Set<Integer> all = IntStream.range(-1, 20).boxed().collect(Collectors.toSet());
        long[] collapsed = new long[3];
        for (int r = -1; r < collapsed.length; r++) {
            long t0 = System.nanoTime();
            LaidOutGraph g = LineageLayout.layout(LineageModel.of(big, bigSurvivors, null, List.of(), all), null);
            if (r >= 0) {
                collapsed[r] = System.nanoTime() - t0;
                ctx.out().printf(Locale.ROOT, "collapsed %d: %d cases as %d stage nodes: model + layout %.0f ms%n",
                        r + 1, big.size(), g.graph().nodes().size(), collapsed[r] / 1e6);
            }
        }
        double lay = ModelBenchmark.median(layout) / 1e6;
        ctx.out().printf(Locale.ROOT, "lineage: layout %.0f ms, dot %s, collapsed 100k %.0f ms%s%n", lay,
                Double.isNaN(dot) ? "not run" : String.format(Locale.ROOT, "%.0f ms (%.1fx the layout)", dot, dot / lay),
                ModelBenchmark.median(collapsed) / 1e6, " (canvas frame and UI share: not measured headless)");
        return NoodleCli.EXIT_OK;
    }

    /** {@code dot -Tplain} on the graph as DOT, in ms; NaN when Graphviz is not installed. */
    private static double dot(Graph g, CliContext ctx) throws IOException {
        Path file = Files.createTempFile("noodle-lineage", ".dot");
        try {
            Files.writeString(file, Dot.of(g), StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("dot", "-Tplain", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                ctx.out().println("dot: Graphviz is not installed (package graphviz); not compared");
                return Double.NaN;
            }
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                ctx.out().println("dot: still running after 30 minutes; stopped");
                return Double.NaN;
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            ctx.out().printf(Locale.ROOT, "dot -Tplain on the same graph (%d nodes): %.0f ms, exit %d%n",
                    g.nodes().size(), ms, p.exitValue());
            return ms;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static Set<String> survivors(List<CaseRecord> run) {
        Set<String> out = new HashSet<>();
        for (CaseRecord c : run) {
            if (c.index() < 10 && c.stage() >= 0) {
                out.add(c.name());
            }
        }
        return out;
    }
}
