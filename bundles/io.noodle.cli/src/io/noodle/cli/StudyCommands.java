package io.noodle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.noodle.eda.flow.NewStudies;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.validation.LegalityReport;
import io.noodle.model.yaml.ImportReport;
import io.noodle.model.yaml.StudyYamlExporter;

/** {@code validate}, {@code import} and {@code export}: studies between files, the workspace and people. */
final class StudyCommands {

    private StudyCommands() {
    }

    /** validate <study folder or .noodle file> [--json]: the run legality report; 1 when illegal. */
    static int validate(List<String> args, CliContext ctx) {
        boolean json = args.contains("--json");
        List<String> rest = args.stream().filter(a -> !a.equals("--json")).toList();
        if (rest.size() != 1) {
            ctx.err().println("usage: noodle validate <study folder or .noodle file> [--json]");
            return NoodleCli.EXIT_USAGE;
        }
        Study study;
        try {
            study = StudyStore.load(locate(rest.get(0), ctx));
        } catch (StudyLoadException e) {
            ctx.err().println("noodle validate: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        LegalityReport report = LegalityReport.of(study);
        ctx.out().print(json ? report.toJson() : report.toText());
        if (!report.isLegal() && !json) {
            ctx.err().println("noodle validate: " + io.noodle.model.persistence.Snapshots.studyFolder(study)
                    .resolve(study.eResource().getURI().lastSegment()) + ": illegal (" + report.errorCount()
                    + " error(s) above). Fix them in the designer or the study file; nothing can run until then");
        }
        return report.isLegal() ? NoodleCli.EXIT_OK : NoodleCli.EXIT_PROBLEM;
    }

    /** import <file.yaml>: creates {@code <workspace>/<name>/<name>.noodle} and prints its path. */
    static int importYaml(List<String> args, CliContext ctx) {
        boolean replace = args.contains("--replace");
        List<String> rest = args.stream().filter(a -> !a.equals("--replace")).toList();
        if (rest.size() != 1) {
            ctx.err().println("usage: noodle import <file.yaml> [--replace] [-data <workspace>]");
            return NoodleCli.EXIT_USAGE;
        }
        Path yaml = ctx.path(rest.get(0));
        NewStudies.Imported imported;
        try {
            imported = NewStudies.importYaml(ctx.workspace(), yaml, replace);
        } catch (NewStudies.NotImported e) {
            e.messages().forEach(m -> ctx.err().println(m.format(yaml)));
            ctx.err().println("noodle import: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        } catch (IOException e) {
            ctx.err().println("noodle import: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        for (ImportReport.Message m : imported.messages()) {
            ctx.err().println(m.format(yaml));
        }
        ctx.out().println(imported.file());
        Path folder = imported.file().getParent();
        try {
            LegalityReport legality = LegalityReport.of(StudyStore.load(imported.file()));
            if (!legality.isLegal()) {
                ctx.err().println("noodle import: imported, but the study is not legal yet (" + legality.errorCount()
                        + " error(s)); see: noodle validate " + folder);
            }
        } catch (StudyLoadException e) {
            ctx.err().println("noodle import: imported, but " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        return NoodleCli.EXIT_OK;
    }

    /**
     * export <study> <file.yaml> [--sectioned]: the study as Noodle 2's flat study file (or its sectioned one), this
     * product's additions under workbench:.
     */
    static int export(List<String> all, CliContext ctx) {
        boolean sectioned = all.contains("--sectioned");
        List<String> args = all.stream().filter(a -> !a.equals("--sectioned")).toList();
        if (args.size() != 2) {
            ctx.err().println("usage: noodle export <study folder, .noodle file or name> <file.yaml> [--sectioned]");
            return NoodleCli.EXIT_USAGE;
        }
        Study study;
        try {
            study = StudyStore.load(locate(args.get(0), ctx));
        } catch (StudyLoadException e) {
            ctx.err().println("noodle export: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        Path target = ctx.path(args.get(1));
        try {
            StudyStore.writeAtomically(target, (sectioned ? StudyYamlExporter.toSectionedYaml(study)
                    : StudyYamlExporter.toYaml(study)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            ctx.err().println("noodle export: cannot write " + target + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        ctx.out().println(target);
        List<String> missing = new java.util.ArrayList<>();
        if (study.getPdk() == null || study.getPdk().isBlank()) {
            missing.add("pdk");
        }
        if (study.getSnapshot() == null || study.getSnapshot().getPath() == null) {
            missing.add("snapshot_path");
        }
        if (!missing.isEmpty()) { // never invented: the file says what the study has
            ctx.err().println("noodle export: warning: the study has no " + String.join(" and no ", missing)
                    .replace("snapshot_path", "design snapshot") + ", which Noodle 2's loader requires ('"
                    + String.join("', '", missing) + "'); give the study a " + (missing.contains("pdk") ? "pdk"
                            : "design") + (missing.size() > 1 ? " and a design" : "")
                    + " (the designer's Overview) before Noodle 2 reads " + target.getFileName());
        }
        return NoodleCli.EXIT_OK;
    }

    /** A path as given, or else a study of that name in the workspace. */
    static Path locate(String arg, CliContext ctx) {
        Path p = ctx.path(arg);
        if (!Files.exists(p) && CaseNames.isSafe(arg)
                && Files.isDirectory(ctx.workspace().resolve(arg))) {
            return ctx.workspace().resolve(arg);
        }
        return p;
    }
}
