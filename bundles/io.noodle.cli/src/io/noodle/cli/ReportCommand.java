package io.noodle.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.views.ecos.EcoCatalogue;
import io.noodle.views.report.RunReport;

/**
 * {@code noodle report <run-or-study> [--out <folder>]}: writes the HTML report of a run (a run folder, or a
 * study for its newest run) into {@code <run>/report/} or the folder given, and prints the page's path. The page
 * and its SVG pictures open in a browser without network access.
 */
final class ReportCommand {

    private ReportCommand() {
    }

    static int run(List<String> args, CliContext ctx) {
        List<String> rest = new ArrayList<>(args);
        Path out = null;
        int o = rest.indexOf("--out");
        if (o >= 0) {
            if (o + 1 >= rest.size()) {
                ctx.err().println("noodle report: --out needs a folder");
                return NoodleCli.EXIT_USAGE;
            }
            out = ctx.cwd().resolve(rest.get(o + 1)).normalize();
            rest.remove(o + 1);
            rest.remove(o);
        }
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            ctx.err().println("usage: noodle report <run folder or study> [--out <folder>]");
            return NoodleCli.EXIT_USAGE;
        }
        RunFolder run;
        RunRecords.Loaded loaded;
        try {
            run = CompareCommand.runOf(rest.get(0), ctx);
            loaded = RunRecords.read(run);
        } catch (IOException e) {
            ctx.err().println("noodle report: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        Path folder = out != null ? out : run.root().resolve("report");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            ctx.err().println("noodle report: " + folder + " is a file; give a folder with --out");
            return NoodleCli.EXIT_PROBLEM;
        }
        Map<String, String> classes;
        try {
            classes = EcoCatalogue.classes(StudyStore.load(StudyStore.studyFile(run.studyFolder())));
        } catch (StudyLoadException | RuntimeException e) {
            classes = Map.of(); // the study file changed or broke since: the report still shows the run
            ctx.err().println("noodle report: the ECO classes are left out: " + e.getMessage());
        }
        Set<String> survivors = new HashSet<>();
        String trace = null;
        if (loaded.checkpoint() != null) {
            loaded.checkpoint().survivors().values().forEach(survivors::addAll);
        }
        try {
            Path t = run.reports().resolve("safety_trace.txt");
            trace = Files.isRegularFile(t) ? Files.readString(t) : null;
        } catch (IOException e) {
            trace = "(cannot read " + run.reports().resolve("safety_trace.txt") + ": " + e.getMessage() + ")";
        }
        String label = run.studyFolder().getFileName() + "/" + run.id();
        var verdicts = loaded.checkpoint() == null ? List.<io.noodle.model.results.VerdictRecord>of()
                : loaded.checkpoint().verdicts();
        try {
            List<Path> files = RunReport.write(new RunReport.Input(label, loaded.outcome(), new ArrayList<>(loaded
                    .cases().values()), verdicts, survivors, classes, trace, run.reports().resolve("cases.csv"), run.root()), folder);
            ctx.out().println(files.get(0));
        } catch (IOException e) {
            ctx.err().println("noodle report: cannot write " + folder + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        return NoodleCli.EXIT_OK;
    }
}
