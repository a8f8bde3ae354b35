package io.noodle.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.noodle.model.derived.MetricValue;
import io.noodle.core.io.Problems;
import io.noodle.core.workspace.FileLease;
import io.noodle.core.workspace.LockHeldException;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.exec.TrialExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.run.TrialPlanner.PlannedTrial;
import io.noodle.model.CaseState;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.FailureType;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.Ecos;
import io.noodle.model.derived.SourceLine;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.model.results.Results;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.model.results.VerdictRecord;
import io.noodle.model.validation.ParameterValues;
import io.noodle.model.validation.LegalityReport;

/**
 * Runs a study: the legality check, gate 0 on the base case, then the stage DAG ({@link StageScheduler}),
 * each stage planned by the pure {@link TrialPlanner}, judged by the {@link Rails} and ranked, with a
 * checkpoint after every stage and a journal line after every trial. Each run has a folder of its own
 * ({@link RunFolder}) beside the study file, which the run never rewrites: the design and its results are
 * apart. Every event goes to the event stream and to the {@link RunRegistry}, whose snapshot views read.
 * Results do not depend on timing: case names, ECO and parent choices and survivors follow from the study.
 */
public final class StudyRunner {

    /** How a run starts. */
    public enum Start {
        /** a new run; refused while the newest run stopped with work left (resume it, or start over) */
        FRESH,
        /** resume the newest run (a new run when there is none) */
        RESUME,
        /** a new run, whatever the newest one left */
        START_OVER
    }

    private final Study study;
    private final Path studyFolder;
    private final TrialAdapter adapter;
    private final TrialExecutor executor;
    private final RunRegistry registry;
    private final Start start;
    private final Object family = new Object();
    private final Set<TrialHandle> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger catastrophic = new AtomicInteger();
    private PriorStore priors;
    private Path workspace;
    /** Applications not yet written to the prior store (written once per stage). */
    private final List<PriorStore.Application> applications = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile RunState state;
    private volatile RunFolder run;
    private Telemetry telemetry;
    private Instant started;
    /** The human_approval stages a waiting run waits for. */
    private List<String> waitingFor = List.of();

    /**
     * @param studyFolder the study folder: its runs go below it, in {@code runs/}
     * @param registry    where the run is registered and its events go (the process's, or one of a test's)
     */
    public StudyRunner(Study study, Path studyFolder, TrialAdapter adapter, TrialExecutor executor,
            RunRegistry registry, Start start) {
        this.study = study;
        this.studyFolder = studyFolder.toAbsolutePath().normalize();
        this.adapter = adapter;
        this.executor = executor;
        this.registry = registry;
        this.start = start;
        this.workspace = this.studyFolder.getParent() == null ? this.studyFolder : this.studyFolder.getParent();
        this.priors = new PriorStore(workspace);
    }

    /**
     * The workspace the run belongs to, where its lease and the ECO priors are kept (by default the study
     * folder's parent, as for a study inside its workspace). A study run from outside the workspace writes
     * nothing beside its own folder: its lease and priors go to the workspace given here.
     */
    public StudyRunner inWorkspace(Path ws) {
        this.workspace = ws.toAbsolutePath().normalize();
        this.priors = new PriorStore(workspace);
        return this;
    }

    /** The job family of this run's stage jobs: {@code Job.getJobManager().cancel(family)} stops them all. */
    public Object family() {
        return family;
    }

    /** The run's folder (null until the run has chosen it). */
    public RunFolder runFolder() {
        return run;
    }

    /**
     * How many trials of the study may run at once: what is available (the slots of the pool, or what the
     * user asked for), capped by the study's {@code maxConcurrentTrials} when it sets one.
     */
    public static int slotsFor(Study study, int available) {
        int cap = study.getMaxConcurrentTrials();
        return Math.max(1, cap > 0 ? Math.min(cap, available) : available);
    }

    /** The lock file that keeps two runs of one study apart. */
    public static Path lockOf(Path studyFolder) {
        return studyFolder.resolve("run.lock");
    }

    /** Runs the study to its end, a rail, or cancellation of the monitor. */
    public RunResult run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Running study " + study.getName(), study.getStages().size() + 1);
        FileLease workspaceLease;
        FileLease lease;
        try {
            Files.createDirectories(studyFolder);
            // the workspace lease, keyed by the study's absolute path: the workspace knows which runs are live
            Path leases = Files.createDirectories(workspace().resolve(".metadata").resolve("runs"));
            workspaceLease = FileLease.acquire(leases.resolve(leaseName(studyFolder)), "noodle run of " + studyFolder,
                    "Study " + studyFolder);
            try {
                lease = FileLease.acquire(lockOf(studyFolder), "noodle run of " + study.getName(), "Study " + studyFolder);
            } catch (LockHeldException | IOException e) {
                workspaceLease.close();
                throw e;
            }
        } catch (LockHeldException e) {
            return new RunResult(RunResult.Status.REFUSED, e.getMessage(), null);
        } catch (IOException e) {
            return new RunResult(RunResult.Status.FAILED, "cannot lock " + studyFolder + ": " + e.getMessage(), null);
        }
        try (workspaceLease; lease) {
            try {
                return runLocked(sub);
            } catch (Throwable t) { // NOPMD: whatever failed, the run says so and keeps what finished
                return failed("the run of " + study.getName() + " failed: " + Problems.describe(t), t);
            }
        } catch (IOException e) {
            return new RunResult(RunResult.Status.FAILED, "run of " + study.getName() + " failed: " + e.getMessage(),
                    null);
        } finally {
            closeTelemetry();
        }
    }

    /** The workspace of the run ({@link #inWorkspace}). */
    private Path workspace() {
        return workspace;
    }

    /** A file name for the workspace lease of a study folder: readable, and unique by the folder's SHA-256. */
    static String leaseName(Path folder) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(folder.toString().getBytes(StandardCharsets.UTF_8));
            return folder.getFileName() + "-" + java.util.HexFormat.of().formatHex(h, 0, 8) + ".lock";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void closeTelemetry() {
        try {
            if (telemetry != null) {
                telemetry.close();
            }
        } catch (IOException e) {
            // the event stream was flushed line by line; nothing is lost by a failed close
        }
        try {
            if (state != null) {
                state.closeJournal();
            }
        } catch (IOException e) {
            // every line reached the file as it was written; only its force to disk failed
        }
    }

    /** Chooses the run's folder: the newest run to resume, or a new one. Null (with the reason) when refused. */
    private String chooseRun() throws IOException {
        Optional<RunFolder> latest = RunFolder.latest(studyFolder);
        boolean workLeft = latest.isPresent() && RunRecords.workLeft(latest.get(), RunRecords.readOutcome(latest.get()));
        if (start == Start.RESUME && latest.isPresent() && latest.get().hasCheckpoint()) {
            run = latest.get();
            return null;
        }
        if (start == Start.FRESH && workLeft) {
            return latest.get().id() + " of study " + study.getName() + " (" + latest.get().root() + ") stopped with "
                    + "work left: resume it (--resume), or start a new run (--new). Nothing was overwritten.";
        }
        run = RunFolder.create(studyFolder);
        return null;
    }

    private RunResult runLocked(SubMonitor sub) throws IOException {
        started = Instant.now();
        // processes a dead run of this study left running (its JVM killed) are stopped before anything of it is
        // touched; this run holds the study's lock, so every marked process under runs/ is such a leftover
        int strays = io.noodle.core.process.ProcessGroups.killMarkedUnder(studyFolder.resolve("runs"));
        String refused = chooseRun();
        if (refused != null) {
            return new RunResult(RunResult.Status.REFUSED, refused, null);
        }
        boolean resume = run.hasCheckpoint();
        state = resume ? RunState.read(run) : new RunState();
        Files.deleteIfExists(run.outcome()); // the run goes on: its last ending no longer holds
        registry.register(run, study, state.all(), state.verdicts(), state.completedStages(), state.abortedStages(),
                survivorsOf(state)).executor(executor.describe());
        telemetry = new Telemetry(study.getName(), study.getBaseCaseName(), run, registry::publish);

        LegalityReport legality = LegalityReport.of(study);
        telemetry.writeReport("legality.txt", legality.toText());
        telemetry.writeReport("run_legality_report.txt", legality.toText()); // Noodle 2's name for it
        event(new RunEvent.LegalityChecked(key(), study.getName(), Instant.now(), legality.isLegal(),
                legality.errorCount(), legality.warningCount()));
        if (!legality.isLegal()) {
            return finish(new RunResult(RunResult.Status.REFUSED, "the study is illegal (" + legality.errorCount()
                    + " error(s)); see " + run.reports().resolve("legality.txt") + ". No compute ran.", null));
        }
        List<String> problems = adapter.problems(study);
        if (!problems.isEmpty()) {
            telemetry.writeReport("adapter-problems.txt", String.join("\n", problems) + "\n");
            return finish(new RunResult(RunResult.Status.REFUSED, "the flow cannot run this study:\n  - "
                    + String.join("\n  - ", problems) + "\nNo compute ran.", null));
        }
        if (strays > 0) {
            event(new RunEvent.LogLine(key(), study.getName(), Instant.now(), "warning", "stopped " + strays
                    + " process(es) an interrupted run had left running in " + studyFolder.resolve("runs")));
        }
        if (!state.skippedJournalLines().isEmpty()) {
            event(new RunEvent.LogLine(key(), study.getName(), Instant.now(), "warning", "resume: skipped unreadable "
                    + "journal line(s) " + state.skippedJournalLines() + " of " + run.journal()
                    + "; their cases run again"));
        }
        event(new RunEvent.RunStarted(key(), study.getName(), Instant.now(), run.id(), study.getStages().size(),
                resume, executor.slots()));

        RunResult gate = gateZero(sub.split(1));
        if (gate != null) {
            return finish(gate);
        }
        return finish(stages(sub.split(study.getStages().size())));
    }

    private static Map<String, List<String>> survivorsOf(RunState s) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String st : s.completedStages()) {
            out.put(st, s.survivorsOf(st));
        }
        return out;
    }

    private String key() {
        return run.root().toString();
    }

    private void event(RunEvent e) {
        telemetry.event(e);
    }

    /** The whole checkpoint, once the telemetry of the trials finished so far is written. */
    private void checkpoint() throws IOException {
        telemetry.flushTrials();
        state.write(run.checkpoint(), study.getName());
        event(new RunEvent.CheckpointWritten(key(), study.getName(), Instant.now(), state.size(),
                state.completedStages()));
    }

    /**
     * Ends the run as FAILED: the trials still running are stopped, what finished is checkpointed (so that
     * {@code --resume} continues once the cause is fixed) and the reason goes to the event stream.
     */
    private RunResult failed(String why, Throwable cause) {
        Job.getJobManager().cancel(family);
        cancelTrials();
        String message = why + ". Fix the cause, then resume with --resume: finished cases are kept";
        try {
            if (state != null && telemetry != null) {
                checkpoint();
            }
        } catch (IOException | RuntimeException e) {
            message += "; the checkpoint could not be written either (" + Problems.describe(e)
                    + "): the journal of finished cases holds them";
        }
        RunResult r = new RunResult(RunResult.Status.FAILED, message, state == null ? null : best());
        if (telemetry != null) {
            try {
                RunRecords.writeOutcome(run, "failed", message, r.best());
            } catch (IOException e) {
                // the run still ends failed; without an outcome it counts as stopped, which is resumable too
            }
            event(new RunEvent.RunFinished(key(), study.getName(), Instant.now(), RunEvent.Ending.FAILED, message
                    + (cause == null ? "" : " (" + cause.getClass().getName() + ")"), r.best(), List.of()));
        }
        return r;
    }

    // ------------------------------------------------------------------ gate 0

    private RunResult gateZero(IProgressMonitor monitor) throws IOException {
        String base = study.getBaseCaseName();
        CaseRecord done = state.get(base);
        Path trialDir = run.trialDir(base, -1, 0);
        if (done == null) {
            Path design = study.getSnapshot() == null ? null : Snapshots.resolve(study.getSnapshot());
            PlannedTrial gate = TrialPlanner.gateZero(study, design == null ? null : design.toString());
            done = runTrials(List.of(gate), null, monitor).get(0);
            if (done == null) {
                return new RunResult(RunResult.Status.CANCELLED, "cancelled during gate 0", null);
            }
        }
        boolean ok = CaseState.SUCCEEDED.getLiteral().equals(done.state()) && done.metric("wns") != null;
        String src = ok ? provenanceOf(done, "wns") : done.failureSource();
        event(new RunEvent.BaseCaseVerified(key(), study.getName(), Instant.now(), base, ok, done.state(),
                done.metric("wns"), src));
        if (state.verdicts().stream().noneMatch(v -> v.rail().equals("gate0"))) {
            verdict(new VerdictRecord("gate0", ok, null, done.metric("wns"), null, List.of(base),
                    ok ? "the base case yields timing" : "the base case did not yield timing",
                    src == null ? List.of() : List.of(src)));
        }
        if (!ok) {
            String why = "gate 0: the base case " + base + " " + (done.failure() != null ? "failed ("
                    + done.failure() + ": " + done.failureMessage() + ")" : "produced no WNS") + " (evidence: "
                    + (done.failureSource() == null ? trialDir.resolve("trial.log") : done.failureSource()) + ")";
            return new RunResult(RunResult.Status.BLOCKED, why, null);
        }
        return null;
    }

    private static String provenanceOf(CaseRecord c, String metric) {
        return c.metrics().stream().filter(m -> m.name().equals(metric)).map(MetricRecord::provenance).findFirst()
                .orElse(null);
    }

    private void verdict(VerdictRecord v) {
        state.verdict(v);
        event(new RunEvent.VerdictReached(key(), study.getName(), Instant.now(), v));
    }

    /** The rails report here: verdicts into the state and the feed, evaluations into the event stream. */
    private final Rails.Sink rails = new Rails.Sink() {
        @Override
        public void verdict(VerdictRecord v) {
            StudyRunner.this.verdict(v);
        }

        @Override
        public void evaluated(String rail, String stage, String caseName, boolean tripped, Map<String, Object> details) {
            event(new RunEvent.RailEvaluated(key(), study.getName(), Instant.now(), rail, stage, caseName, tripped,
                    details));
        }
    };

    // ------------------------------------------------------------------ the stage DAG

    private RunResult stages(SubMonitor sub) throws IOException {
        StageScheduler.Result r = new StageScheduler(study, state, family, new StageScheduler.Stages() {
            @Override
            public boolean run(Stage stage, IProgressMonitor monitor) throws Exception {
                return runStage(stage, monitor);
            }

            @Override
            public boolean approve(Stage stage) throws Exception {
                return StudyRunner.this.approve(stage);
            }

            @Override
            public String studyRail() {
                return Rails.study(study.getRails(), catastrophic.get(), Duration.between(started, Instant.now()), rails);
            }

            @Override
            public void cancelTrials() {
                StudyRunner.this.cancelTrials();
            }
        }).schedule(sub);
        switch (r.ending()) {
        case FAILED -> {
            return failed(r.message(), r.cause());
        }
        case CANCELLED -> {
            return new RunResult(RunResult.Status.CANCELLED, r.message(), null);
        }
        case STUDY_RAIL -> {
            return new RunResult(RunResult.Status.ABORTED, r.message(), best());
        }
        default -> {
            // every stage that could run ran
        }
        }
        if (!r.waiting().isEmpty()) {
            waitingFor = r.waiting();
            return new RunResult(RunResult.Status.WAITING, "waiting for approval of stage(s) " + r.waiting()
                    + ": approve with ./noodle approve <study> <stage>, then run again with --resume", best());
        }
        List<String> abortedStages = study.getStages().stream().map(Stage::getName).filter(state::isAborted).toList();
        if (!abortedStages.isEmpty()) {
            return new RunResult(RunResult.Status.ABORTED, "stage(s) " + abortedStages + " aborted by their rails",
                    best());
        }
        return new RunResult(RunResult.Status.SUCCEEDED, "all " + study.getStages().size() + " stages ran", best());
    }

    private void cancelTrials() {
        running.forEach(TrialHandle::cancel);
    }

    /**
     * A human_approval stage runs no trial: once approved, its input survivors pass through as its own; once
     * rejected, it is aborted with the rejection as evidence.
     *
     * @return false while it is not decided
     */
    private boolean approve(Stage st) throws IOException {
        Optional<String> rejection = Approvals.rejectionOf(run, st.getName());
        if (rejection.isPresent()) { // rejected: the stage is aborted, and what follows it does not run
            String why = "rejected: " + rejection.get();
            verdict(new VerdictRecord("human_approval", false, null, null, st.getName(), List.of(), why,
                    List.of(run.rejection(st.getName()).toString())));
            state.stageDone(st.getName(), List.of(), true);
            checkpoint();
            event(new RunEvent.StageAborted(key(), study.getName(), Instant.now(), st.getName(), why, st.getIndex(), 0, 0));
            return true;
        }
        Optional<String> approval = Approvals.of(run, st.getName());
        if (approval.isEmpty()) {
            event(new RunEvent.ApprovalAwaited(key(), study.getName(), Instant.now(), st.getName(), st.getIndex(),
                    run.approval(st.getName()).toString()));
            return false;
        }
        List<String> through = parentsOf(st).stream().map(CaseRecord::name).toList();
        verdict(new VerdictRecord("human_approval", true, null, null, st.getName(), through, "approved: "
                + approval.get(), List.of(run.approval(st.getName()).toString())));
        state.stageDone(st.getName(), through, false);
        checkpoint();
        event(new RunEvent.StageFinished(key(), study.getName(), Instant.now(), st.getName(), through, true,
                st.getIndex(), 0, 0));
        return true;
    }

    /** @return false when cancelled */
    private boolean runStage(Stage stage, IProgressMonitor monitor) throws IOException {
        event(new RunEvent.StageStarted(key(), study.getName(), Instant.now(), stage.getName(), stage.getIndex(),
                stage.getTrialBudget()));
        List<CaseRecord> parents = parentsOf(stage);
        String left = leftOut(study, stage, adapter);
        if (left != null) { // said, never silent: the catalogue holds ECOs this flow cannot run
            event(new RunEvent.LogLine(key(), study.getName(), Instant.now(), "info", left));
        }
        List<EcoDefinition> ecos = ecosOf(stage);
        List<PlannedTrial> plan = TrialPlanner.plan(study, stage, parents, ecos);
        String fewer = ecos.isEmpty() || parents.isEmpty() ? null
                : TrialPlanner.distinctLimit(stage, parents.size(), ecos.size(), plan.size());
        if (fewer != null) { // never the same trial twice: the budget is more than there is to try
            event(new RunEvent.LogLine(key(), study.getName(), Instant.now(), "info", fewer));
        }
        List<CaseRecord> results = runTrials(plan, stage, monitor);
        flushPriors();
        if (results.contains(null)) {
            return false; // cancelled: the checkpoint holds what finished
        }
        String abort = Rails.stage(stage, results, rails);
        List<String> survivors = List.of();
        if (abort == null) {
            survivors = rank(stage, results);
            abort = Rails.survivors(stage, survivors, rails);
        }
        state.stageDone(stage.getName(), survivors, abort != null);
        checkpoint();
        telemetry.stageTelemetry(stage, results, survivors, abort);
        double seconds = results.stream().mapToDouble(CaseRecord::seconds).sum();
        if (abort != null) {
            event(new RunEvent.StageAborted(key(), study.getName(), Instant.now(), stage.getName(), abort,
                    stage.getIndex(), results.size(), seconds));
        } else {
            event(new RunEvent.StageFinished(key(), study.getName(), Instant.now(), stage.getName(), survivors, false,
                    stage.getIndex(), results.size(), seconds));
        }
        return true;
    }

    private void flushPriors() throws IOException {
        List<PriorStore.Application> batch;
        synchronized (applications) {
            batch = List.copyOf(applications);
            applications.clear();
        }
        if (!batch.isEmpty()) {
            priors.recordAll(batch);
        }
    }

    /** The survivors of the input stages (the base case for a stage without inputs), in a fixed order. */
    private List<CaseRecord> parentsOf(Stage stage) {
        if (stage.getInputs().isEmpty()) {
            return List.of(state.get(study.getBaseCaseName()));
        }
        List<CaseRecord> out = new ArrayList<>();
        for (Stage in : stage.getInputs()) {
            for (String n : state.survivorsOf(in.getName())) {
                CaseRecord c = state.get(n);
                if (c != null && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The stage's ECOs (all legal catalogue ECOs when it names none), without those whose priors are
     * suspicious once the stage is at or past the policy's skip stage (the exploration rate lets a fixed,
     * deterministic share of them through), and without the ECO classes this run has blocked.
     */
    private List<EcoDefinition> ecosOf(Stage stage) throws IOException {
        Map<String, PriorStore.Prior> known = priors.read();
        var policy = stage.getRanking();
        boolean skipSuspicious = policy != null && policy.getSuspiciousSkipAfterStage() >= 0
                && stage.getIndex() >= policy.getSuspiciousSkipAfterStage();
        Set<EcoClass> blocked = blockedClasses();
        return candidateEcos(stage).stream().filter(e -> !blocked.contains(e.getEffectiveClass())).filter(e -> {
            PriorStore.Prior p = known.get(e.getName());
            if (!skipSuspicious || p == null || p.confidence() != io.noodle.model.PriorConfidence.SUSPICIOUS) {
                return true;
            }
            double draw = Math.floorMod((stage.getName() + "/" + e.getName()).hashCode(), 1000) / 1000.0;
            boolean explore = draw < policy.getExplorationRate();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("rail", "suspicious_eco");
            d.put("stage", stage.getName());
            d.put("eco", e.getName());
            d.put("applications", p.applications());
            d.put("successes", p.successes());
            d.put("mean_delta_wns_ps", p.meanDeltaWnsPs());
            d.put("explored", explore);
            rails.evaluated("suspicious_eco", stage.getName(), null, !explore, d);
            return explore;
        }).toList();
    }

    /** ECO classes with at least 3 applications in this run and a failure rate of 0.7 or more. */
    private Set<EcoClass> blockedClasses() {
        Map<EcoClass, int[]> counts = new java.util.EnumMap<>(EcoClass.class);
        for (CaseRecord c : state.all()) {
            EcoDefinition e = c.eco() == null ? null : Ecos.find(study, c.eco());
            if (e != null) {
                int[] n = counts.computeIfAbsent(e.getEffectiveClass(), k -> new int[2]);
                n[0]++;
                n[1] += c.failure() != null ? 1 : 0;
            }
        }
        Set<EcoClass> out = java.util.EnumSet.noneOf(EcoClass.class);
        counts.forEach((k, n) -> {
            if (n[0] >= Ecos.MIN_APPLICATIONS && (double) n[1] / n[0] >= 0.7) {
                out.add(k);
            }
        });
        return out;
    }

    private List<EcoDefinition> candidateEcos(Stage stage) {
        return candidateEcos(study, stage, adapter);
    }

    /**
     * The ECOs a stage may apply before priors and blocked classes: those it names, else every legal one the
     * adapter can run.
     */
    public static List<EcoDefinition> candidateEcos(Study study, Stage stage, TrialAdapter adapter) {
        if (!stage.getEcoNames().isEmpty()) {
            return stage.getEcoNames().stream().map(n -> Ecos.find(study, n)).toList();
        }
        return legalEcos(study, stage).stream().filter(e -> adapter.cannotRun(e) == null).toList();
    }

    /** For a stage naming no ECOs: which legal ECOs the adapter cannot run, and why; null when none. */
    public static String leftOut(Study study, Stage stage, TrialAdapter adapter) {
        if (!stage.getEcoNames().isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (EcoDefinition e : legalEcos(study, stage)) {
            String why = adapter.cannotRun(e);
            if (why != null) {
                out.add(e.getName());
            }
        }
        return out.isEmpty() ? null : "stage '" + stage.getName() + "': left out, as the flow cannot run them: "
                + String.join(", ", out);
    }

    /** Every ECO of the catalogue a stage naming none may apply: the domain's and the stage's classes, the lists. */
    public static List<EcoDefinition> legalEcos(Study study, Stage stage) {
        Set<EcoClass> allowed = Ecos.allowedBy(study.getSafetyDomain());
        return study.getEcos().stream().filter(e -> allowed.contains(e.getEffectiveClass()))
                .filter(e -> stage.getAllowedClasses().isEmpty() || stage.getAllowedClasses().contains(e.getEffectiveClass()))
                .filter(e -> study.getEcoWhitelist().isEmpty() || study.getEcoWhitelist().contains(e.getName()))
                .filter(e -> !study.getEcoBlacklist().contains(e.getName())).toList();
    }

    // ------------------------------------------------------------------ trials

    /**
     * Runs the planned trials (those not finished before), records each as it finishes and journals it.
     *
     * @return the finished cases in plan order; an entry is null when the trial was cancelled
     */
    private List<CaseRecord> runTrials(List<PlannedTrial> plan, Stage stage, IProgressMonitor monitor)
            throws IOException {
        List<CaseRecord> out = new ArrayList<>();
        Map<Integer, TrialHandle> handles = new LinkedHashMap<>();
        Map<Integer, TrialRequest> requests = new LinkedHashMap<>();
        Map<Integer, Instant> queuedAt = new LinkedHashMap<>();
        Map<Integer, Long> queuedNanos = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedTrial p = plan.get(i);
            CaseRecord done = state.get(p.caseName());
            out.add(done);
            if (done != null) {
                continue; // finished before a crash or cancel: never run again
            }
            event(new RunEvent.TrialQueued(key(), study.getName(), Instant.now(), p.caseName(), p.stage(), p.index(),
                    p.parent(), p.ecoName(), p.arguments()));
        }
        for (int i = 0; i < plan.size(); i++) {
            PlannedTrial p = plan.get(i);
            if (out.get(i) != null) {
                continue;
            }
            Path dir = run.trialDir(p.caseName(), p.stage(), p.index());
            io.noodle.core.io.FileTrees.delete(dir); // a trial that was running when the run died starts afresh
            Files.createDirectories(dir);
            TrialRequest req = new TrialRequest(p.caseName(), p.stage(), p.mode(),
                    p.parentDesign() == null ? List.of() : List.of(Path.of(p.parentDesign())), p.eco(), p.arguments(),
                    dir, Duration.ofSeconds(p.timeoutSeconds()));
            TrialSpec spec = adapter.prepare(req).withBaseEnv(study.getEnvironment().map()); // the study's variables
            if (p.memoryMb() > 0 && (spec.memoryMb() == 0 || spec.memoryMb() > p.memoryMb())) {
                spec = spec.withMemoryMb(p.memoryMb()); // the stage's limit, enforced by the executor
            }
            Instant now = Instant.now();
            queuedAt.put(i, now);
            queuedNanos.put(i, System.nanoTime());
            event(new RunEvent.TrialStarted(key(), study.getName(), now, p.caseName(), p.stage(), p.ecoName()));
            TrialHandle h = executor.submit(spec);
            running.add(h);
            handles.put(i, h);
            requests.put(i, req);
        }
        for (var e : handles.entrySet()) {
            TrialHandle h = e.getValue();
            TrialOutcome o = await(h, monitor, stage);
            running.remove(h);
            if (o == null || o.cancelled()) {
                handles.values().forEach(TrialHandle::cancel);
                continue;
            }
            Instant queued = queuedAt.get(e.getKey());
            // the process started when the executor gave it a slot; it ended its elapsed time later
            Instant started = h.startedAt().isPresent()
                    ? queued.plusNanos(Math.max(0, h.startedAt().getAsLong() - queuedNanos.get(e.getKey()))) : null;
            Instant finished = started != null ? started.plus(o.elapsed()) : Instant.now();
            CaseRecord c = record(plan.get(e.getKey()), requests.get(e.getKey()), stage, o,
                    new Instant[] { queued, started, finished });
            state.add(c);
            // the trial's outputs reach the disk before the journal says it finished: after a power loss a
            // finished case never points at a truncated design. Its telemetry is queued after that, so the walk
            // never meets the telemetry writer's files coming and going.
            Path dir = requests.get(e.getKey()).directory();
            io.noodle.core.io.FileTrees.force(dir);
            telemetry.trialTelemetry(c, dir);
            state.journal(run.journal(), c);
            event(new RunEvent.TrialFinished(key(), study.getName(), Instant.now(), c));
            out.set(e.getKey(), c);
        }
        return out;
    }

    private TrialOutcome await(TrialHandle h, IProgressMonitor monitor, Stage stage) {
        long softNanos = stage == null || stage.getRails() == null || stage.getRails().getSoftTimeoutSeconds() <= 0 ? 0
                : TimeUnit.SECONDS.toNanos(stage.getRails().getSoftTimeoutSeconds());
        boolean warned = false;
        while (true) {
            if (monitor.isCanceled()) {
                h.cancel();
            }
            if (softNanos > 0 && !warned && h.startedAt().isPresent()
                    && System.nanoTime() - h.startedAt().getAsLong() > softNanos && !h.outcome().isDone()) {
                warned = true; // the soft timeout only warns; the hard timeout kills
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("rail", "soft_timeout");
                d.put("case", h.spec().id());
                d.put("threshold", stage.getRails().getSoftTimeoutSeconds());
                d.put("observed_at_least", stage.getRails().getSoftTimeoutSeconds());
                d.put("severity", "warning");
                rails.evaluated("soft_timeout", stage.getName(), h.spec().id(), false, d);
                double soft = stage.getRails().getSoftTimeoutSeconds();
                rails.verdict(new VerdictRecord(VerdictRecord.SOFT_TIMEOUT, true, soft, soft, stage.getName(),
                        List.of(h.spec().id()), "warning: the trial has run past the soft timeout of "
                                + ParameterValues.plain(soft) + " s (it goes on; the trial timeout of "
                                + stage.getRails().getTrialTimeoutSeconds() + " s stops it)",
                        List.of(h.spec().directory().resolve("trial.log").toString())));
            }
            try {
                return h.outcome().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                h.cancel();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("the executor failed on trial " + h.spec().id() + ": "
                        + Problems.describe(e.getCause()), e.getCause());
            }
        }
    }

    /** Classifies the outcome, lets the adapter read it and applies the per-trial rail. */
    private CaseRecord record(PlannedTrial p, TrialRequest req, Stage stage, TrialOutcome o, Instant[] times) {
        TrialResult r;
        try {
            r = nonFinite(adapter.collect(req, o));
        } catch (RuntimeException | StackOverflowError e) { // NOPMD: the trial's output broke the reader
            r = TrialResult.failed(FailureType.PARSE_FAILURE, "its output could not be read: " + Problems.describe(e),
                    new SourceLine(req.directory().toString(), 0));
        }
        Failures.Failure processFailure = Failures.of(o);
        if (processFailure != null) {
            // the process's fate decides the type; the adapter may name the tool's own error and where it is
            boolean detail = !r.succeeded() && r.message() != null && r.source() != null;
            r = TrialResult.failed(processFailure.type(), processFailure.message() + (detail ? "; " + r.message() : ""),
                    detail ? r.source() : new SourceLine(o.logFile().toString(), 0));
        }
        String caseState = r.succeeded() ? CaseState.SUCCEEDED.getLiteral()
                : r.failure() == FailureType.TIMEOUT ? CaseState.TIMED_OUT.getLiteral() : CaseState.FAILED.getLiteral();
        String failureMessage = r.message();
        if (r.succeeded() && r.metric("wns") != null) {
            String rejected = Rails.trialWns(stage, req.caseName(), r.metric("wns").value(),
                    String.valueOf(r.metric("wns").provenance()), rails);
            if (rejected != null) {
                caseState = CaseState.GATE_REJECTED.getLiteral();
                failureMessage = rejected;
            }
        }
        if (r.failure() != null && Results.CATASTROPHIC.contains(r.failure())) {
            catastrophic.incrementAndGet();
        }
        if (req.eco() != null) {
            CaseRecord parent = p.parent() == null ? null : state.get(p.parent());
            Double delta = r.metric("wns") == null || parent == null || parent.metric("wns") == null ? null
                    : r.metric("wns").value() - parent.metric("wns");
            applications.add(new PriorStore.Application(req.eco().getName(), r.succeeded(), delta));
        }
        List<MetricRecord> metrics = r.metrics().stream().map(m -> new MetricRecord(m.name(), m.value(), m.unit(),
                m.provenance() == null ? null : m.provenance().toString())).toList();
        CaseRecord c = new CaseRecord(req.caseName(), req.stageIndex(), p.index(),
                p.parent() == null ? List.of() : List.of(p.parent()), p.ecoName(), p.arguments(), caseState,
                r.failure() == null ? null : r.failure().getLiteral(), failureMessage,
                r.source() == null ? null : r.source().toString(), metrics,
                r.design() == null ? null : r.design().toString(), p.ecoPath(), o.elapsed().toMillis() / 1000.0,
                iso(times[0]), iso(times[1]), iso(times[2]), o.where() == null ? "local" : o.where());
        return c;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    /** A result with a NaN or infinite metric is an invalid_result, never a success that could win a ranking. */
    static TrialResult nonFinite(TrialResult r) {
        if (!r.succeeded()) {
            return r;
        }
        for (MetricValue m : r.metrics()) {
            if (!Double.isFinite(m.value())) {
                return TrialResult.failed(FailureType.INVALID_RESULT, "metric " + Problems.escape(m.name(), 80) + " is "
                        + m.value() + ", not a finite number", m.provenance());
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ ranking and the end

    private List<String> rank(Stage stage, List<CaseRecord> results) {
        List<Ranking.Candidate> candidates = new ArrayList<>();
        for (CaseRecord c : results) {
            if (!CaseState.SUCCEEDED.getLiteral().equals(c.state()) || c.metric("wns") == null) {
                continue;
            }
            CaseRecord parent = c.parents().isEmpty() ? null : state.get(c.parents().get(0));
            candidates.add(new Ranking.Candidate(c.name(), c.metric("wns"), orNaN(c.metric("congestion")),
                    parent == null || parent.metric("wns") == null ? c.metric("wns") : parent.metric("wns"),
                    parent == null ? Double.NaN : orNaN(parent.metric("congestion")), c.ecoPath()));
        }
        var policy = stage.getRanking() != null ? stage.getRanking()
                : io.noodle.model.NoodleFactory.eINSTANCE.createRankingPolicy();
        var objective = study.getObjective();
        return Ranking.survivors(policy, objective == null ? io.noodle.model.ObjectiveMode.WEIGHTED_SUM
                : objective.getMode(), objective == null ? List.of() : objective.getMetricOrder(), candidates,
                stage.getSurvivorCount(), stage.getName().hashCode()).stream().map(Ranking.Candidate::name).toList();
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    private String best() {
        return state.all().stream().filter(c -> CaseState.SUCCEEDED.getLiteral().equals(c.state()) && c.metric("wns") != null)
                .max(Comparator.comparingDouble((CaseRecord c) -> c.metric("wns"))
                        .thenComparing(CaseRecord::name, Comparator.reverseOrder()))
                .map(CaseRecord::name).orElse(null);
    }

    /** Checkpoints, writes the outcome and the run's summary files, and tells the end. */
    private RunResult finish(RunResult r) throws IOException {
        io.noodle.core.process.ProcessGroups.killMarkedUnder(run.root()); // anything a trial left, however it hid
        checkpoint();
        RunRecords.writeOutcome(run, r.status().name().toLowerCase(Locale.ROOT), r.message(), r.best());
        telemetry.summary(study, state.all(), r, Duration.between(started, Instant.now()), state.completedStages(),
                finalSurvivors(), state.verdicts());
        event(new RunEvent.RunFinished(key(), study.getName(), Instant.now(), RunEvent.Ending.valueOf(r.status().name()),
                r.message(), r.best(), waitingFor));
        return r;
    }

    /** The survivors of the stages no other stage follows: what the study ends with. */
    private List<String> finalSurvivors() {
        Set<Stage> followed = new java.util.HashSet<>();
        study.getStages().forEach(st -> followed.addAll(st.getInputs()));
        List<String> out = new ArrayList<>();
        for (Stage st : study.getStages()) {
            if (!followed.contains(st)) {
                state.survivorsOf(st.getName()).stream().filter(n -> !out.contains(n)).forEach(out::add);
            }
        }
        return out;
    }

    /** What the run has finished (for views and tests). */
    public List<CaseRecord> finishedCases() {
        return state == null ? List.of() : state.all();
    }

    /** The verdicts the run has reached, with their evidence (for views and tests). */
    public List<VerdictRecord> verdicts() {
        return state == null ? List.of() : state.verdicts();
    }

    /** Survivors the stage chose (empty before it finished). */
    public List<String> survivorsOf(String stage) {
        return state == null ? List.of() : state.survivorsOf(stage);
    }
}
