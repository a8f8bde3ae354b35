package io.noodle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.noodle.core.io.Problems;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.run.PriorStore;
import io.noodle.engine.run.TrialAdapter;
import io.noodle.engine.run.TrialRequest;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.Ecos;
import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.TrialTimeouts;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;

/**
 * The commands Noodle 2's users know for looking at studies and trials, on this product's files:
 * {@code list-studies [--status S] [--domain D]}, {@code show <study>}, {@code debug <study> <case>},
 * {@code replay <study> <case> [--trial N]} and {@code priors show|export FILE|import FILE}.
 */
final class InspectCommands {

    private InspectCommands() {
    }

    // ------------------------------------------------------------------ list-studies

    static int listStudies(List<String> args, CliContext ctx) {
        String status = null;
        String domain = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--status") || a.equals("--domain")) && i + 1 < args.size()) {
                String v = args.get(++i).toLowerCase(Locale.ROOT);
                if (a.equals("--status")) {
                    status = v;
                } else {
                    domain = v;
                }
            } else {
                ctx.err().println("usage: noodle list-studies [--status succeeded|aborted|blocked|refused|cancelled|"
                        + "waiting|failed|unfinished|never] [--domain sandbox|guarded|locked] [-data <workspace>]");
                return NoodleCli.EXIT_USAGE;
            }
        }
        List<Path> folders;
        try (var s = Files.list(ctx.workspace())) {
            folders = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            ctx.err().println("noodle list-studies: cannot read the workspace " + ctx.workspace() + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        int shown = 0;
        for (Path folder : folders) {
            Study s;
            try {
                s = StudyStore.load(folder);
            } catch (StudyLoadException e) {
                continue; // not a study folder (or a damaged one: validate says why)
            }
            String last = lastRunWords(folder);
            String runStatus = last.split(" ", 2)[0];
            if (status != null && !runStatus.equals(status) || domain != null
                    && !s.getSafetyDomain().getLiteral().equals(domain)) {
                continue;
            }
            ctx.out().printf(Locale.ROOT, "%-24s %-8s %3d stage(s)  %-40s %s%n", Problems.escape(s.getName(), 80),
                    s.getSafetyDomain().getLiteral(), s.getStages().size(), Problems.escape(last, 200), folder);
            shown++;
        }
        if (shown == 0) {
            ctx.err().println("noodle list-studies: no study in " + ctx.workspace()
                    + (status != null || domain != null ? " matches" : "") + " (noodle import or noodle demo make one)");
        }
        return NoodleCli.EXIT_OK;
    }

    /** The last run in a few words: its status first ("never" without a run, "unfinished" while it has none). */
    private static String lastRunWords(Path folder) {
        Optional<RunFolder> latest = RunFolder.latest(folder);
        if (latest.isEmpty()) {
            return "never run";
        }
        Outcome o = RunRecords.readOutcome(latest.get());
        if (o == null || o.status() == null) {
            return "unfinished (" + latest.get().id() + ", resumable with run-study --resume)";
        }
        return o.status().toLowerCase(Locale.ROOT) + " (" + latest.get().id() + (o.best() == null ? "" : ", best "
                + o.best()) + ")";
    }

    // ------------------------------------------------------------------ show

    static int show(List<String> args, CliContext ctx) {
        if (args.size() != 1) {
            ctx.err().println("usage: noodle show <study> [-data <workspace>]");
            return NoodleCli.EXIT_USAGE;
        }
        Path file;
        Study s;
        try {
            file = StudyStore.studyFile(StudyCommands.locate(args.get(0), ctx));
            s = StudyStore.load(file);
        } catch (StudyLoadException e) {
            ctx.err().println("noodle show: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        var out = ctx.out();
        out.println("study " + Problems.escape(s.getName()) + " (" + file + ")");
        if (s.getDescription() != null) {
            out.println("  " + Problems.escape(s.getDescription(), 400));
        }
        out.println("design: base case " + s.getBaseCaseName() + ", pdk " + (s.getPdk() == null ? "(none)" : s.getPdk())
                + ", snapshot " + (s.getSnapshot() == null ? "(none)" : Snapshots.resolve(s.getSnapshot())
                        + (s.getSnapshot().getSha256() == null ? "" : " (SHA-256 " + s.getSnapshot().getSha256()
                                .substring(0, Math.min(12, s.getSnapshot().getSha256().length())) + "...)")));
        out.println("safety domain " + s.getSafetyDomain().getLiteral() + "; runs on " + (s.getExecutor() == null
                ? "this machine unless the run says otherwise" : s.getExecutor()) + "; " + s.getEcos().size()
                + " ECO(s) in its catalogue");
        out.println("stages:");
        for (Stage st : s.getStages()) {
            out.printf(Locale.ROOT, "  %d %-16s %-14s %-14s budget %3d, survivors %2d%s%s%n", st.getIndex(),
                    st.getName(), st.getType().getLiteral(), st.getExecutionMode().getLiteral(), st.getTrialBudget(),
                    st.getSurvivorCount(), st.getInputs().isEmpty() ? "" : ", after " + String.join(", ",
                            st.getInputs().stream().map(Stage::getName).toList()),
                    st.getEcoNames().isEmpty() ? ", every legal ECO" : ", ECOs " + String.join(", ", st.getEcoNames()));
        }
        Path folder = file.getParent();
        Optional<RunFolder> latest = RunFolder.latest(folder);
        if (latest.isEmpty()) {
            out.println("last run: none (noodle run-study " + s.getName() + ")");
            return NoodleCli.EXIT_OK;
        }
        out.println("last run: " + lastRunWords(folder) + ", " + latest.get().root());
        try {
            RunRecords.Loaded l = RunRecords.read(latest.get());
            long ok = l.cases().values().stream().filter(c -> "succeeded".equals(c.state())).count();
            out.println("  " + l.cases().size() + " case(s) finished, " + ok + " succeeded, " + (l.cases().size() - ok)
                    + " not");
            Outcome o = l.outcome();
            if (o != null && o.message() != null) {
                out.println("  " + Problems.escape(o.message(), 400));
            }
        } catch (IOException e) {
            out.println("  its records cannot be read: " + e.getMessage());
        }
        return NoodleCli.EXIT_OK;
    }

    // ------------------------------------------------------------------ debug and replay

    /** A case of the study's newest run (or of --run R), with the study and its run. */
    private record Found(Study study, Path folder, RunFolder run, CaseRecord record, Map<String, CaseRecord> cases) {
    }

    private static Found find(String studyArg, String caseArg, Integer trial, String runId, CliContext ctx)
            throws IOException {
        Path file;
        Study s;
        try {
            file = StudyStore.studyFile(StudyCommands.locate(studyArg, ctx));
            s = StudyStore.load(file);
        } catch (StudyLoadException e) {
            throw new IOException(e.getMessage());
        }
        Path folder = file.getParent();
        RunFolder run = runId != null ? RunFolder.of(folder, runId) : RunFolder.latest(folder).orElseThrow(
                () -> new IOException("study " + s.getName() + " has not run yet (noodle run-study " + s.getName() + ")"));
        if (!Files.isDirectory(run.root())) {
            throw new IOException("study " + s.getName() + " has no run " + runId);
        }
        String name = caseArg;
        if (trial != null) { // <stage> --trial N: the stage's N-th trial
            Stage st = s.findStage(caseArg);
            if (st == null) {
                throw new IOException("--trial N goes with a stage name; study " + s.getName() + " has no stage '"
                        + Problems.escape(caseArg, 80) + "' (stages: " + String.join(", ", s.getStages().stream()
                                .map(Stage::getName).toList()) + ")");
            }
            name = io.noodle.model.derived.CaseNames.name(s.getBaseCaseName(), st.getIndex(), trial);
        }
        Map<String, CaseRecord> cases = RunRecords.read(run).cases();
        CaseRecord c = cases.get(name);
        if (c == null) {
            throw new IOException(run.id() + " of study " + s.getName() + " has no finished case '"
                    + Problems.escape(name, 80) + "' (list them: noodle report " + s.getName() + ")");
        }
        return new Found(s, folder, run, c, cases);
    }

    static int debug(List<String> args, CliContext ctx) {
        List<String> pos = new ArrayList<>();
        String runId = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--run") && i + 1 < args.size()) {
                runId = args.get(++i);
            } else {
                pos.add(args.get(i));
            }
        }
        if (pos.size() != 2) {
            ctx.err().println("usage: noodle debug <study> <case> [--run run-N] [-data <workspace>]");
            return NoodleCli.EXIT_USAGE;
        }
        Found f;
        try {
            f = find(pos.get(0), pos.get(1), null, runId, ctx);
        } catch (IOException e) {
            ctx.err().println("noodle debug: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        CaseRecord c = f.record();
        var out = ctx.out();
        Path dir = f.run().trialDir(c.name(), c.stage(), c.stage() < 0 ? 0 : c.index());
        out.println("debug report: case " + c.name() + " of study " + f.study().getName() + ", " + f.run().id());
        out.println("state: " + c.state() + (c.failure() == null ? "" : "; failure " + c.failure() + ": "
                + Problems.escape(c.failureMessage(), 400) + (c.failureSource() == null ? "" : " (" + c.failureSource()
                        + ")")));
        out.println("stage: " + (c.stage() < 0 ? "gate 0 (the base case, unmodified)" : c.stage() + ", trial " + c.index())
                + "; parents: " + (c.parents().isEmpty() ? "(none)" : String.join(", ", c.parents())));
        out.println("ECO: " + (c.eco() == null ? "(none)" : c.eco() + " " + c.arguments()) + "; path from the base "
                + "case: " + (c.ecoPath().isEmpty() ? "(none)" : String.join(" > ", c.ecoPath())));
        out.println("ran on: " + (c.ranOn() == null ? "(not recorded)" : c.ranOn()) + "; queued " + c.queued()
                + ", started " + c.started() + ", finished " + c.finished() + " (" + c.seconds() + " s)");
        out.println("trial folder: " + dir);
        out.println("command lines:");
        Path logFile = dir.resolve("trial.log");
        // streamed (a log may hold 64 MiB), damaged bytes replaced: the step headers and the last 30 lines are kept
        java.util.ArrayDeque<String> log = new java.util.ArrayDeque<>();
        List<String> steps = new java.util.ArrayList<>();
        if (Files.isRegularFile(logFile)) {
            var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(logFile), utf8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    String line = l.length() > 4000 ? l.substring(0, 4000) + "..." : l;
                    if (line.startsWith("== noodle: step ")) {
                        steps.add(line);
                    }
                    log.addLast(line);
                    if (log.size() > 30) {
                        log.removeFirst();
                    }
                }
            } catch (IOException e) {
                out.println("  (the log cannot be read: " + e.getMessage() + ")");
            }
        }
        boolean any = false;
        for (String l : steps) {
            out.println("  " + Problems.escape(l.substring("== noodle: ".length()), 2000));
            any = true;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".sh") || n.endsWith(".tcl") || n.endsWith(".ys") || n.endsWith(".sta")) {
                    out.println("  script " + p);
                    any = true;
                }
            }
        } catch (IOException e) {
            out.println("  (the trial folder cannot be listed: " + e.getMessage() + ")");
        }
        if (!any) {
            out.println("  (one program; see the log)");
        }
        out.println("environment (the study's, under the flow's own):");
        if (f.study().getEnvironment().isEmpty()) {
            out.println("  (none set by the study)");
        }
        f.study().getEnvironment().forEach(e -> out.println("  " + e.getKey() + "=" + Problems.escape(e.getValue(), 400)));
        out.println("tool versions (this machine's toolchain):");
        var statuses = io.noodle.eda.flow.ToolchainPreferences.load().check().checkAll(
                io.noodle.core.toolchain.Tool.standardTools(), new org.eclipse.core.runtime.NullProgressMonitor());
        for (String l : io.noodle.core.toolchain.ToolchainReport.table(statuses).split("\n")) {
            out.println("  " + l);
        }
        out.println("log tail (" + logFile + "):");
        for (String l : log) {
            out.println("  " + Problems.escape(l, 400));
        }
        out.println("metrics:");
        if (c.metrics().isEmpty()) {
            out.println("  (none)");
        }
        for (MetricRecord m : c.metrics()) {
            out.println("  " + m.name() + " = " + m.value() + (m.unit() == null ? "" : " " + m.unit())
                    + (m.provenance() == null ? "" : "  (" + m.provenance() + ")"));
        }
        return NoodleCli.EXIT_OK;
    }

    static int replay(List<String> args, CliContext ctx) {
        List<String> pos = new ArrayList<>();
        Integer trial = null;
        String runId = null;
        String command = null;
        String flow = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--command") && i + 1 < args.size()) {
                command = args.get(++i);
            } else if (a.equals("--flow") && i + 1 < args.size()) {
                flow = args.get(++i);
            } else if (a.equals("--trial") && i + 1 < args.size()) {
                try {
                    trial = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    trial = -1;
                }
                if (trial < 0) {
                    ctx.err().println("noodle replay: --trial needs a trial index (0, 1, ...)");
                    return NoodleCli.EXIT_USAGE;
                }
            } else if (a.equals("--run") && i + 1 < args.size()) {
                runId = args.get(++i);
            } else {
                pos.add(a);
            }
        }
        if (pos.size() != 2) {
            ctx.err().println("usage: noodle replay <study> <case> | noodle replay <study> <stage> --trial N   "
                    + "[--run run-N] [--flow local|openroad | --command <flow program>] [-data <workspace>]");
            return NoodleCli.EXIT_USAGE;
        }
        try {
            Found f = find(pos.get(0), pos.get(1), trial, runId, ctx);
            String untrusted = RunStudyCommand.untrusted(f.folder().resolve(f.study().getName() + ".noodle"), ctx);
            if (untrusted != null) {
                ctx.err().println("noodle replay: " + untrusted);
                return io.noodle.engine.run.RunResult.Status.REFUSED.exitCode;
            }
            TrialAdapter adapter;
            if (command != null) {
                Path program = ctx.path(command);
                if (!Files.isExecutable(program)) {
                    ctx.err().println("noodle replay: " + program + " is not an executable program");
                    return NoodleCli.EXIT_PROBLEM;
                }
                adapter = new io.noodle.engine.run.CommandAdapter(program);
            } else {
                adapter = flow != null ? io.noodle.eda.Flows.adapter(flow, io.noodle.eda.flow.ToolchainPreferences.load())
                        : io.noodle.eda.Flows.fromPreferences();
            }
            return replay(f, adapter, ctx);
        } catch (IOException e) {
            ctx.err().println("noodle replay: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
    }

    /** Runs the case's trial again, as the run planned it, in a scratch folder, its log printed as it grows. */
    private static int replay(Found f, TrialAdapter adapter, CliContext ctx) throws IOException {
        Study s = f.study();
        CaseRecord c = f.record();
        Map<String, CaseRecord> all = f.cases();
        List<Path> parents = new ArrayList<>();
        for (String p : c.parents()) {
            CaseRecord pr = all.get(p);
            if (pr == null || pr.design() == null) {
                throw new IOException("the parent " + p + " of " + c.name() + " has no design in " + f.run().id());
            }
            parents.add(Path.of(pr.design()));
        }
        EcoDefinition eco = c.eco() == null ? null : Ecos.find(s, c.eco());
        if (c.eco() != null && eco == null) {
            throw new IOException("the study no longer has the ECO " + c.eco() + " that made " + c.name());
        }
        Stage stage = c.stage() < 0 ? null : s.getStages().stream().filter(x -> x.getIndex() == c.stage()).findFirst()
                .orElseThrow(() -> new IOException("the study no longer has stage " + c.stage()));
        if (stage == null) {
            if (s.getSnapshot() == null) {
                throw new IOException("the study has no design snapshot for its base case");
            }
            parents.add(Snapshots.resolve(s.getSnapshot()));
        }
        ExecutionMode mode = stage == null ? ExecutionMode.STA_ONLY : stage.getExecutionMode();
        int timeout = stage == null ? TrialTimeouts.studyDefault(s) : TrialTimeouts.seconds(s, stage);
        Path scratch = Files.createTempDirectory("noodle-replay-" + c.name() + "-");
        TrialRequest req = new TrialRequest(c.name(), c.stage(), mode, parents, eco, c.arguments(), scratch,
                Duration.ofSeconds(timeout));
        List<String> problems = adapter.problems(s);
        if (!problems.isEmpty()) {
            ctx.err().println("noodle replay: the flow cannot run this study here: " + String.join("; ", problems));
            return NoodleCli.EXIT_PROBLEM;
        }
        TrialSpec spec = adapter.prepare(req).withBaseEnv(s.getEnvironment().map());
        var out = ctx.out();
        out.println("replay of " + c.name() + " (" + f.run().id() + ") in " + scratch);
        for (List<String> step : spec.allSteps()) {
            out.println("$ " + String.join(" ", step.stream().map(InspectCommands::shellWord).toList()));
        }
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            TrialHandle h = ex.submit(spec);
            long printed = 0;
            TrialOutcome o = null;
            while (o == null) {
                try {
                    o = h.outcome().get(250, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // not yet: print what the log gained
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    h.cancel();
                    throw new IOException("interrupted");
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("the trial could not run: " + e.getCause().getMessage(), e);
                }
                printed = follow(spec.logFile(), printed, ctx, false);
            }
            follow(spec.logFile(), printed, ctx, true);
            TrialResult r = adapter.collect(req, o);
            out.println("replay: " + (r.succeeded() ? "succeeded" : "failed: " + r.failure().getLiteral() + " - "
                    + Problems.escape(r.message(), 400)) + " (exit " + o.exitCode() + ", " + o.elapsed().toMillis() / 1000.0
                    + " s)");
            for (MetricValue m : r.metrics()) {
                MetricRecord was = c.metrics().stream().filter(x -> x.name().equals(m.name())).findFirst().orElse(null);
                out.println("  " + m.name() + " = " + m.value() + (m.unit() == null ? "" : " " + m.unit())
                        + (was == null ? " (not in the run)" : was.value() == m.value() ? " (as in the run)"
                                : " (the run had " + was.value() + ")")
                        + (m.provenance() == null ? "" : "  (" + m.provenance() + ")"));
            }
            return r.succeeded() ? NoodleCli.EXIT_OK : NoodleCli.EXIT_PROBLEM;
        }
    }

    /**
     * Prints the lines the log gained since {@code from} (whole lines only, unless {@code last}), each with its
     * control characters escaped; returns where it stopped.
     */
    private static long follow(Path log, long from, CliContext ctx, boolean last) {
        try {
            if (!Files.isRegularFile(log) || Files.size(log) <= from) {
                return from;
            }
            try (var ch = Files.newByteChannel(log)) {
                ch.position(from);
                byte[] b = new byte[(int) Math.min(1 << 20, ch.size() - from)];
                int n = Math.max(0, ch.read(java.nio.ByteBuffer.wrap(b)));
                int end = n;
                if (!last) {
                    while (end > 0 && b[end - 1] != '\n') {
                        end--;
                    }
                }
                if (end == 0) {
                    return from;
                }
                String text = new String(b, 0, end, StandardCharsets.UTF_8);
                for (String line : text.split("\n", -1)) {
                    if (!line.isEmpty()) {
                        ctx.out().println(Problems.escape(line, 4000));
                    }
                }
                ctx.out().flush();
                return from + end;
            }
        } catch (IOException e) {
            return from; // the log is the trial's; a read that fails now is retried at the next tick
        }
    }

    private static String shellWord(String a) {
        return a.matches("[A-Za-z0-9_./=:,+-]+") ? a : "'" + a.replace("'", "'\\''") + "'";
    }

    // ------------------------------------------------------------------ priors

    static int priors(List<String> args, CliContext ctx) {
        PriorStore store = new PriorStore(ctx.workspace());
        String sub = args.isEmpty() ? "" : args.get(0);
        try {
            switch (sub) {
            case "show" -> {
                if (args.size() != 1) {
                    break;
                }
                var all = store.read();
                if (all.isEmpty()) {
                    ctx.out().println("no ECO priors yet in " + store.file() + " (runs record them)");
                }
                ctx.out().printf(Locale.ROOT, "%-28s %12s %10s %18s  %s%n", "eco", "applications", "successes",
                        "mean dWNS (ps)", "confidence");
                for (var e : all.entrySet()) {
                    PriorStore.Prior p = e.getValue();
                    ctx.out().printf(Locale.ROOT, "%-28s %12d %10d %18.1f  %s%n", Problems.escape(e.getKey(), 60),
                            p.applications(), p.successes(), p.meanDeltaWnsPs(), p.confidence().getLiteral());
                }
                return NoodleCli.EXIT_OK;
            }
            case "export" -> {
                if (args.size() != 2) {
                    break;
                }
                Path to = ctx.path(args.get(1));
                StudyStore.writeAtomically(to, RunRecords.JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(store.read()));
                ctx.out().println(to);
                return NoodleCli.EXIT_OK;
            }
            case "import" -> {
                if (args.size() != 2) {
                    break;
                }
                Path from = ctx.path(args.get(1));
                var theirs = PriorStore.readFile(from);
                var now = store.merge(theirs);
                ctx.out().println("imported " + theirs.size() + " ECO prior(s) from " + from + "; the workspace has "
                        + now.size() + " (" + store.file() + ")");
                return NoodleCli.EXIT_OK;
            }
            default -> {
                // usage below
            }
            }
        } catch (IOException e) {
            ctx.err().println("noodle priors " + sub + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        ctx.err().println("usage: noodle priors show | noodle priors export <file.json> | noodle priors import "
                + "<file.json> [-data <workspace>]");
        return NoodleCli.EXIT_USAGE;
    }
}
