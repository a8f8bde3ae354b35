package io.noodle.cli;

import java.util.List;
import java.util.Locale;

import io.noodle.eda.heatmap.Heatmap;
import io.noodle.model.bench.SyntheticStudies;
import io.noodle.model.results.CaseRecord;
import io.noodle.views.heatmap.ColourScale;
import io.noodle.views.heatmap.HeatmapPicture;
import io.noodle.views.heatmap.MapDiff;
import io.noodle.views.metrics.CaseTable;
import io.noodle.views.metrics.Pareto;

/**
 * {@code noodle bench views}: the headless work behind the result views, on generated inputs (made first, not
 * timed): a 1,000 x 1,000-bin map drawn into pixels on the viridis scale; the difference of two such maps
 * counted and drawn on the diverging scale; 100,000 cases of a run sorted by WNS in the metrics table's model;
 * the Pareto front (WNS against congestion) of 100,000 points. Each figure is the median of the runs. The
 * canvas's own drawing of the picture (an image scaled to the view) is not part of these figures.
 */
final class ViewsBenchmark {

    private ViewsBenchmark() {
    }

    static int run(List<String> args, CliContext ctx) throws java.io.IOException {
        int runs = 7;
        int side = 1000;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
            case "--runs" -> runs = Integer.parseInt(args.get(++i));
            case "--side" -> side = Integer.parseInt(args.get(++i));
            default -> throw new java.io.IOException("bench views: unknown option " + args.get(i) + " (--runs R, --side N)");
            }
        }
        Heatmap before = map(side, 0);
        Heatmap after = map(side, 1);
        List<CaseRecord> cases = SyntheticStudies.lineageRun(20, 5_000);
        CaseTable table = new CaseTable(cases);
        double[] wns = new double[cases.size()];
        double[] congestion = new double[cases.size()];
        for (int i = 0; i < wns.length; i++) {
            Double w = cases.get(i).metric("wns");
            wns[i] = w == null ? Double.NaN : w;
            congestion[i] = 20 + (i * 53L % 97) + (i % 7) * 0.25;
        }
        long[] render = new long[runs];
        long[] diff = new long[runs];
        long[] sort = new long[runs];
        long[] pareto = new long[runs];
        int[] sink = new int[1];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            HeatmapPicture p = HeatmapPicture.of(after, 0, 100, ColourScale.VIRIDIS, side);
            render[r] = System.nanoTime() - t0;
            sink[0] += p.rgb()[r];
            t0 = System.nanoTime();
            MapDiff d = MapDiff.of(before, after);
            HeatmapPicture dp = HeatmapPicture.of(d.difference(), -Math.abs(d.largest()), Math.abs(d.largest()),
                    ColourScale.DIVERGING, side);
            diff[r] = System.nanoTime() - t0;
            sink[0] += d.improved() + dp.rgb()[r];
            t0 = System.nanoTime();
            int[] order = table.sort(table.all(), "wns", r % 2 == 0);
            sort[r] = System.nanoTime() - t0;
            sink[0] += order[0];
            t0 = System.nanoTime();
            int[] front = Pareto.front(wns, congestion, true, false);
            pareto[r] = System.nanoTime() - t0;
            sink[0] += front.length;
        }
        ctx.out().printf(Locale.ROOT, "map %d x %d bins drawn into pixels (viridis): median %.1f ms%n", side, side,
                ModelBenchmark.median(render) / 1e6);
        ctx.out().printf(Locale.ROOT, "diff of two such maps, counted and drawn (diverging): median %.1f ms%n",
                ModelBenchmark.median(diff) / 1e6);
        ctx.out().printf(Locale.ROOT, "sort of %,d cases by WNS (metrics table model): median %.1f ms%n", cases.size(),
                ModelBenchmark.median(sort) / 1e6);
        ctx.out().printf(Locale.ROOT, "Pareto front of %,d points (WNS vs congestion): median %.1f ms (%d runs%s)%n",
                wns.length, ModelBenchmark.median(pareto) / 1e6, runs, sink[0] == 42 ? "" : ""); // results used
        ctx.out().printf(Locale.ROOT, "views: render %.0f ms, diff %.0f ms, sort %.0f ms, pareto %.0f ms%n",
                ModelBenchmark.median(render) / 1e6, ModelBenchmark.median(diff) / 1e6, ModelBenchmark.median(sort) / 1e6,
                ModelBenchmark.median(pareto) / 1e6);
        return 0;
    }

    /** A map with a hot spot that moves a little between {@code phase} 0 and 1 (generated input). */
    private static Heatmap map(int side, int phase) {
        double[] v = new double[side * side];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                double dx = (i - side * (0.45 + 0.05 * phase)) / side;
                double dy = (j - side * 0.5) / side;
                v[j * side + i] = 100 * Math.exp(-(dx * dx + dy * dy) * 12) + 5 * Math.sin(i * 0.05 + phase);
            }
        }
        return Heatmap.grid("rudy", "%", 0, 0, side * 0.5, side * 0.5, side, side, v);
    }
}
