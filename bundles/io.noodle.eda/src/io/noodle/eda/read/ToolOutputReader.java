package io.noodle.eda.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.noodle.eda.parse.Def;
import io.noodle.eda.parse.GrtCongestion;
import io.noodle.eda.parse.Lef;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.eda.parse.QrouterLog;
import io.noodle.eda.parse.StaReport;
import io.noodle.eda.parse.Text;
import io.noodle.eda.parse.TimeUnit;
import io.noodle.eda.heatmap.DesignMaps;
import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.SourceLine;

/**
 * Reads whatever tool output it recognises in files and run folders made elsewhere: OpenSTA/OpenROAD timing
 * and power reports, OpenROAD congestion logs, qrouter logs, heatmap CSVs and DEF. Every metric keeps its
 * provenance; files that cannot be read are reported with the reason and the line.
 */
public final class ToolOutputReader {

    /** What one file gave: its kind, its metrics and, for maps, the heatmap statistics. */
    public record Finding(Path file, String kind, List<MetricValue> metrics, List<MapSummary> maps) {
    }

    /** Summary of a heatmap read or computed from a file. */
    public record MapSummary(String kind, String unit, int bins, double min, double max, double mean,
            double hotRatio, double hotThreshold, SourceLine source) {
        static MapSummary of(Heatmap h, double hot, SourceLine source) {
            Heatmap.Stats s = h.stats(hot);
            return new MapSummary(h.kind(), h.unit(), s.bins(), s.min(), s.max(), s.mean(), s.hotRatio(), hot, source);
        }
    }

    /** A file that was meant to be read and could not be. */
    public record Unreadable(Path file, int line, String reason) {
    }

    /** Everything read from the arguments. */
    public record Result(List<Finding> findings, List<Unreadable> unreadable, List<Path> skipped) {
    }

    private final TimeUnit timeUnit;
    private final Lef lef;
    private final double hot;

    /**
     * @param timeUnit unit of timing reports that do not state theirs (null: such reports are unreadable)
     * @param lef      cell sizes for DEF density (null: density is not computed, RUDY is)
     * @param hot      threshold of the hot-bin ratio, in the map's unit
     */
    public ToolOutputReader(TimeUnit timeUnit, Lef lef, double hot) {
        this.timeUnit = timeUnit;
        this.lef = lef;
        this.hot = hot;
    }

    public Result read(List<Path> paths) {
        List<Finding> found = new ArrayList<>();
        List<Unreadable> bad = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        readFile(f, false, found, bad, skipped);
                    }
                } catch (IOException e) {
                    bad.add(new Unreadable(p, 0, "cannot be listed: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, true, found, bad, skipped);
            } else {
                bad.add(new Unreadable(p, 0, "no such file or folder"));
            }
        }
        return new Result(found, bad, skipped);
    }

    private void readFile(Path f, boolean named, List<Finding> found, List<Unreadable> bad, List<Path> skipped) {
        String name = f.getFileName().toString();
        try {
            Finding finding;
            if (name.endsWith(".csv")) {
                finding = csv(f);
            } else if (name.endsWith(".def")) {
                finding = def(f);
            } else if (name.endsWith(".rpt") || name.endsWith(".log") || name.endsWith(".txt")) {
                finding = text(f);
            } else {
                finding = null;
            }
            if (finding == null) {
                if (named) {
                    bad.add(new Unreadable(f, 0, "not tool output Noodle reads (timing/power reports, congestion or "
                            + "router logs, heatmap CSV, DEF)"));
                } else {
                    skipped.add(f);
                }
            } else {
                found.add(finding);
            }
        } catch (ParseFailure e) {
            bad.add(new Unreadable(f, e.source().line(), e.reason()));
        }
    }

    private Finding csv(Path f) throws ParseFailure {
        byte[] head = new byte[64];
        int n;
        try (var in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ParseFailure(f.toString(), 0, "cannot be read: " + e.getMessage());
        }
        if (!new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("x0,y0,x1,y1,")) {
            return null;
        }
        String kind = f.getFileName().toString().replaceFirst("\\.csv$", "");
        Heatmap h = HeatmapCsv.read(f, kind);
        return new Finding(f, "heatmap_csv", List.of(), List.of(MapSummary.of(h, hot, new SourceLine(f.toString(), 0))));
    }

    private Finding def(Path f) throws ParseFailure {
        Def d = Def.parse(f, lef);
        DesignMaps maps = new DesignMaps(d, DesignMaps.DEFAULT_BINS);
        SourceLine src = new SourceLine(f.toString(), 0);
        List<MapSummary> out = new ArrayList<>();
        if (lef != null) {
            out.add(MapSummary.of(maps.placementDensity(), hot, src));
        }
        out.add(MapSummary.of(maps.rudy(), hot, src));
        Heatmap routing = maps.routingCongestion();
        if (routing != null) {
            out.add(MapSummary.of(routing, hot, src));
        }
        List<MetricValue> m = List.of(new MetricValue("die_width", d.dieWidth(), "um", src),
                new MetricValue("die_height", d.dieHeight(), "um", src),
                new MetricValue("components", d.components, "", src), new MetricValue("nets", d.nets, "", src));
        return new Finding(f, "def", m, out);
    }

    private Finding text(Path f) throws ParseFailure {
        List<String> lines = Text.lines(f);
        List<MetricValue> metrics = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        boolean timing = lines.stream().anyMatch(l -> l.startsWith("Startpoint:") || l.startsWith("wns ")
                || l.startsWith("tns ") || l.startsWith("worst slack ") || (l.startsWith("Group") && l.contains("Internal")));
        if (timing) {
            metrics.addAll(StaReport.parse(f.toString(), lines, timeUnit).metrics());
            kinds.add("sta_report");
        }
        GrtCongestion g = GrtCongestion.parse(f.toString(), lines);
        if (g != null) {
            metrics.addAll(g.metrics());
            kinds.add("grt_congestion");
        }
        QrouterLog q = QrouterLog.parse(f.toString(), lines);
        if (q != null) {
            metrics.addAll(q.metrics());
            kinds.add("qrouter_log");
        }
        return kinds.isEmpty() ? null : new Finding(f, String.join("+", kinds), metrics, List.of());
    }
}
