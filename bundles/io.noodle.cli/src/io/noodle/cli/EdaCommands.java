package io.noodle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.noodle.model.derived.MetricValue;
import io.noodle.eda.flow.DemoStudy;
import io.noodle.eda.flow.LocalFlow;
import io.noodle.eda.parse.Lef;
import io.noodle.eda.parse.Liberty;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.eda.parse.TimeUnit;
import io.noodle.eda.read.ToolOutputReader;

/** {@code demo} and {@code parse}: the bundled demo study, and reading tool output made elsewhere. */
final class EdaCommands {

    static final String PARSE_USAGE = "usage: noodle parse <file or run folder>... [--time-unit <1ns|1ps|...>] "
            + "[--liberty <file.lib>] [--lef <file.lef>] [--hot <percent>]";

    private EdaCommands() {
    }

    /** demo: creates the demo study in the workspace (or finds it) and prints its folder. */
    static int demo(List<String> args, CliContext ctx) {
        if (!args.isEmpty()) {
            ctx.err().println("usage: noodle demo [-data <workspace>]");
            return NoodleCli.EXIT_USAGE;
        }
        try {
            Path folder = DemoStudy.create(ctx.workspace());
            ctx.out().println(folder);
            return 0;
        } catch (IOException | RuntimeException e) {
            ctx.err().println("noodle demo: cannot create the demo study in " + ctx.workspace() + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
    }

    /** parse: every metric and heatmap summary readable from the files, as JSON; 1 when any could not be read. */
    static int parse(List<String> args, CliContext ctx) {
        List<Path> paths = new ArrayList<>();
        TimeUnit unit = null;
        Lef lef = null;
        double hot = LocalFlow.HOT_PERCENT;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--")) {
                    if (i + 1 >= args.size()) {
                        ctx.err().println(PARSE_USAGE);
                        return NoodleCli.EXIT_USAGE;
                    }
                    String v = args.get(++i);
                    switch (a) {
                    case "--time-unit" -> {
                        unit = TimeUnit.parse(v);
                        if (unit == null) {
                            ctx.err().println("noodle parse: '" + v + "' is not a time unit (e.g. 1ns, 1ps)");
                            return NoodleCli.EXIT_USAGE;
                        }
                    }
                    case "--liberty" -> {
                        Liberty lib = Liberty.parse(ctx.path(v));
                        if (lib.timeUnit() == null) {
                            ctx.err().println("noodle parse: " + v + " has no time_unit");
                            return NoodleCli.EXIT_PROBLEM;
                        }
                        unit = unit == null ? lib.timeUnit() : unit;
                    }
                    case "--lef" -> lef = Lef.parse(ctx.path(v));
                    case "--hot" -> hot = Double.parseDouble(v);
                    default -> {
                        ctx.err().println(PARSE_USAGE);
                        return NoodleCli.EXIT_USAGE;
                    }
                    }
                } else {
                    paths.add(ctx.path(a));
                }
            }
        } catch (ParseFailure e) {
            ctx.err().println("noodle parse: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        } catch (NumberFormatException e) {
            ctx.err().println(PARSE_USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        if (paths.isEmpty()) {
            ctx.err().println(PARSE_USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        ToolOutputReader.Result r = new ToolOutputReader(unit, lef, hot).read(paths);
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> files = new ArrayList<>();
        for (ToolOutputReader.Finding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file().toString());
            m.put("kind", f.kind());
            List<Object> metrics = new ArrayList<>();
            for (MetricValue v : f.metrics()) {
                Map<String, Object> mv = new LinkedHashMap<>();
                mv.put("name", v.name());
                mv.put("value", v.value());
                mv.put("unit", v.unit() == null ? "" : v.unit());
                mv.put("source", v.provenance().toString());
                metrics.add(mv);
            }
            m.put("metrics", metrics);
            List<Object> maps = new ArrayList<>();
            for (ToolOutputReader.MapSummary s : f.maps()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("kind", s.kind());
                mm.put("unit", s.unit());
                mm.put("bins", s.bins());
                mm.put("min", s.min());
                mm.put("max", s.max());
                mm.put("mean", s.mean());
                mm.put("hot_ratio", s.hotRatio());
                mm.put("hot_threshold", s.hotThreshold());
                mm.put("source", s.source().toString());
                maps.add(mm);
            }
            m.put("heatmaps", maps);
            files.add(m);
        }
        json.put("files", files);
        List<Object> bad = new ArrayList<>();
        for (ToolOutputReader.Unreadable u : r.unreadable()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("file", u.file().toString());
            b.put("line", u.line());
            b.put("reason", u.reason());
            bad.add(b);
        }
        json.put("unreadable", bad);
        json.put("skipped", r.skipped().stream().map(Path::toString).toList());
        try {
            ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } catch (IOException e) {
            ctx.err().println("noodle parse: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        if (!r.unreadable().isEmpty()) {
            ToolOutputReader.Unreadable first = r.unreadable().get(0);
            ctx.err().println("noodle parse: " + r.unreadable().size() + " file(s) could not be read; the first: "
                    + io.noodle.core.io.Problems.escape(first.file() + (first.line() > 0 ? ":" + first.line() : "") + ": "
                            + first.reason()));
            return NoodleCli.EXIT_PROBLEM;
        }
        return 0;
    }
}
