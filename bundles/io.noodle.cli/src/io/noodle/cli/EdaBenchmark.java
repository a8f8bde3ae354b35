package io.noodle.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.eda.flow.LocalFlow;
import io.noodle.eda.flow.Toolchain;
import io.noodle.eda.heatmap.DesignMaps;
import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.eda.parse.Def;
import io.noodle.eda.parse.Lef;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.run.TrialRequest;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.ExecutionMode;

/**
 * {@code bench eda}: RUDY and density of a DEF with 100k nets (targets ≤ 1 s, < 1 GB), parsing a heatmap CSV
 * of 1M rows (≤ 1 s), and the share of a real local-flow trial's wall time spent outside the tools (< 1%).
 * The inputs are generated first (not timed); each figure is the median of the runs.
 */
final class EdaBenchmark {

    private EdaBenchmark() {
    }

    static int run(List<String> args, CliContext ctx) throws IOException {
        int nets = 100_000;
        int rows = 1_000_000;
        int runs = 5;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
            case "--nets" -> nets = Integer.parseInt(args.get(++i));
            case "--rows" -> rows = Integer.parseInt(args.get(++i));
            case "--runs" -> runs = Integer.parseInt(args.get(++i));
            default -> throw new IOException("bench eda: unknown option " + args.get(i)
                    + " (--nets N, --rows N, --runs R)");
            }
        }
        Path tmp = Files.createTempDirectory("noodle-bench-eda");
        try {
            Lef lef = null;
            try {
                lef = Lef.parse(new Toolchain("", "", "", Toolchain.DEFAULT_TECHNOLOGY, null, "", "", null, "")
                        .findTechnology().lef());
            } catch (IOException | ParseFailure e) {
                ctx.out().println("(no osu018 LEF: cells count with zero size) " + e.getMessage());
            }
            Path def = tmp.resolve("big.def");
            writeDef(def, nets);
            long[] times = new long[runs];
            long heap = 0;
            for (int r = 0; r < runs; r++) {
                System.gc();
                long before = used();
                long t0 = System.nanoTime();
                Def d = Def.parse(def, lef);
                DesignMaps maps = new DesignMaps(d, 64);
                Heatmap density = maps.placementDensity();
                Heatmap rudy = maps.rudy();
                times[r] = System.nanoTime() - t0;
                heap = Math.max(heap, used() - before);
                if (density.size() == 0 || rudy.size() == 0) {
                    throw new IOException("empty maps");
                }
            }
            ctx.out().printf(Locale.ROOT, "DEF %,d nets, %.1f MB: parse + density + RUDY median %d ms (min %d ms), "
                    + "heap grown by %d MB (target <= 1000 ms, < 1024 MB)%n", nets, Files.size(def) / 1e6,
                    ms(ModelBenchmark.median(times)), ms(min(times)), heap >> 20);

            Path csv = tmp.resolve("big.csv");
            writeCsv(csv, rows);
            times = new long[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                Heatmap h = HeatmapCsv.read(csv, "bench");
                times[r] = System.nanoTime() - t0;
                if (h.size() != rows) {
                    throw new IOException("read " + h.size() + " rows of " + rows);
                }
            }
            ctx.out().printf(Locale.ROOT, "heatmap CSV %,d rows, %.1f MB: parse median %d ms (min %d ms) "
                    + "(target <= 1000 ms)%n", rows, Files.size(csv) / 1e6, ms(ModelBenchmark.median(times)), ms(min(times)));

            trialShare(tmp, ctx);
            return 0;
        } catch (ParseFailure e) {
            throw new IOException("a generated input does not parse: " + e.getMessage(), e);
        } finally {
            io.noodle.core.io.FileTrees.delete(tmp);
        }
    }

    /** A real mac8 trial (synthesis, placement, STA) and the time Noodle spends around the tools. */
    private static void trialShare(Path tmp, CliContext ctx) throws IOException {
        LocalFlow flow = new LocalFlow(Toolchain.defaults());
        try {
            flow.toolchain().qflowProgram();
            flow.toolchain().staProgram();
        } catch (IOException e) {
            ctx.out().println("real trial: skipped, " + e.getMessage());
            return;
        }
        Path design = tmp.resolve("mac8");
        DemoStudy.copyDesign("mac8", design);
        for (int round = 1; round <= 2; round++) { // the first pays for class loading, JIT and the library caches
            TrialRequest req = new TrialRequest("mac8", -1, ExecutionMode.STA_CONGESTION, List.of(design), null,
                    Map.of(), tmp.resolve("trial" + round), Duration.ofMinutes(10));
            long t0 = System.nanoTime();
            TrialSpec spec = flow.prepare(req);
            long prepared = System.nanoTime();
            TrialOutcome o;
            try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
                o = ex.submit(spec).outcome().get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IOException("the trial did not finish: " + e, e);
            }
            long ran = System.nanoTime();
            TrialResult r = flow.collect(req, o);
            long collected = System.nanoTime();
            if (!r.succeeded()) {
                throw new IOException("the trial failed: " + r.message());
            }
            double wall = (collected - t0) / 1e6;
            double tools = o.elapsed().toNanos() / 1e6;
            double outside = wall - tools;
            ctx.out().printf(Locale.ROOT, "real trial %s (mac8 synthesis + placement + STA, %d tool runs): wall %.0f ms, "
                    + "tools %.0f ms, outside the tools %.1f ms = %.2f%% (prepare %.1f ms, collect %.1f ms incl. DEF "
                    + "maps; target < 1%%)%n", round == 1 ? "1, cold" : "2, warm", spec.allSteps().size(), wall, tools,
                    outside, 100 * outside / wall, (prepared - t0) / 1e6, (collected - ran) / 1e6);
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long min(long[] ns) {
        return java.util.Arrays.stream(ns).min().orElse(0);
    }

    private static long ms(double nanos) {
        return Math.round(nanos / 1e6);
    }

    /** A placed DEF: cells in rows over a square die, each net joining 2–5 nearby cells. */
    static void writeDef(Path file, int nets) throws IOException {
        int cells = nets;
        int side = (int) Math.ceil(Math.sqrt(cells));
        Random rnd = new Random(7);
        String[] macros = { "INVX1", "NAND2X1", "NOR2X1", "AOI21X1", "DFFPOSX1", "BUFX2" };
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("VERSION 5.6 ;\nDESIGN bench ;\nUNITS DISTANCE MICRONS 100 ;\n");
            w.write("DIEAREA ( 0 0 ) ( " + side * 800 + " " + side * 1000 + " ) ;\n");
            w.write("TRACKS Y 0 DO " + side * 10 + " STEP 100 LAYER metal1 ;\nTRACKS X 0 DO " + side * 10
                    + " STEP 80 LAYER metal2 ;\n");
            w.write("COMPONENTS " + cells + " ;\n");
            for (int i = 0; i < cells; i++) {
                w.write("- u" + i + " " + macros[i % macros.length] + " + PLACED ( " + (i % side) * 800 + " "
                        + (i / side) * 1000 + " ) N ;\n");
            }
            w.write("END COMPONENTS\nNETS " + nets + " ;\n");
            for (int n = 0; n < nets; n++) {
                int pins = 2 + rnd.nextInt(4);
                StringBuilder sb = new StringBuilder("- n").append(n);
                for (int k = 0; k < pins; k++) {
                    int c = Math.floorMod(n + rnd.nextInt(2 * side) - side, cells);
                    sb.append(" ( u").append(c).append(k == 0 ? " Y )" : " A )");
                }
                w.write(sb.append(" ;\n").toString());
            }
            w.write("END NETS\nEND DESIGN\n");
        }
    }

    static void writeCsv(Path file, int rows) throws IOException {
        int nx = 1000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("x0,y0,x1,y1,value (%)\n");
            for (int i = 0; i < rows; i++) {
                double x = (i % nx) * 1.5;
                double y = (i / nx) * 1.5;
                w.write(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f,%.2f%n", x, y, x + 1.5, y + 1.5, (i * 37 % 10000) / 100.0));
            }
        }
    }
}
