package io.noodle.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.noodle.eda.Flows;
import io.noodle.eda.flow.ToolchainPreferences;
import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SlotPool;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.run.Approvals;
import io.noodle.engine.run.CommandAdapter;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.model.Study;
import io.noodle.model.derived.ExecutorChoice;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;

/**
 * {@code run-study <study> [--command <program>] [--slots N] [--resume]}: runs a study with the engine on
 * the local EDA flow (or a flow program of the user's),
 * printing a line per stage and a summary; the exit code says succeeded (0), aborted (3), blocked (4),
 * refused (5), cancelled (6) or failed (1). SIGTERM cancels the run, which writes its checkpoint first.
 */
final class RunStudyCommand {

    static final String USAGE = "usage: noodle run-study <study> [--flow local|openroad | --command <flow program>] "
            + "[--executor local|ssh|ray|local+ssh|... [--ray HOST:PORT]] [--slots N] [--resume | --new]";

    private RunStudyCommand() {
    }

    static int run(List<String> args, CliContext ctx) {
        String studyArg = null;
        Path command = null;
        String flow = null;
        int slots = Runtime.getRuntime().availableProcessors();
        boolean slotsGiven = false;
        String executorArg = null;
        String rayAddress = null;
        StudyRunner.Start start = StudyRunner.Start.FRESH;
        boolean dryRun = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
            case "--dry-run" -> dryRun = true;
            case "--resume" -> start = StudyRunner.Start.RESUME;
            case "--new" -> start = StudyRunner.Start.START_OVER;
            case "--slots", "--command", "--flow", "--executor", "--ray" -> {
                if (i + 1 >= args.size()) {
                    ctx.err().println(USAGE);
                    return NoodleCli.EXIT_USAGE;
                }
                String v = args.get(++i);
                if (a.equals("--ray")) {
                    rayAddress = v;
                } else if (a.equals("--executor")) {
                    try {
                        ExecutorChoice.parse(v);
                    } catch (IllegalArgumentException e) {
                        ctx.err().println("noodle run-study: --executor: " + io.noodle.core.io.Problems.escape(
                                e.getMessage()));
                        return NoodleCli.EXIT_USAGE;
                    }
                    executorArg = v;
                } else if (a.equals("--command")) {
                    command = ctx.path(v);
                } else if (a.equals("--flow")) {
                    flow = v;
                } else {
                    slotsGiven = true;
                    try {
                        slots = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        slots = 0;
                    }
                    if (slots < 1) {
                        ctx.err().println("noodle run-study: --slots needs a positive number, not '" + v + "'");
                        return NoodleCli.EXIT_USAGE;
                    }
                }
            }
            default -> {
                if (studyArg != null || a.startsWith("-")) {
                    ctx.err().println(USAGE);
                    return NoodleCli.EXIT_USAGE;
                }
                studyArg = a;
            }
            }
        }
        if (studyArg == null) {
            ctx.err().println(USAGE + "\n(without --command, trials run on the local EDA flow: yosys, qflow, OpenSTA;"
                    + " see docs/USER-GUIDE.md)");
            return NoodleCli.EXIT_USAGE;
        }
        if (command != null && !Files.isExecutable(command)) {
            ctx.err().println("noodle run-study: " + command + " is not an executable program");
            return NoodleCli.EXIT_PROBLEM;
        }
        Path file;
        Study study;
        try {
            file = StudyStore.studyFile(StudyCommands.locate(studyArg, ctx));
            study = StudyStore.load(file);
        } catch (StudyLoadException e) {
            ctx.err().println("noodle run-study: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        // where it runs: --executor, else --ray, else the study's own choice, else this machine
        List<String> kinds;
        try {
            kinds = executorArg != null ? ExecutorChoice.parse(executorArg)
                    : rayAddress != null ? List.of(ExecutorChoice.RAY) : ExecutorChoice.of(study);
        } catch (IllegalArgumentException e) {
            ctx.err().println("noodle run-study: " + file + ": executor: " + io.noodle.core.io.Problems.escape(
                    e.getMessage()));
            return NoodleCli.EXIT_PROBLEM;
        }
        boolean local = kinds.contains(ExecutorChoice.LOCAL);
        boolean ssh = kinds.contains(ExecutorChoice.SSH);
        boolean ray = kinds.contains(ExecutorChoice.RAY);
        boolean alone = kinds.size() == 1;
        io.noodle.engine.run.TrialAdapter adapter;
        try {
            adapter = command != null ? new CommandAdapter(command)
                    : flow != null ? Flows.adapter(flow, ToolchainPreferences.load()) : Flows.fromPreferences();
        } catch (java.io.IOException e) {
            ctx.err().println("noodle run-study: " + e.getMessage());
            return NoodleCli.EXIT_USAGE;
        }
        if (dryRun) {
            return dryRun(study, file, adapter, kinds, ctx);
        }
        String untrusted = untrusted(file, ctx);
        if (untrusted != null) {
            ctx.err().println("noodle run-study: " + untrusted);
            return RunResult.Status.REFUSED.exitCode;
        }
        java.util.List<io.noodle.remote.ssh.SshHost> hosts = List.of();
        io.noodle.remote.ssh.HostStore store = null;
        int localSlots = slots;
        int sshSlots = 0;
        if (ssh) {
            if (ctx.workspace() == null) {
                ctx.err().println("noodle run-study: --executor ssh needs a workspace (-data <folder>) with SSH hosts");
                return NoodleCli.EXIT_USAGE;
            }
            store = new io.noodle.remote.ssh.HostStore(ctx.workspace());
            try {
                hosts = store.read().hosts();
            } catch (java.io.IOException e) {
                ctx.err().println("noodle run-study: " + e.getMessage());
                return NoodleCli.EXIT_PROBLEM;
            }
            if (hosts.isEmpty()) {
                ctx.err().println("noodle run-study: --executor ssh: no SSH host in this workspace; add one with "
                        + "noodle hosts add <name> --host ... (see noodle hosts)");
                return NoodleCli.EXIT_PROBLEM;
            }
            int all = hosts.stream().mapToInt(io.noodle.remote.ssh.SshHost::slots).sum();
            sshSlots = alone && slotsGiven ? Math.min(slots, all) : all; // with others, --slots is this machine's
        }
        io.noodle.remote.ray.RayExecutor rayExecutor = null;
        if (ray) {
            try {
                String ws = ctx.workspace() == null ? null
                        : new io.noodle.remote.ssh.HostStore(ctx.workspace()).read().rayAddress();
                rayExecutor = io.noodle.remote.ray.RayExecutor.connect(rayAddress, ws,
                        alone && slotsGiven ? slots : Integer.MAX_VALUE);
            } catch (java.io.IOException e) {
                ctx.err().println("noodle run-study: " + e.getMessage());
                return NoodleCli.EXIT_PROBLEM;
            }
            ctx.out().println("ray: " + rayExecutor.address() + ", " + slots + " CPU(s), dashboard " + rayExecutor
                    .dashboard());
        }
        slots = (local ? localSlots : 0) + sshSlots + (rayExecutor == null ? 0 : rayExecutor.slots());
        RunRegistry registry = new RunRegistry(new SlotPool(slots));
        NullProgressMonitor monitor = new NullProgressMonitor();
        CountDownLatch done = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger exit = new java.util.concurrent.atomic.AtomicInteger(
                RunResult.Status.CANCELLED.exitCode);
        Thread hook = new Thread(() -> {
            monitor.setCanceled(true); // SIGTERM: cancel, which checkpoints, and let the run end
            try {
                done.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // the JVM would exit 143 (128 + SIGTERM); the documented code is the run's own (6: cancelled, resumable)
            Runtime.getRuntime().halt(exit.get());
        }, "noodle-run-study-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        RunResult result;
        int parallel = StudyRunner.slotsFor(study, slots);
        List<io.noodle.engine.exec.TrialExecutor> members = new java.util.ArrayList<>();
        for (String k : kinds) { // in the order the choice names them: ties go to the first
            members.add(switch (k) {
            case ExecutorChoice.SSH -> new io.noodle.remote.ssh.SshExecutor(hosts, store.knownHosts(),
                    alone ? parallel : sshSlots).passphrases(passphrases(ctx));
            case ExecutorChoice.RAY -> rayExecutor;
            default -> alone ? new LocalProcessExecutor(registry.slots(), parallel) : new LocalProcessExecutor(localSlots);
            });
        }
        try (io.noodle.engine.exec.TrialExecutor executor = alone ? members.get(0)
                : new io.noodle.engine.exec.SpanningExecutor(members)) {
            StudyRunner runner = new StudyRunner(study, file.getParent(), adapter, executor, registry, start);
            if (ctx.workspace() != null) {
                runner.inWorkspace(ctx.workspace()); // a study outside it writes nothing into its parent folder
            }
            try (EventBus.Subscription progress = registry.subscribe(e -> progress(e, ctx), 10_000)) {
                ctx.out().println("study " + study.getName() + ": running in " + file.getParent() + " with " + parallel
                        + " slot(s) on " + executor.describe()
                        + (start == StudyRunner.Start.RESUME ? ", resuming" : ""));
                result = runner.run(monitor);
                progress.drain(5_000); // every line of the run printed before its verdict
            }
            // printed before the shutdown hook is released: on SIGTERM the JVM exits right after
            ctx.out().println("study " + study.getName() + ": " + result.status() + " - " + result.message()
                    + (result.best() == null ? "" : "; best case " + result.best())
                    + (runner.runFolder() == null ? "" : " (run folder " + runner.runFolder().root() + ")"));
            ctx.out().flush();
            exit.set(result.status().exitCode);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and waits for us
            }
        }
        return result.status().exitCode;
    }

    /**
     * {@code --dry-run}: the plan without compute: legality, what the flow says of the study, gate 0, each stage's
     * ECOs and, for a stage that starts from the base case, its trials exactly as a run would plan them (later
     * stages depend on which cases survive). Exit 0 when a run would start, 5 when it would be refused.
     */
    private static int dryRun(Study study, Path file, io.noodle.engine.run.TrialAdapter adapter, List<String> kinds,
            CliContext ctx) {
        var out = ctx.out();
        out.println("dry run of study " + study.getName() + " (" + file + "): nothing runs, nothing is written");
        io.noodle.model.validation.LegalityReport legality = io.noodle.model.validation.LegalityReport.of(study);
        List<String> problems = adapter.problems(study);
        out.println("legality: " + (legality.isLegal() ? "legal" : "ILLEGAL") + " (" + legality.errorCount()
                + " error(s), " + legality.warningCount() + " warning(s); noodle validate " + study.getName()
                + " lists them)");
        out.println("flow: " + (problems.isEmpty() ? "ready" : "cannot run it: " + String.join("; ", problems)));
        out.println("runs on: " + String.join(" + ", kinds));
        String snap = study.getSnapshot() == null ? null
                : io.noodle.model.persistence.Snapshots.resolve(study.getSnapshot()).toString();
        out.println("gate 0: the base case " + study.getBaseCaseName() + " from " + (snap == null ? "(no snapshot)" : snap)
                + ", unmodified, timeout " + io.noodle.model.derived.TrialTimeouts.describe(
                        io.noodle.model.derived.TrialTimeouts.studyDefault(study)));
        io.noodle.model.results.CaseRecord base = new io.noodle.model.results.CaseRecord(study.getBaseCaseName(), -1,
                0, List.of(), null, java.util.Map.of(), "succeeded", null, null, null, List.of(), snap, List.of(), 0,
                null, null, null);
        long total = 0;
        for (io.noodle.model.Stage st : study.getStages()) {
            List<io.noodle.model.EcoDefinition> ecos = StudyRunner.candidateEcos(study, st, adapter);
            out.println("stage " + st.getIndex() + " '" + st.getName() + "': " + st.getType().getLiteral() + ", "
                    + st.getExecutionMode().getLiteral() + ", budget " + st.getTrialBudget() + ", survivors "
                    + st.getSurvivorCount() + (st.getInputs().isEmpty() ? ", from the base case"
                            : ", from the survivors of " + String.join(", ", st.getInputs().stream()
                                    .map(io.noodle.model.Stage::getName).toList()))
                    + "; ECOs: " + (ecos.isEmpty() ? "(none)" : String.join(", ", ecos.stream()
                            .map(io.noodle.model.EcoDefinition::getName).toList())));
            String left = StudyRunner.leftOut(study, st, adapter);
            if (left != null) {
                out.println("  " + left);
            }
            if (st.getType() == io.noodle.model.StageType.HUMAN_APPROVAL) {
                out.println("  waits for approval (noodle approve " + study.getName() + " " + st.getName() + ")");
                continue;
            }
            if (!st.getInputs().isEmpty()) {
                out.println("  its trials depend on which cases survive: up to " + st.getTrialBudget()
                        + ", none twice (ECOs whose priors are suspicious may be skipped then)");
                total += st.getTrialBudget();
                continue;
            }
            var plan = io.noodle.engine.run.TrialPlanner.plan(study, st, List.of(base), ecos);
            total += plan.size();
            for (var t : plan) {
                out.println("  " + t.caseName() + "  " + t.ecoName() + " " + t.arguments().entrySet().stream()
                        .map(a -> a.getKey() + "=" + (a.getValue().isEmpty() ? "\"\" (the flow's default)" : a.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ", "{", "}")));
            }
            String fewer = ecos.isEmpty() ? null
                    : io.noodle.engine.run.TrialPlanner.distinctLimit(st, 1, ecos.size(), plan.size());
            if (fewer != null) {
                out.println("  " + fewer);
            }
        }
        out.println("trials: gate 0 and at most " + total + " more");
        boolean runs = legality.isLegal() && problems.isEmpty();
        out.println(runs ? "a run would start" : "a run would be refused before any compute");
        return runs ? NoodleCli.EXIT_OK : RunResult.Status.REFUSED.exitCode;
    }

    /**
     * The passphrases of SSH keys, from the secure storage opened (with the master password) the first time a key
     * needs one: a run whose keys have none never asks.
     */
    static io.noodle.remote.ssh.SshExecutor.Passphrases passphrases(CliContext ctx) {
        return io.noodle.remote.ssh.KeyPassphrases.whenNeeded(() -> HostsCommand.openVault(ctx));
    }

    /**
     * Why a study may not run here, or null when it may: it lies in a folder the user has not trusted (its
     * workspace when it is inside the workspace, else its own folder). See {@link io.noodle.core.workspace.Trust}.
     */
    static String untrusted(Path studyFile, CliContext ctx) {
        Path origin = io.noodle.core.workspace.Trust.originOf(studyFile.toAbsolutePath().getParent(), ctx.workspace());
        return io.noodle.core.workspace.Trust.isTrusted(origin) ? null
                : io.noodle.core.workspace.Trust.untrustedMessage(origin);
    }

    /** {@code approve <study> <stage> [note]}: approves a human_approval stage for the next --resume. */
    static int approve(List<String> args, CliContext ctx) {
        return decide(args, ctx, true);
    }

    /** {@code reject <study> <stage> [note]}: rejects a human_approval stage; the next --resume aborts it. */
    static int reject(List<String> args, CliContext ctx) {
        return decide(args, ctx, false);
    }

    private static int decide(List<String> args, CliContext ctx, boolean approve) {
        String command = approve ? "approve" : "reject";
        if (args.size() < 2) {
            ctx.err().println("usage: noodle " + command + " <study> <stage> [note]");
            return NoodleCli.EXIT_USAGE;
        }
        try {
            Path file = StudyStore.studyFile(StudyCommands.locate(args.get(0), ctx));
            Study study = StudyStore.load(file);
            String note = String.join(" ", args.subList(2, args.size()));
            String who = System.getProperty("user.name");
            Path decision = approve ? Approvals.approve(study, file.getParent(), args.get(1), who, note)
                    : Approvals.reject(study, file.getParent(), args.get(1), who, note);
            ctx.out().println(decision);
            return NoodleCli.EXIT_OK;
        } catch (IllegalArgumentException e) {
            ctx.err().println("noodle " + command + ": " + io.noodle.core.io.Problems.escape(e.getMessage()));
            return NoodleCli.EXIT_PROBLEM;
        } catch (StudyLoadException e) {
            ctx.err().println("noodle " + command + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        } catch (java.io.IOException e) {
            ctx.err().println("noodle " + command + ": " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
    }

    private static void progress(RunEvent e, CliContext ctx) {
        String line = switch (e) {
        case RunEvent.BaseCaseVerified g -> "gate 0: " + (g.passed() ? "base case yields WNS " + g.wnsPs() + " ps"
                : "base case failed");
        case RunEvent.StageStarted s -> "stage " + s.index() + " '" + s.stage() + "': started, budget " + s.budget();
        case RunEvent.ApprovalAwaited a -> "stage " + a.index() + " '" + a.stage() + "': waits for approval ("
                + a.approvalFile() + ")";
        case RunEvent.StageFinished f -> "stage '" + f.stage() + "': done, survivors " + f.survivors();
        case RunEvent.StageAborted a -> "stage '" + a.stage() + "': ABORTED - " + a.reason();
        case RunEvent.LogLine l -> l.level() + ": " + l.text();
        default -> null;
        };
        if (line != null) {
            ctx.out().println(io.noodle.core.io.Problems.escape(line, 4000));
        }
    }
}
