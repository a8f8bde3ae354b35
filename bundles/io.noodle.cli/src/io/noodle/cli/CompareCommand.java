package io.noodle.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.views.metrics.RunComparison;

/**
 * {@code noodle compare <run-or-study> <run-or-study> [--json]}: two runs side by side — a run folder
 * ({@code <study>/runs/run-2}, from the current folder or the workspace), or a study (its folder, its {@code .noodle} file or its name in the workspace)
 * for its newest run. Prints cases, failures, best case, best WNS and TNS, lowest congestion and each run's
 * Pareto front with the changes from the first to the second; {@code --json} prints the same for scripts.
 */
final class CompareCommand {

    private CompareCommand() {
    }

    static int run(List<String> args, CliContext ctx) {
        boolean json = args.contains("--json");
        List<String> rest = args.stream().filter(a -> !a.equals("--json")).toList();
        if (rest.size() != 2) {
            ctx.err().println("usage: noodle compare <run folder or study> <run folder or study> [--json]");
            return NoodleCli.EXIT_USAGE;
        }
        List<RunFolder> runs = new ArrayList<>();
        for (String a : rest) {
            try {
                runs.add(runOf(a, ctx));
            } catch (IOException e) {
                ctx.err().println("noodle compare: " + e.getMessage());
                return NoodleCli.EXIT_PROBLEM;
            }
        }
        List<List<CaseRecord>> cases = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (RunFolder r : runs) {
            try {
                RunRecords.Loaded l = RunRecords.read(r);
                cases.add(new ArrayList<>(l.cases().values()));
                Outcome o = l.outcome();
                outcomes.add(o == null ? (r.hasCheckpoint() ? "stopped" : "no result") : o.status());
            } catch (IOException e) {
                ctx.err().println("noodle compare: cannot read " + r.root() + ": " + e.getMessage());
                return NoodleCli.EXIT_PROBLEM;
            }
        }
        RunComparison c = RunComparison.of(label(runs.get(0)), outcomes.get(0), cases.get(0), label(runs.get(1)),
                outcomes.get(1), cases.get(1));
        ctx.out().print(json ? c.json() : c.text());
        return NoodleCli.EXIT_OK;
    }

    /** {@code study/run-2}. */
    private static String label(RunFolder r) {
        return r.root().getParent().getParent().getFileName() + "/" + r.id();
    }

    /** A run folder as given, or the newest run of a study. */
    static RunFolder runOf(String arg, CliContext ctx) throws IOException {
        Path p = StudyCommands.locate(arg, ctx);
        if (!Files.exists(p) && ctx.workspace() != null && Files.isDirectory(ctx.workspace().resolve(arg).normalize())
                && ctx.workspace().resolve(arg).normalize().startsWith(ctx.workspace())) {
            p = ctx.workspace().resolve(arg).normalize(); // <study>/runs/run-<n> inside the workspace
        }
        if (Files.isDirectory(p) && p.getParent() != null && RunFolder.RUNS.equals(p.getParent().getFileName()
                .toString())) {
            RunFolder r = RunFolder.of(p.getParent().getParent(), p.getFileName().toString());
            if (!r.hasCheckpoint() && RunRecords.readOutcome(r) == null) {
                throw new IOException(p + " holds no run (no checkpoint, no outcome)");
            }
            return r;
        }
        Path folder;
        try {
            folder = StudyStore.studyFile(p).getParent();
        } catch (StudyLoadException e) {
            throw new IOException(arg + " is neither a run folder (<study>/runs/run-<n>) nor a study: " + e.getMessage());
        }
        return RunFolder.latest(folder).orElseThrow(() -> new IOException("study " + folder.getFileName()
                + " has not run yet (run it with ./noodle run-study " + folder.getFileName() + ")"));
    }
}
