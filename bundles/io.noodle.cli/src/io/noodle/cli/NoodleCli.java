package io.noodle.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;

import io.noodle.core.io.Problems;
import io.noodle.core.toolchain.Tool;
import io.noodle.core.toolchain.ToolStatus;
import io.noodle.core.toolchain.ToolchainReport;
import io.noodle.core.workspace.WorkspaceException;
import io.noodle.core.workspace.WorkspaceLocation;

/**
 * The headless command-line runner: the same engine as the workbench, without SWT. Started by the
 * {@code noodle} script as application {@code io.noodle.cli.app}; its exit code is the command's.
 * The script passes the user's folder as system property {@code noodle.cwd}.
 */
public final class NoodleCli implements IApplication {

    /** Exit code for a command that ran and found a problem (e.g. a required tool missing). */
    public static final int EXIT_PROBLEM = 1;
    /** Exit code for a command line that could not be understood. */
    public static final int EXIT_USAGE = 2;
    /**
     * Exit code for a command that failed unexpectedly (an internal error, input too large or too deep for
     * memory): it printed one line saying so and the path of a log with the details. Nothing it was asked
     * to do is claimed done.
     */
    public static final int EXIT_CRASH = 8;

    static final String USAGE = """
            usage: noodle <command> [options]   (run from the noodle script)
            commands:
              check                      check the EDA toolchain; exits 1 when a required tool is missing
              validate <study> [--json]  print the run legality report; exits 1 when the study is illegal
              import <file.yaml> [--replace]
                                         create the study in the workspace from a study file (Noodle 2's flat or
                                         sectioned file, or this product's earlier YAML); prints its path; a study
                                         of that name is replaced only with --replace (its runs are kept)
              export <study> <file.yaml> [--sectioned]
                                         write the study as Noodle 2's flat study file (or its sectioned
                                         one with --sectioned), this product's additions under workbench:
              list-studies [--status S] [--domain D]   (also: ls)
                                         the workspace's studies: domain, stages, last run and its status
              show <study>               the study's design, stages and last run
              debug <study> <case> [--run run-N]
                                         a trial's debug report: state, ECO, where it ran, command lines,
                                         environment, tool versions, log tail, metrics with provenance
              replay <study> <case> | replay <study> <stage> --trial N   [--run run-N] [--flow F | --command P]
                                         run one trial again as its run planned it, in a scratch folder, its
                                         log printed as it grows, its metrics next to the run's
              priors show | export <file.json> | import <file.json>
                                         the workspace's ECO priors (import adds another store's)
              demo                       create the demo study in the workspace (or find it); prints its folder
              parse <file or folder>...  print as JSON every metric and heatmap summary readable from tool
                                         output (timing/power reports, congestion logs, heatmap CSV, DEF);
                                         exits 1 when a file could not be read
              run-study <study> [--flow local|openroad | --command <program>]
                        [--executor local|ssh|ray|local+ssh|...] [--ray HOST:PORT]
                        [--slots N] [--resume | --new] [--dry-run]
                                         run the study on the local EDA flow (or a flow program of your own)
                                         in a new run folder <study>/runs/run-<n>/; --resume continues the
                                         newest run, --new starts one even when it stopped with work left;
                                         exit 0 succeeded, 3 aborted, 4 blocked, 5 refused,
                                         6 cancelled (resumable), 7 waiting for approval, 1 failed;
                                         --dry-run prints the plan (legality, gate 0, each stage's ECOs
                                         and the first stages' trials) and runs nothing
              trust [<folder>] | trust --list | trust --revoke <folder>
                                         trust a workspace or study folder to run its studies (their constraint
                                         files are Tcl, their settings may name programs): asked once per folder;
                                         a workspace this product started empty is trusted already
              approve <study> <stage> [note] approve a human_approval stage of the newest run (then --resume)
              reject <study> <stage> [note]  reject it instead: --resume aborts the stage, what follows does not run
              compare <run or study> <run or study> [--json]
                                         two runs side by side (a run folder, or a study for its newest run):
                                         cases, failures, best WNS/TNS, lowest congestion, Pareto fronts
              report <run or study> [--out <folder>]
                                         write the run's HTML report (summary, gates, trajectory, ECO
                                         leaderboard, Pareto chart, heatmaps and diffs, lineage, cases) into
                                         <run>/report/ or the folder given; prints the page's path
              ray up [--workers N] [--cpus C] | down | status
                                         a Ray cluster on this machine (loopback) for --executor ray
              hosts list|add|remove|trust|check|passphrase
                                         the SSH hosts trials may run on (run-study --executor ssh); see
                                         noodle hosts for the options
              help                       print this text
            exit codes: 0 done, 1 a problem found (the line before says what), 2 bad command line,
                        3 aborted, 4 blocked, 5 refused, 6 cancelled, 7 waiting for approval (run-study),
                        8 failed unexpectedly (one line says what; the log it names has the details)
            """;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        Path cwd = Path.of(System.getProperty("noodle.cwd", System.getProperty("user.dir")));
        Path workspace;
        try {
            Location loc = Platform.getInstanceLocation();
            workspace = WorkspaceLocation.toFolder(loc == null || !loc.isSet() ? null : loc.getURL());
        } catch (WorkspaceException e) {
            System.err.println("noodle: " + e.getMessage());
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            return CrashReport.report(List.of(args), e, new CliContext(cwd, null, System.out, System.err));
        }
        return run(List.of(args), new CliContext(cwd, workspace, System.out, System.err));
    }

    /**
     * Runs one command; returns its exit code. Whatever it throws, the user sees one line naming what failed
     * and a log with the details, and a non-zero exit code: never exit 0 for work that did not happen.
     */
    static int run(List<String> args, CliContext ctx) {
        try {
            return dispatch(args, ctx);
        } catch (java.nio.file.InvalidPathException e) {
            ctx.err().println("noodle " + (args.isEmpty() ? "" : Problems.escape(args.get(0), 40) + ": ") + "'"
                    + Problems.escape(e.getInput(), 300) + "' is not a usable path (" + Problems.escape(e.getReason())
                    + "). Fix: name an existing file or folder");
            return EXIT_USAGE;
        } catch (Throwable t) { // NOPMD: the last line of defence; errors included (stack overflow, out of memory)
            return CrashReport.report(args, t, ctx);
        }
    }

    private static int dispatch(List<String> args, CliContext ctx) {
        List<String> rest = args.stream().filter(a -> !a.isBlank()).toList();
        if (rest.isEmpty()) {
            ctx.err().print(USAGE);
            return EXIT_USAGE;
        }
        List<String> opts = rest.subList(1, rest.size());
        if (ctx.workspace() != null && !List.of("help", "--help", "-h", "trust").contains(rest.get(0))) {
            io.noodle.core.workspace.Trust.adoptIfNew(ctx.workspace()); // one this product starts empty is the user's
        }
        return switch (rest.get(0)) {
        case "help", "--help", "-h" -> {
            ctx.out().print(USAGE);
            yield EXIT_OK;
        }
        case "check" -> check(opts, ctx.out(), ctx.err());
        case "validate" -> StudyCommands.validate(opts, ctx);
        case "import" -> StudyCommands.importYaml(opts, ctx);
        case "export" -> StudyCommands.export(opts, ctx);
        case "bench" -> bench(opts, ctx);
        case "run-study" -> RunStudyCommand.run(opts, ctx);
        case "demo" -> EdaCommands.demo(opts, ctx);
        case "parse" -> EdaCommands.parse(opts, ctx);
        case "approve" -> RunStudyCommand.approve(opts, ctx);
        case "reject" -> RunStudyCommand.reject(opts, ctx);
        case "compare" -> CompareCommand.run(opts, ctx);
        case "report" -> ReportCommand.run(opts, ctx);
        case "hosts" -> HostsCommand.run(opts, ctx);
        case "ray" -> RayCommand.run(opts, ctx);
        case "list-studies", "ls" -> InspectCommands.listStudies(opts, ctx);
        case "show" -> InspectCommands.show(opts, ctx);
        case "debug" -> InspectCommands.debug(opts, ctx);
        case "replay" -> InspectCommands.replay(opts, ctx);
        case "priors" -> InspectCommands.priors(opts, ctx);
        case "trust" -> trust(opts, ctx);
        default -> {
            ctx.err().println("noodle: unknown command '" + Problems.escape(rest.get(0), 80) + "'. Known commands: check, validate, "
                    + "import, export, demo, parse, run-study, approve, reject, compare, report, hosts, ray, list-studies, show, "
                    + "debug, replay, priors, trust, bench, help.");
            yield EXIT_USAGE;
        }
        };
    }

    /** trust [folder] | trust --list | trust --revoke folder: the folders whose studies may run here. */
    private static int trust(List<String> opts, CliContext ctx) {
        try {
            if (opts.equals(List.of("--list"))) {
                io.noodle.core.workspace.Trust.trusted().forEach(ctx.out()::println);
                return EXIT_OK;
            }
            if (opts.size() == 2 && opts.get(0).equals("--revoke")) {
                Path f = ctx.path(opts.get(1));
                boolean had = io.noodle.core.workspace.Trust.revoke(f);
                ctx.out().println(had ? "no longer trusted: " + f : f + " was not trusted");
                return EXIT_OK;
            }
            if (opts.size() > 1 || (opts.size() == 1 && opts.get(0).startsWith("-"))) {
                ctx.err().println("usage: noodle trust [<folder>] | noodle trust --list | noodle trust --revoke <folder>");
                return EXIT_USAGE;
            }
            Path f = opts.isEmpty() ? ctx.workspace() : ctx.path(opts.get(0));
            if (f == null || !java.nio.file.Files.isDirectory(f)) {
                ctx.err().println("noodle trust: " + (f == null ? "no workspace" : f + " is not a folder")
                        + ". Fix: name the workspace or study folder to trust");
                return EXIT_USAGE;
            }
            io.noodle.core.workspace.Trust.trust(f);
            ctx.out().println("trusted: " + f.toRealPath() + " (its studies may run; noodle trust --revoke undoes it)");
            return EXIT_OK;
        } catch (java.io.IOException e) {
            ctx.err().println("noodle trust: " + Problems.escape(e.getMessage()) + " (the list is "
                    + io.noodle.core.workspace.Trust.storeFile() + ")");
            return EXIT_PROBLEM;
        }
    }

    private static int bench(List<String> opts, CliContext ctx) {
        if (opts.isEmpty() || !List.of("model", "engine", "eda", "lineage", "views", "remote").contains(opts.get(0))) {
            ctx.err().println("usage: noodle bench model [--cases N] [--runs R] | noodle bench engine [--trials N] [--dir F]"
                    + " | noodle bench eda [--nets N] [--rows N] [--runs R] | noodle bench lineage"
                    + " | noodle bench views [--runs R] [--side N] | noodle bench remote [--trials N] [--slots S]");
            return EXIT_USAGE;
        }
        try {
            List<String> rest = opts.subList(1, opts.size());
            return switch (opts.get(0)) {
            case "model" -> ModelBenchmark.run(rest, ctx);
            case "eda" -> EdaBenchmark.run(rest, ctx);
            case "lineage" -> LineageBenchmark.run(rest, ctx);
            case "views" -> ViewsBenchmark.run(rest, ctx);
            case "remote" -> RemoteBenchmark.run(rest, ctx);
            default -> EngineBenchmark.run(rest, ctx);
            };
        } catch (java.io.IOException | NumberFormatException e) {
            ctx.err().println("noodle bench " + opts.get(0) + ": " + (e instanceof NumberFormatException
                    ? "a whole number was expected (" + Problems.escape(e.getMessage(), 100) + ")" : e.getMessage()));
            return EXIT_PROBLEM;
        }
    }

    private static int check(List<String> opts, PrintStream out, PrintStream err) {
        if (!opts.isEmpty()) {
            err.println("noodle check: unexpected argument(s) " + opts + "; it takes none");
            return EXIT_USAGE;
        }
        List<ToolStatus> statuses = io.noodle.eda.flow.ToolchainPreferences.load().check().checkAll(Tool.standardTools(),
                new NullProgressMonitor());
        out.print(ToolchainReport.table(statuses));
        return ToolchainReport.blocksFlow(statuses) ? EXIT_PROBLEM : EXIT_OK;
    }

    @Override
    public void stop() {
        // commands are short and run on the caller's thread; nothing to stop
    }
}
