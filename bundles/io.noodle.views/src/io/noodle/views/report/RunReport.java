package io.noodle.views.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.noodle.eda.flow.LocalFlow;
import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.VerdictRecord;
import io.noodle.views.heatmap.CaseMaps;
import io.noodle.views.heatmap.ColourScale;
import io.noodle.views.heatmap.HeatmapPicture;
import io.noodle.views.heatmap.HeatmapSvg;
import io.noodle.views.heatmap.MapDiff;
import io.noodle.views.lineage.LineageLayout;
import io.noodle.views.lineage.LineageModel;
import io.noodle.views.lineage.Svg;
import io.noodle.model.derived.EcoLeaderboard;
import io.noodle.views.metrics.ParetoChart;
import io.noodle.views.metrics.RunComparison;
import io.noodle.views.metrics.Trajectory;

/**
 * A run as an HTML page with its pictures beside it, for people who do not open the workbench: the summary, the
 * gates' and rails' verdicts with their evidence, the WNS trajectory, the ECO leaderboard, the Pareto chart, the
 * maps of the best case with maps and their difference from its reference, the lineage, and every case. The
 * page needs no network and no script: pictures are SVG files in the same folder, tables are plain HTML.
 */
public final class RunReport {

    /** The page's file name in the report folder. */
    public static final String PAGE = "index.html";
    /** A run with more cases lists the first ones on the page; all are in {@code cases.csv}. */
    static final int LISTED_CASES = 500;

    /**
     * What the report shows.
     *
     * @param label       {@code study/run-n}
     * @param outcome     the run's outcome, or null while it has none (stopped, running)
     * @param survivors   the cases each stage kept
     * @param ecoClasses  the class of each ECO the study names
     * @param safetyTrace why the run stopped, as the engine wrote it, or null
     * @param casesCsv    the run's {@code cases.csv}, copied beside the page, or null
     * @param runRoot     the run's folder: files in it are named relative to it, or null to name them in full
     */
    public record Input(String label, Outcome outcome, List<CaseRecord> cases, List<VerdictRecord> verdicts,
            Set<String> survivors, Map<String, String> ecoClasses, String safetyTrace, Path casesCsv, Path runRoot) {
    }

    private final Input in;
    private final Path folder;
    private final List<Path> written = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();
    private final Map<String, List<String>> kinds = new java.util.HashMap<>();

    private RunReport(Input in, Path folder) {
        this.in = in;
        this.folder = folder;
    }

    /** The page's first line after the doctype: marks a folder as a report's, whose files a new report replaces. */
    static final String MARK = "<!-- written by noodle report -->";

    /**
     * Writes the report into {@code folder}: created when missing; an earlier report's files there are replaced
     * (its pictures removed first, so none is left over from a case no longer shown).
     *
     * @return the files written, the page first
     * @throws IOException when the folder holds other files (it is not a report's: nothing is touched), or
     *                     cannot be written
     */
    public static List<Path> write(Input in, Path folder) throws IOException {
        Files.createDirectories(folder);
        clear(folder);
        RunReport r = new RunReport(in, folder);
        r.build();
        Path page = folder.resolve(PAGE);
        Files.writeString(page, r.html, StandardCharsets.UTF_8);
        List<Path> all = new ArrayList<>();
        all.add(page);
        all.addAll(r.written);
        return all;
    }

    /** Removes an earlier report's files; refuses a folder with anything else in it. */
    private static void clear(Path folder) throws IOException {
        List<Path> old;
        try (var files = Files.list(folder)) {
            old = files.toList();
        }
        if (old.isEmpty()) {
            return;
        }
        Path page = folder.resolve(PAGE);
        boolean ours = Files.isRegularFile(page) && Files.readString(page, StandardCharsets.UTF_8).contains(MARK);
        for (Path f : old) {
            String n = f.getFileName().toString();
            if (!ours || !Files.isRegularFile(f) || !(n.endsWith(".svg") || n.equals(PAGE) || n.equals("cases.csv"))) {
                throw new IOException(folder + " holds files that are not an earlier report's (" + n + "): give an "
                        + "empty or new folder");
            }
        }
        for (Path f : old) {
            Files.delete(f);
        }
    }

    private void build() throws IOException {
        Map<String, CaseRecord> byName = new LinkedHashMap<>();
        in.cases().forEach(c -> byName.put(c.name(), c));
        String best = in.outcome() == null ? null : in.outcome().best();
        html.append("<!DOCTYPE html>\n").append(MARK).append("\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Noodle report: ")
                .append(esc(in.label())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(in.label())).append("</h1>\n");
        summary(best, byName);
        gates();
        trajectory(best);
        leaderboard();
        pareto(best);
        maps(best, byName);
        lineage(best);
        casesTable();
        html.append("<p class=\"foot\">Written by <code>noodle report</code> from the run's checkpoint, journal and "
                + "trial folders. Every figure comes from the tools' own reports; each map names its file.</p>\n");
        html.append("</body>\n</html>\n");
    }

    private void summary(String best, Map<String, CaseRecord> byName) {
        RunComparison.Summary s = RunComparison.summary(in.label(), in.outcome() == null ? "no outcome yet"
                : in.outcome().status(), in.cases());
        CaseRecord base = in.cases().stream().filter(c -> c.stage() < 0).findFirst().orElse(null);
        Double baseWns = base == null ? null : base.metric("wns");
        CaseRecord winner = best == null ? null : byName.get(best);
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"kv\">\n");
        row("Outcome", in.outcome() == null ? "no outcome yet (stopped or still running)"
                : in.outcome().status() + " \u2014 " + in.outcome().message());
        if (in.outcome() != null && in.outcome().finished() != null) {
            row("Finished", in.outcome().finished());
        }
        if (in.runRoot() != null) {
            row("Run folder", in.runRoot() + " (files below are named from it)");
        }
        row("Cases", s.cases() + " (" + s.failed() + " failed)");
        row("Base case", base == null ? "-" : base.name() + ", WNS " + num(baseWns) + " ps");
        row("Winner", winner == null ? "-" : winner.name() + ", WNS " + num(winner.metric("wns")) + " ps"
                + (baseWns == null || winner.metric("wns") == null ? "" : String.format(Locale.ROOT,
                        " (%+.1f ps over the base)", winner.metric("wns") - baseWns))
                + (winner.ecoPath().isEmpty() ? "" : "; ECOs " + String.join(" \u2192 ", winner.ecoPath())));
        row("Best WNS", num(s.bestWns()) + " ps" + (s.best() == null ? "" : " (" + s.best() + ")"));
        row("Best TNS", num(s.bestTns()) + " ps");
        row("Lowest congestion", num(s.lowestCongestion()));
        html.append("</table>\n</section>\n");
    }

    private void gates() {
        html.append("<section id=\"gates\">\n<h2>Gates and rails</h2>\n");
        if (in.verdicts().isEmpty()) {
            html.append("<p>The run recorded no verdicts.</p>\n");
        } else {
            html.append("<table>\n<tr><th>Verdict</th><th>Rail</th><th>Stage</th><th>Observed</th><th>Threshold</th>"
                    + "<th>What it says</th><th>Evidence</th></tr>\n");
            for (VerdictRecord v : in.verdicts()) {
                String word = v.warning() ? "warning" : v.passed() ? "passed" : "failed";
                html.append("<tr class=\"").append(word).append("\"><td>").append(word).append("</td><td>")
                        .append(esc(v.rail())).append("</td><td>").append(esc(v.stage() == null ? "study" : v.stage()))
                        .append("</td><td class=\"n\">").append(v.observed() == null ? "" : num(v.observed()))
                        .append("</td><td class=\"n\">").append(v.threshold() == null ? "" : num(v.threshold()))
                        .append("</td><td>").append(esc(v.message() == null ? "" : v.message())).append("</td><td>")
                        .append(esc(shorten(String.join("\n", v.evidence()))).replace("\n", "<br>")).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (in.safetyTrace() != null && !in.safetyTrace().isBlank()) {
            html.append("<h3>Safety trace</h3>\n<pre>").append(esc(shorten(in.safetyTrace().strip()))).append("</pre>\n");
        }
        html.append("</section>\n");
    }

    private void trajectory(String best) throws IOException {
        var perStage = Trajectory.perStage(in.cases());
        var path = Trajectory.winningPath(in.cases(), best);
        html.append("<section id=\"trajectory\">\n<h2>WNS trajectory</h2>\n");
        picture("trajectory.svg", Trajectory.svg(perStage, path), "Best WNS per stage and along the winning path");
        if (!path.isEmpty()) {
            html.append("<table>\n<tr><th>Winning path</th><th>Stage</th><th>WNS (ps)</th><th>TNS (ps)</th></tr>\n");
            for (Trajectory.Step st : path) {
                html.append("<tr><td>").append(esc(st.caseName())).append("</td><td class=\"n\">")
                        .append(st.stage() < 0 ? "base" : String.valueOf(st.stage())).append("</td><td class=\"n\">")
                        .append(num(st.wns())).append("</td><td class=\"n\">").append(num(st.tns())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    private void leaderboard() {
        html.append("<section id=\"leaderboard\">\n<h2>ECO leaderboard</h2>\n<table>\n<tr><th>ECO</th><th>Class</th>"
                + "<th>Trials</th><th>Succeeded</th><th>Mean \u0394WNS (ps)</th><th>Best \u0394WNS (ps)</th></tr>\n");
        for (EcoLeaderboard.Row r : EcoLeaderboard.of(in.cases(), in.ecoClasses())) {
            html.append("<tr><td>").append(esc(r.eco())).append("</td><td>").append(esc(r.ecoClass() == null ? ""
                    : r.ecoClass())).append("</td><td class=\"n\">").append(r.trials()).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.0f %%", 100 * r.successRate())).append("</td><td class=\"n\">")
                    .append(num(r.meanDeltaWns())).append("</td><td class=\"n\">").append(num(r.bestDeltaWns()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<p class=\"note\">\u0394WNS: a case's WNS minus its parent's.</p>\n</section>\n");
    }

    private void pareto(String best) throws IOException {
        String y = ParetoChart.defaultY(in.cases(), "wns");
        html.append("<section id=\"pareto\">\n<h2>Pareto chart</h2>\n");
        if (y == null) {
            html.append("<p>No two metrics vary over the cases: nothing to trade off.</p>\n</section>\n");
            return;
        }
        ParetoChart.Series s = ParetoChart.series("", in.cases(), "wns", y);
        picture("pareto.svg", ParetoChart.svg(640, 400, "wns", y, List.of(s), best, in.survivors()),
                "WNS against " + y + " (of the metrics, the one that varies over most cases): the front orange, the winner "
                        + "gold, the stages' survivors ringed green");
        html.append("<p>Pareto front (WNS higher, ").append(esc(y)).append(ParetoChart.higherIsBetter(y) ? " higher"
                : " lower").append(" is better): ").append(esc(s.frontText())).append("</p>\n</section>\n");
    }

    /**
     * The maps of the winner, or (when its trial wrote none: stages before placement) of the best case with maps
     * (preferring one with an ancestor's map to compare with), each beside its difference from the base case's
     * map, or from its nearest ancestor with that map.
     */
    private void maps(String best, Map<String, CaseRecord> byName) throws IOException {
        html.append("<section id=\"heatmaps\">\n<h2>Heatmaps</h2>\n");
        CaseRecord shown = best == null ? null : byName.get(best);
        String why = shown == null ? "" : "the winner, " + shown.name();
        if (shown == null || kinds(shown).isEmpty()) {
            // the best WNS among the cases with maps, those with an ancestor's map to compare with first
            // each case's maps listed once, and whether it has a reference found once, not per comparison
            Map<String, Boolean> comparable = new java.util.HashMap<>();
            in.cases().forEach(c -> comparable.put(c.name(), kinds(c).stream().anyMatch(k -> reference(c, k, byName)
                    != null)));
            Comparator<CaseRecord> order = Comparator.comparing((CaseRecord c) -> comparable.get(c.name()))
                    .thenComparingDouble(c -> c.metric("wns") == null
                            ? Double.NEGATIVE_INFINITY : c.metric("wns")).thenComparing(CaseRecord::name,
                                    Comparator.reverseOrder());
            CaseRecord alt = in.cases().stream().filter(c -> c.failure() == null && !kinds(c).isEmpty()).max(order)
                    .orElse(null);
            if (alt == null) {
                html.append("<p>No trial of this run wrote maps.</p>\n</section>\n");
                return;
            }
            why = (shown == null ? "" : "the winner " + shown.name() + " wrote no maps (its stage runs before "
                    + "placement); shown: ") + "the case with the best WNS among those whose maps can be compared "
                    + "with an ancestor's, " + alt.name();
            shown = alt;
        }
        html.append("<p>Maps of ").append(esc(why)).append(". Hot bins: above ")
                .append(num(LocalFlow.HOT_PERCENT)).append(" %.</p>\n");
        for (String kind : kinds(shown)) {
            Path file = CaseMaps.file(shown, kind);
            Heatmap mine;
            try {
                mine = HeatmapCsv.read(file, kind);
            } catch (ParseFailure | RuntimeException e) {
                html.append("<p class=\"failed\">Cannot read ").append(esc(String.valueOf(file))).append(": ")
                        .append(esc(String.valueOf(e.getMessage()))).append("</p>\n");
                continue;
            }
            Heatmap.Stats st = mine.stats(LocalFlow.HOT_PERCENT);
            String unit = mine.unit() == null ? "" : mine.unit();
            double hi = "%".equals(unit) ? Math.max(100, st.max()) : st.max();
            HeatmapPicture pic = HeatmapPicture.of(mine, Math.min(0, st.min()), hi, ColourScale.VIRIDIS, 800);
            html.append("<h3>").append(esc(kind.replace('_', ' '))).append("</h3>\n<div class=\"pair\">\n");
            picture(shown.name() + "-" + kind + ".svg", HeatmapSvg.of(mine, pic, 360, shown.name() + " " + kind),
                    String.format(Locale.ROOT, "%s: min %s, mean %s, max %s %s, hot ratio %.1f %% \u2014 from %s",
                            shown.name(), num(st.min()), num(st.mean()), num(st.max()), unit, 100 * st.hotRatio(), file));
            CaseRecord ref = reference(shown, kind, byName);
            if (ref == null) {
                html.append("<p>No ancestor of ").append(esc(shown.name())).append(" has a ").append(esc(kind))
                        .append(" map to compare with.</p>\n");
            } else {
                Path theirs = CaseMaps.file(ref, kind);
                try {
                    MapDiff d = MapDiff.of(HeatmapCsv.read(theirs, kind), mine);
                    double span = Math.max(Math.abs(d.largest()), 1e-9);
                    HeatmapPicture dp = HeatmapPicture.of(d.difference(), -span, span, ColourScale.DIVERGING, 800);
                    picture(shown.name() + "-minus-" + ref.name() + "-" + kind + ".svg", HeatmapSvg.of(d.difference(),
                            dp, 360, shown.name() + " minus " + ref.name()), shown.name() + " minus " + ref.name()
                                    + ": " + d.describe().replace("the parent's map", ref.name() + "'s map")
                                    + ". Blue: lower than " + ref.name() + " (better), red: higher. From " + theirs + ".");
                } catch (ParseFailure | RuntimeException e) {
                    html.append("<p class=\"failed\">Cannot read ").append(esc(String.valueOf(theirs))).append(": ")
                            .append(esc(String.valueOf(e.getMessage()))).append("</p>\n");
                }
            }
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    /** The base case when it has the map, else the nearest ancestor (first parents first) that has it. */
    private static CaseRecord reference(CaseRecord c, String kind, Map<String, CaseRecord> byName) {
        CaseRecord base = byName.values().stream().filter(x -> x.stage() < 0).findFirst().orElse(null);
        if (base != null && base != c && CaseMaps.file(base, kind) != null) {
            return base;
        }
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(c.parents());
        while (!queue.isEmpty()) {
            String n = queue.remove(0);
            CaseRecord p = byName.get(n);
            if (p == null || !seen.add(n)) {
                continue;
            }
            if (CaseMaps.file(p, kind) != null) {
                return p;
            }
            queue.addAll(p.parents());
        }
        return null;
    }

    /** The map kinds of a case's trial, its folder listed once per report. */
    private List<String> kinds(CaseRecord c) {
        return kinds.computeIfAbsent(c.name(), n -> {
            try {
                return CaseMaps.kinds(c);
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    private void lineage(String best) throws IOException {
        html.append("<section id=\"lineage\">\n<h2>Lineage</h2>\n");
        var g = LineageModel.of(in.cases(), in.survivors(), best, List.of(), Set.of(), in.verdicts());
        picture("lineage.svg", Svg.of(LineageLayout.layout(g, null)), "Every case from the base, an edge per ECO "
                + "applied; survivors green, the winner gold, failures red");
        html.append("</section>\n");
    }

    private void casesTable() throws IOException {
        Set<String> metrics = new java.util.TreeSet<>();
        in.cases().forEach(c -> c.metrics().forEach(m -> metrics.add(m.name())));
        html.append("<section id=\"cases\">\n<h2>Cases</h2>\n");
        if (in.casesCsv() != null && Files.isRegularFile(in.casesCsv())) {
            Path copy = folder.resolve("cases.csv");
            Files.copy(in.casesCsv(), copy, StandardCopyOption.REPLACE_EXISTING);
            written.add(copy);
            html.append("<p>All cases as CSV: <a href=\"cases.csv\">cases.csv</a>.</p>\n");
        }
        html.append("<table>\n<tr><th>Case</th><th>Stage</th><th>ECO</th><th>Parents</th><th>State</th>");
        metrics.forEach(m -> html.append("<th>").append(esc(m)).append("</th>"));
        html.append("<th>Seconds</th></tr>\n");
        int n = 0;
        for (CaseRecord c : in.cases()) {
            if (n++ == LISTED_CASES) {
                html.append("<tr><td colspan=\"").append(6 + metrics.size()).append("\">").append(in.cases().size()
                        - LISTED_CASES).append(" more in cases.csv</td></tr>\n");
                break;
            }
            html.append("<tr class=\"").append(c.failure() == null ? "" : "failed").append("\"><td>")
                    .append(esc(c.name())).append("</td><td class=\"n\">").append(c.stage() < 0 ? "base"
                            : String.valueOf(c.stage())).append("</td><td>").append(esc(c.eco() == null ? "" : c.eco()))
                    .append("</td><td>").append(esc(String.join(" ", c.parents()))).append("</td><td>")
                    .append(esc(c.state() + (c.failure() == null ? "" : ": " + c.failure()))).append("</td>");
            for (String m : metrics) {
                html.append("<td class=\"n\">").append(c.metric(m) == null ? "" : num(c.metric(m))).append("</td>");
            }
            html.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.1f", c.seconds())).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    /** Writes a picture beside the page and shows it with its caption. */
    private void picture(String name, String svg, String caption) throws IOException {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path f = folder.resolve(safe);
        Files.writeString(f, svg, StandardCharsets.UTF_8);
        written.add(f);
        String words = esc(shorten(caption));
        html.append("<figure><img src=\"").append(safe).append("\" alt=\"").append(words).append("\">")
                .append("<figcaption>").append(words).append("</figcaption></figure>\n");
    }

    /** Text naming files in the run's folder, with the folder left out (the summary names it once). */
    private String shorten(String text) {
        return in.runRoot() == null ? text : text.replace(in.runRoot().toString() + "/", "");
    }

    private void row(String k, String v) {
        html.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static String num(Double v) {
        return v == null || v.isNaN() ? "-" : io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1400px; }
            h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #ccc; margin-top: 28px; }
            h3 { font-size: 15px; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f2f5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            table.kv th { width: 160px; }
            tr.failed td { color: #b00020; } tr.warning td { color: #9a6700; } tr.passed td:first-child { color: #1a7f37; }
            figure { display: inline-block; margin: 8px 16px 8px 0; vertical-align: top; }
            figure img { border: 1px solid #ddd; max-width: 100%; }
            figcaption { font-size: 12px; color: #555; max-width: 520px; }
            .pair { display: flex; flex-wrap: wrap; } pre { background: #f6f8fa; padding: 8px; }
            .foot, .note { color: #666; font-size: 12px; }
            """;
}
