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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import io.noodle.core.io.FileTrees;
import io.noodle.core.io.Problems;
import io.noodle.core.workspace.FileLease;
import io.noodle.core.workspace.LockHeldException;
import io.noodle.engine.events.EngineEvent;
import io.noodle.engine.events.EventBus;
import io.noodle.engine.exec.TrialExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.run.RunState.FinishedCase;
import io.noodle.model.CaseState;
import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.FailureType;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.derived.Ecos;
import io.noodle.model.derived.StageGraph;
import io.noodle.model.derived.TrialTimeouts;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.validation.LegalityReport;

/**
 * Runs a study: the legality check, gate 0 on the base case, then every stage of the DAG as an Eclipse
 * {@link Job} of the run's family (independent branches at the same time, a convergence stage once all its
 * inputs are done), with the stage, trial and study rails, survivor ranking, a checkpoint after every
 * finished trial and stage, and the event stream. Results do not depend on timing: case names, ECO and
 * parent choices and survivors follow from the study alone.
 */
public final class StudyRunner {

    /** The catastrophic failure types (counted by the catastrophic rails). */
    static final Set<FailureType> CATASTROPHIC = Set.of(FailureType.TOOL_CRASH, FailureType.OOM);

    private final Study study;
    private final Path folder;
    private final TrialAdapter adapter;
    private final TrialExecutor executor;
    private final EventBus bus;
    private final boolean resume;
    private final Object family = new Object();
    private final Set<TrialHandle> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger catastrophic = new AtomicInteger();
    private final PriorStore priors;
    /** Applications not yet written to the prior store (written once per stage). */
    private final List<PriorStore.Application> applications = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile RunState state;
    private Telemetry telemetry;
    private Instant started;

    /**
     * @param study  a loaded study
     * @param folder the study folder: every file of the run goes below it
     * @param resume continue from the checkpoint instead of refusing to overwrite it
     */
    public StudyRunner(Study study, Path folder, TrialAdapter adapter, TrialExecutor executor, EventBus bus,
            boolean resume) {
        this.study = study;
        this.folder = folder.toAbsolutePath().normalize();
        this.adapter = adapter;
        this.executor = executor;
        this.bus = bus;
        this.resume = resume;
        this.priors = new PriorStore(workspace());
    }

    /** The job family of this run's stage jobs: {@code Job.getJobManager().cancel(family)} stops them all. */
    public Object family() {
        return family;
    }

    /** Runs the study to its end, a rail, or cancellation of the monitor. */
    public RunResult run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Running study " + study.getName(),
                study.getStages().size() + 1);
        FileLease lease;
        FileLease workspaceLease;
        try {
            Files.createDirectories(folder);
            // the workspace lease, keyed by the run's absolute path: the workspace knows which runs are live
            Path leases = Files.createDirectories(workspace().resolve(".metadata").resolve("runs"));
            workspaceLease = FileLease.acquire(leases.resolve(leaseName(folder)), "noodle run of " + folder,
                    "Study " + folder);
            try {
                lease = FileLease.acquire(folder.resolve("run.lock"), "noodle run of " + study.getName(),
                        "Study " + folder);
            } catch (LockHeldException | IOException e) {
                workspaceLease.close();
                throw e;
            }
        } catch (LockHeldException e) {
            return new RunResult(RunResult.Status.REFUSED, e.getMessage(), null);
        } catch (IOException e) {
            return new RunResult(RunResult.Status.FAILED, "cannot lock " + folder + ": " + e.getMessage(), null);
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

    /**
     * Ends the run as FAILED: the trials still running are stopped, what finished is checkpointed (so that
     * {@code --resume} continues once the cause is fixed) and the reason goes to the event stream.
     */
    private RunResult failed(String why, Throwable cause) {
        Job.getJobManager().cancel(family);
        cancelTrials();
        String message = why + ". Fix the cause, then resume with --resume: finished cases are kept";
        String detail = cause == null ? "" : " (" + cause.getClass().getName() + ")";
        try {
            if (state != null && telemetry != null) {
                checkpoint();
            }
        } catch (IOException | RuntimeException e) {
            message += "; the checkpoint could not be written either (" + Problems.describe(e)
                    + "): the journal of finished cases holds them";
        }
        if (telemetry != null) {
            telemetry.event(EngineEvent.STUDY_FAILED, Map.of("reason", message + detail, "resumable", true));
        }
        return new RunResult(RunResult.Status.FAILED, message, state == null ? null : best());
    }

    /** The whole checkpoint, once the telemetry of the trials finished so far is written. */
    private void checkpoint() throws IOException {
        telemetry.flushTrials();
        state.write(telemetry.checkpointFile(), study.getName());
    }

    /** The workspace a study folder belongs to: its parent folder. */
    private Path workspace() {
        return folder.getParent() == null ? folder : folder.getParent();
    }

    /** A file name for the workspace lease of a run folder: readable, and unique by the folder's SHA-256. */
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

    private RunResult runLocked(SubMonitor sub) throws IOException {
        started = Instant.now();
        telemetry = new Telemetry(study.getName(), folder, bus);
        Path checkpoint = telemetry.checkpointFile();
        boolean earlier = Files.exists(checkpoint) || Files.exists(RunState.journalOf(checkpoint));
        if (earlier && !resume) {
            return new RunResult(RunResult.Status.REFUSED, folder + " holds the checkpoint of an earlier run; resume "
                    + "it (--resume) or move its run data away first. Nothing was overwritten.", null);
        }
        state = resume && earlier ? RunState.read(checkpoint) : new RunState();

        LegalityReport legality = LegalityReport.of(study);
        telemetry.writeReport("legality.txt", legality.toText());
        telemetry.event(EngineEvent.LEGALITY_CHECK, Map.of("legal", legality.isLegal(), "errors",
                legality.errorCount(), "warnings", legality.warningCount()));
        if (!legality.isLegal()) {
            return new RunResult(RunResult.Status.REFUSED, "the study is illegal (" + legality.errorCount()
                    + " error(s)); see " + folder.resolve("reports/legality.txt") + ". No compute ran.", null);
        }
        List<String> problems = adapter.problems(study);
        if (!problems.isEmpty()) {
            telemetry.writeReport("adapter-problems.txt", String.join("\n", problems) + "\n");
            return new RunResult(RunResult.Status.REFUSED, "the flow cannot run this study:\n  - "
                    + String.join("\n  - ", problems) + "\nNo compute ran.", null);
        }
        telemetry.event(EngineEvent.STUDY_START, Map.of("stages", study.getStages().size(), "resume", resume,
                "slots", executor.slots()));

        RunResult gate = gateZero(sub.split(1));
        if (gate != null) {
            return finish(gate);
        }
        return finish(stages(sub.split(study.getStages().size())));
    }

    // ------------------------------------------------------------------ gate 0

    private RunResult gateZero(IProgressMonitor monitor) throws IOException {
        String base = study.getBaseCaseName();
        FinishedCase done = state.get(base);
        if (done == null) {
            Path design = study.getSnapshot() == null ? null : Snapshots.resolve(study.getSnapshot());
            TrialRequest req = new TrialRequest(base, -1, ExecutionMode.STA_ONLY,
                    design == null ? List.of() : List.of(design), null, Map.of(),
                    telemetry.trialDir(base, -1, 0), Duration.ofSeconds(TrialTimeouts.studyDefault(study)));
            done = runTrials(List.of(new Planned(req, 0, List.of(), List.of())), null, monitor).get(0);
            if (done == null) {
                return new RunResult(RunResult.Status.CANCELLED, "cancelled during gate 0", null);
            }
        }
        boolean ok = CaseState.SUCCEEDED.getLiteral().equals(done.state()) && done.metric("wns") != null;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("case", base);
        evidence.put("passed", ok);
        evidence.put("state", done.state());
        evidence.put("wns_ps", done.metric("wns"));
        evidence.put("source", ok ? provenanceOf(done, "wns") : done.failureSource());
        telemetry.event(EngineEvent.BASE_CASE_VERIFICATION, evidence);
        if (state.verdicts().stream().noneMatch(v -> v.rail().equals("gate0"))) {
            String src = ok ? provenanceOf(done, "wns") : done.failureSource();
            state.verdict(new RunState.Verdict("gate0", ok, null, done.metric("wns"), null, List.of(base),
                    ok ? "the base case yields timing" : "the base case did not yield timing",
                    src == null ? List.of() : List.of(src)));
        }
        if (!ok) {
            String why = "gate 0: the base case " + base + " " + (done.failure() != null ? "failed ("
                    + done.failure() + ": " + done.failureMessage() + ")" : "produced no WNS") + " (evidence: "
                    + (done.failureSource() == null ? telemetry.trialDir(base, -1, 0).resolve("trial.log")
                            : done.failureSource())
                    + ")";
            telemetry.writeReport("safety_trace.txt", why + "\n");
            telemetry.event(EngineEvent.STUDY_BLOCKED, Map.of("reason", why));
            return new RunResult(RunResult.Status.BLOCKED, why, null);
        }
        return null;
    }

    private static String provenanceOf(FinishedCase c, String metric) {
        return c.metrics().stream().filter(m -> m.name().equals(metric)).map(RunState.Metric::provenance)
                .findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ the stage DAG

    private RunResult stages(SubMonitor sub) throws IOException {
        List<Stage> order = StageGraph.topologicalOrder(study);
        Map<Stage, Job> jobs = new LinkedHashMap<>();
        LinkedBlockingQueue<Stage> finished = new LinkedBlockingQueue<>();
        List<Stage> pending = new ArrayList<>(order);
        List<String> waiting = new ArrayList<>();
        String abortReason = null;
        while (!pending.isEmpty() || !jobs.isEmpty()) {
            if (abortReason != null) {
                pending.clear(); // a study rail fired: start nothing new, let the running stages end
            }
            // schedule every stage whose inputs are done, in the deterministic order
            for (Stage st : List.copyOf(pending)) {
                List<Stage> inputs = st.getInputs();
                if (state.isCompleted(st.getName()) || state.isAborted(st.getName())) {
                    pending.remove(st);
                    sub.worked(1);
                    continue;
                }
                if (inputs.stream().anyMatch(i -> state.isAborted(i.getName()))) {
                    pending.remove(st); // an input was aborted: this stage cannot run
                    state.stageDone(st.getName(), List.of(), true);
                    continue;
                }
                if (inputs.stream().allMatch(i -> state.isCompleted(i.getName()))
                        && st.getType() == io.noodle.model.StageType.HUMAN_APPROVAL) {
                    pending.remove(st);
                    if (!approve(st)) {
                        waiting.add(st.getName());
                    }
                    continue;
                }
                if (inputs.stream().allMatch(i -> state.isCompleted(i.getName()))) {
                    pending.remove(st);
                    Job job = new StageJob(st);
                    job.addJobChangeListener(new JobChangeAdapter() {
                        @Override
                        public void done(IJobChangeEvent event) {
                            finished.add(st);
                        }
                    });
                    jobs.put(st, job);
                    job.schedule();
                }
            }
            if (jobs.isEmpty()) {
                break;
            }
            Stage done;
            try {
                done = finished.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = null;
                sub.setCanceled(true);
            }
            if (done != null) {
                IStatus result = jobs.remove(done).getResult();
                sub.worked(1);
                if (result != null && result.getSeverity() == IStatus.ERROR) {
                    // a stage that throws is never dropped: the run fails with its reason, resumably
                    Job.getJobManager().cancel(family);
                    cancelTrials();
                    waitFor(jobs.values());
                    return failed(result.getMessage(), result.getException());
                }
                if (result != null && result.getSeverity() == IStatus.CANCEL && abortReason == null) {
                    sub.setCanceled(true);
                }
            }
            String studyRail = studyRail();
            if (studyRail != null && abortReason == null) {
                abortReason = studyRail;
                Job.getJobManager().cancel(family);
                cancelTrials();
            }
            if (sub.isCanceled() && abortReason == null) {
                Job.getJobManager().cancel(family);
                cancelTrials();
                waitFor(jobs.values());
                checkpoint();
                telemetry.event(EngineEvent.STUDY_CANCELLED, Map.of("resumable", true));
                return new RunResult(RunResult.Status.CANCELLED, "cancelled; resume with --resume", null);
            }
        }
        if (abortReason != null) {
            telemetry.event(EngineEvent.STUDY_ABORTED, Map.of("reason", abortReason));
            return new RunResult(RunResult.Status.ABORTED, abortReason, best());
        }
        if (!waiting.isEmpty()) {
            checkpoint();
            String why = "waiting for approval of stage(s) " + waiting + ": approve with ./noodle approve <study> <stage>, "
                    + "then run again with --resume";
            telemetry.event(EngineEvent.STUDY_WAITING, Map.of("stages", waiting));
            return new RunResult(RunResult.Status.WAITING, why, best());
        }
        List<String> abortedStages = study.getStages().stream().map(Stage::getName).filter(state::isAborted).toList();
        if (!abortedStages.isEmpty()) {
            String why = "stage(s) " + abortedStages + " aborted by their rails";
            telemetry.event(EngineEvent.STUDY_ABORTED, Map.of("reason", why));
            return new RunResult(RunResult.Status.ABORTED, why, best());
        }
        telemetry.event(EngineEvent.STUDY_COMPLETE, Map.of("best", String.valueOf(best())));
        return new RunResult(RunResult.Status.SUCCEEDED, "all " + study.getStages().size() + " stages ran", best());
    }

    private static void waitFor(java.util.Collection<Job> jobs) {
        for (Job j : jobs) {
            try {
                j.join(10_000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void cancelTrials() {
        running.forEach(TrialHandle::cancel);
    }

    /** The study rails: too many catastrophic failures, or too long a run. */
    private String studyRail() {
        var rails = study.getRails();
        if (rails == null) {
            return null;
        }
        if (catastrophic.get() > rails.getCatastrophicFailures()) {
            telemetry.event(EngineEvent.ABORT_EVALUATION, Map.of("rail", "catastrophic_failures", "threshold",
                    rails.getCatastrophicFailures(), "observed", catastrophic.get()));
            String why = "study rail catastrophic_failures: " + catastrophic.get() + " catastrophic failures exceed "
                    + rails.getCatastrophicFailures();
            state.verdict(new RunState.Verdict("catastrophic_failures", false, (double) rails.getCatastrophicFailures(),
                    (double) catastrophic.get(), null, List.of(), why, List.of()));
            return why;
        }
        double hours = Duration.between(started, Instant.now()).toMillis() / 3_600_000.0;
        if (rails.getMaxRuntimeHours() > 0 && hours > rails.getMaxRuntimeHours()) {
            telemetry.event(EngineEvent.ABORT_EVALUATION, Map.of("rail", "max_runtime_hours", "threshold",
                    rails.getMaxRuntimeHours(), "observed", hours));
            String why = String.format(java.util.Locale.ROOT, "study rail max_runtime_hours: ran %.4f h, limit %s h",
                    hours, rails.getMaxRuntimeHours());
            state.verdict(new RunState.Verdict("max_runtime_hours", false, rails.getMaxRuntimeHours(), hours, null,
                    List.of(), why, List.of()));
            return why;
        }
        return null;
    }

    /** The file a person creates to approve a human_approval stage (see {@code noodle approve}). */
    public static Path approvalFile(Path studyFolder, String stage) {
        return FileTrees.child(studyFolder.resolve("approvals"), stage + ".approved");
    }

    /**
     * A human_approval stage runs no trial: once approved, its input survivors pass through as its own.
     *
     * @return false while it is not approved
     */
    private boolean approve(Stage st) throws IOException {
        Path approval = approvalFile(folder, st.getName());
        if (!Files.exists(approval)) {
            telemetry.event(EngineEvent.STAGE_START, Map.of("stage", st.getName(), "index", st.getIndex(), "budget", 0,
                    "awaiting_approval", approval.toString()));
            return false;
        }
        List<String> through = parentsOf(st).stream().map(FinishedCase::name).toList();
        state.verdict(new RunState.Verdict("human_approval", true, null, null, st.getName(), through,
                "approved: " + Files.readString(approval, StandardCharsets.UTF_8).strip(), List.of(approval.toString())));
        state.stageDone(st.getName(), through, false);
        checkpoint();
        telemetry.event(EngineEvent.STAGE_COMPLETE, Map.of("stage", st.getName(), "survivors", through, "approved", true));
        return true;
    }

    /** One stage of the study as a job of the run's family. */
    private final class StageJob extends Job {
        private final Stage stage;

        StageJob(Stage stage) {
            super("Stage " + stage.getIndex() + " '" + stage.getName() + "' of " + study.getName());
            this.stage = stage;
        }

        @Override
        public boolean belongsTo(Object f) {
            return f == family;
        }

        @Override
        protected void canceling() {
            cancelTrials(); // reach the blocked waits: kill the trials' processes now
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                return runStage(stage, monitor) ? Status.OK_STATUS : Status.CANCEL_STATUS;
            } catch (Throwable t) { // NOPMD: any failure of a stage fails the run (see stages()), never drops it
                return Status.error("stage '" + stage.getName() + "' failed: " + Problems.describe(t), t);
            }
        }
    }

    /**
     * A trial planned for a stage: the request, its index in the stage (0 for gate 0), the parents' names and
     * the ECO path up to the new case.
     */
    private record Planned(TrialRequest request, int index, List<String> parents, List<String> ecoPath) {
    }

    /** @return false when cancelled */
    private boolean runStage(Stage stage, IProgressMonitor monitor) throws IOException {
        int si = stage.getIndex();
        telemetry.event(EngineEvent.STAGE_START, Map.of("stage", stage.getName(), "index", si, "budget",
                stage.getTrialBudget()));
        List<FinishedCase> parents = parentsOf(stage);
        List<EcoDefinition> ecos = ecosOf(stage);
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> repetitions = new java.util.HashMap<>();
        for (int j = 0; j < stage.getTrialBudget() && !ecos.isEmpty() && !parents.isEmpty(); j++) {
            FinishedCase parent = parents.get(j % parents.size());
            EcoDefinition eco = ecos.get(j % ecos.size());
            String name = CaseNames.name(study.getBaseCaseName(), si, j);
            // the same ECO on the same parent again: the next point of its parameter sweep
            int repetition = repetitions.merge(parent.name() + "\u0000" + eco.getName(), 1, Integer::sum) - 1;
            Map<String, String> args = ParameterSweep.values(eco, repetition);
            List<String> path = new ArrayList<>(parent.ecoPath());
            path.add(eco.getName());
            Duration timeout = Duration.ofSeconds(TrialTimeouts.seconds(study, stage));
            TrialRequest req = new TrialRequest(name, si, stage.getExecutionMode(),
                    parent.design() == null ? List.of() : List.of(Path.of(parent.design())), eco, args,
                    telemetry.trialDir(name, si, j), timeout);
            plan.add(new Planned(req, j, List.of(parent.name()), path));
        }
        List<FinishedCase> results = runTrials(plan, stage, monitor);
        flushPriors();
        if (results.contains(null)) {
            return false; // cancelled: the checkpoint holds what finished
        }
        String abort = stageRail(stage, results);
        List<String> survivors = List.of();
        if (abort == null) {
            survivors = rank(stage, results);
            if (survivors.isEmpty()) {
                abort = "stage rail no_survivors: no case of stage '" + stage.getName() + "' survived";
            }
            state.verdict(new RunState.Verdict("no_survivors", !survivors.isEmpty(), (double) 1, (double) survivors.size(),
                    stage.getName(), survivors, survivors.isEmpty() ? abort : "survivors " + survivors, List.of()));
        }
        state.stageDone(stage.getName(), survivors, abort != null);
        checkpoint();
        telemetry.stageTelemetry(stage, results, survivors, abort);
        if (abort != null) {
            telemetry.event(EngineEvent.STAGE_ABORTED, Map.of("stage", stage.getName(), "reason", abort));
        } else {
            telemetry.event(EngineEvent.STAGE_COMPLETE, Map.of("stage", stage.getName(), "survivors", survivors));
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
    private List<FinishedCase> parentsOf(Stage stage) {
        if (stage.getInputs().isEmpty()) {
            return List.of(state.get(study.getBaseCaseName()));
        }
        List<FinishedCase> out = new ArrayList<>();
        for (Stage in : stage.getInputs()) {
            for (String n : state.survivorsOf(in.getName())) {
                FinishedCase c = state.get(n);
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
        Set<io.noodle.model.EcoClass> blocked = blockedClasses();
        return candidateEcos(stage).stream().filter(e -> !blocked.contains(e.getEffectiveClass())).filter(e -> {
            PriorStore.Prior p = known.get(e.getName());
            if (!skipSuspicious || p == null || p.confidence() != io.noodle.model.PriorConfidence.SUSPICIOUS) {
                return true;
            }
            double draw = Math.floorMod((stage.getName() + "/" + e.getName()).hashCode(), 1000) / 1000.0;
            boolean explore = draw < policy.getExplorationRate();
            telemetry.event(EngineEvent.ABORT_EVALUATION, Map.of("rail", "suspicious_eco", "stage", stage.getName(),
                    "eco", e.getName(), "applications", p.applications(), "successes", p.successes(),
                    "mean_delta_wns_ps", p.meanDeltaWnsPs(), "explored", explore));
            return explore;
        }).toList();
    }

    /** ECO classes with at least 3 applications in this run and a failure rate of 0.7 or more. */
    private Set<io.noodle.model.EcoClass> blockedClasses() {
        Map<io.noodle.model.EcoClass, int[]> counts = new java.util.EnumMap<>(io.noodle.model.EcoClass.class);
        for (FinishedCase c : state.all()) {
            EcoDefinition e = c.eco() == null ? null : Ecos.find(study, c.eco());
            if (e != null) {
                int[] n = counts.computeIfAbsent(e.getEffectiveClass(), k -> new int[2]);
                n[0]++;
                n[1] += c.failure() != null ? 1 : 0;
            }
        }
        Set<io.noodle.model.EcoClass> out = java.util.EnumSet.noneOf(io.noodle.model.EcoClass.class);
        counts.forEach((k, n) -> {
            if (n[0] >= Ecos.MIN_APPLICATIONS && (double) n[1] / n[0] >= 0.7) {
                out.add(k);
            }
        });
        return out;
    }

    private List<EcoDefinition> candidateEcos(Stage stage) {
        if (!stage.getEcoNames().isEmpty()) {
            return stage.getEcoNames().stream().map(n -> Ecos.find(study, n)).toList();
        }
        Set<io.noodle.model.EcoClass> allowed = Ecos.allowedBy(study.getSafetyDomain());
        return study.getEcos().stream().filter(e -> allowed.contains(e.getEffectiveClass()))
                .filter(e -> stage.getAllowedClasses().isEmpty() || stage.getAllowedClasses().contains(e.getEffectiveClass()))
                .filter(e -> study.getEcoWhitelist().isEmpty() || study.getEcoWhitelist().contains(e.getName()))
                .filter(e -> !study.getEcoBlacklist().contains(e.getName())).toList();
    }

    // ------------------------------------------------------------------ trials

    /**
     * Runs the planned trials (those not finished before), records each as it finishes and checkpoints.
     *
     * @return the finished cases in plan order; an entry is null when the trial was cancelled
     */
    private List<FinishedCase> runTrials(List<Planned> plan, Stage stage, IProgressMonitor monitor) throws IOException {
        List<FinishedCase> out = new ArrayList<>();
        Map<Integer, TrialHandle> handles = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            FinishedCase done = state.get(p.request().caseName());
            out.add(done);
            if (done != null) {
                continue; // finished before a crash or cancel: never run again
            }
            io.noodle.core.io.FileTrees.delete(p.request().directory()); // a trial that was running when the run died starts afresh
            Files.createDirectories(p.request().directory());
            TrialSpec spec = adapter.prepare(p.request());
            telemetry.event(EngineEvent.TRIAL_START, Map.of("case", p.request().caseName(), "stage",
                    p.request().stageIndex(), "eco", p.request().eco() == null ? "none" : p.request().eco().getName()));
            TrialHandle h = executor.submit(spec);
            running.add(h);
            handles.put(i, h);
        }
        for (var e : handles.entrySet()) {
            TrialHandle h = e.getValue();
            TrialOutcome o = await(h, monitor, stage);
            running.remove(h);
            if (o == null || o.cancelled()) {
                handles.values().forEach(TrialHandle::cancel);
                continue;
            }
            Planned p = plan.get(e.getKey());
            FinishedCase c = record(p, stage, o);
            state.add(c);
            state.journal(telemetry.checkpointFile(), c);
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
                telemetry.event(EngineEvent.ABORT_EVALUATION, Map.of("rail", "soft_timeout", "case", h.spec().id(),
                        "threshold", stage.getRails().getSoftTimeoutSeconds(), "observed_at_least",
                        stage.getRails().getSoftTimeoutSeconds(), "severity", "warning"));
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

    /** Classifies the outcome, lets the adapter read it, applies the per-trial rail, and writes its telemetry. */
    private FinishedCase record(Planned p, Stage stage, TrialOutcome o) throws IOException {
        TrialRequest req = p.request();
        TrialResult r;
        try {
            r = nonFinite(adapter.collect(req, o));
        } catch (RuntimeException | StackOverflowError e) { // NOPMD: the trial's output broke the reader
            r = TrialResult.failed(FailureType.PARSE_FAILURE, "its output could not be read: " + Problems.describe(e),
                    new io.noodle.model.derived.SourceLine(req.directory().toString(), 0));
        }
        Failures.Failure processFailure = Failures.of(o);
        if (processFailure != null) {
            // the process's fate decides the type; the adapter may name the tool's own error and where it is
            boolean detail = !r.succeeded() && r.message() != null && r.source() != null;
            r = TrialResult.failed(processFailure.type(), processFailure.message() + (detail ? "; " + r.message() : ""),
                    detail ? r.source() : new io.noodle.model.derived.SourceLine(o.logFile().toString(), 0));
        }
        String caseState = r.succeeded() ? CaseState.SUCCEEDED.getLiteral()
                : r.failure() == FailureType.TIMEOUT ? CaseState.TIMED_OUT.getLiteral() : CaseState.FAILED.getLiteral();
        String failureMessage = r.message();
        if (r.succeeded() && stage != null && stage.getRails() != null && stage.getRails().getWnsThresholdPs() != null
                && r.metric("wns") != null && r.metric("wns").value() < stage.getRails().getWnsThresholdPs()) {
            caseState = CaseState.GATE_REJECTED.getLiteral();
            failureMessage = "abort rail wns_ps: WNS " + r.metric("wns").value() + " ps is below "
                    + stage.getRails().getWnsThresholdPs() + " ps";
            state.verdict(new RunState.Verdict("wns_ps", false, stage.getRails().getWnsThresholdPs(), r.metric("wns").value(),
                    stage.getName(), List.of(req.caseName()), failureMessage,
                    List.of(String.valueOf(r.metric("wns").provenance()))));
            telemetry.event(EngineEvent.ABORT_EVALUATION, Map.of("rail", "wns_ps", "case", req.caseName(), "threshold",
                    stage.getRails().getWnsThresholdPs(), "observed", r.metric("wns").value(), "source",
                    String.valueOf(r.metric("wns").provenance())));
        }
        if (r.failure() != null && CATASTROPHIC.contains(r.failure())) {
            catastrophic.incrementAndGet();
        }
        if (req.eco() != null) {
            FinishedCase parent = p.parents().isEmpty() ? null : state.get(p.parents().get(0));
            Double delta = r.metric("wns") == null || parent == null || parent.metric("wns") == null ? null
                    : r.metric("wns").value() - parent.metric("wns");
            applications.add(new PriorStore.Application(req.eco().getName(), r.succeeded(), delta));
        }
        List<RunState.Metric> metrics = r.metrics().stream().map(m -> new RunState.Metric(m.name(), m.value(), m.unit(),
                m.provenance() == null ? null : m.provenance().toString())).toList();
        FinishedCase c = new FinishedCase(req.caseName(), req.stageIndex(), p.index(), p.parents(),
                req.eco() == null ? null : req.eco().getName(),
                req.arguments(), caseState, r.failure() == null ? null : r.failure().getLiteral(),
                failureMessage, r.source() == null ? null : r.source().toString(), metrics,
                r.design() == null ? null : r.design().toString(), p.ecoPath(), o.elapsed().toMillis() / 1000.0);
        telemetry.trialTelemetry(c, req.directory());
        telemetry.event(r.succeeded() ? EngineEvent.TRIAL_COMPLETE : EngineEvent.TRIAL_FAILED, Map.of("case",
                c.name(), "state", c.state(), "failure", String.valueOf(c.failure()), "wns_ps", String.valueOf(c.metric("wns"))));
        return c;
    }

    /** A result with a NaN or infinite metric is an invalid_result, never a success that could win a ranking. */
    static TrialResult nonFinite(TrialResult r) {
        if (!r.succeeded()) {
            return r;
        }
        for (TrialResult.MetricValue m : r.metrics()) {
            if (!Double.isFinite(m.value())) {
                return TrialResult.failed(FailureType.INVALID_RESULT, "metric " + Problems.escape(m.name(), 80) + " is "
                        + m.value() + ", not a finite number", m.provenance());
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ rails and ranking

    private String stageRail(Stage stage, List<FinishedCase> results) {
        if (results.isEmpty() || stage.getRails() == null) {
            return results.isEmpty() ? "stage rail no_trials: stage '" + stage.getName() + "' had nothing to run" : null;
        }
        long failed = results.stream().filter(c -> c.failure() != null).count();
        long cata = results.stream().filter(c -> c.failure() != null
                && CATASTROPHIC.contains(FailureType.get(c.failure()))).count();
        double failureRate = (double) failed / results.size();
        double cataRate = (double) cata / results.size();
        telemetry.event(EngineEvent.ABORT_EVALUATION, Map.of("stage", stage.getName(), "failure_rate", failureRate,
                "failure_rate_threshold", stage.getRails().getFailureRate(), "catastrophic_rate", cataRate,
                "catastrophic_rate_threshold", stage.getRails().getCatastrophicRate()));
        String evidence = results.stream().filter(c -> c.failure() != null).map(c -> c.name() + ": " + c.failure()
                + " (" + c.failureSource() + ")").findFirst().orElse("");
        List<String> failedCases = results.stream().filter(c -> c.failure() != null).map(FinishedCase::name).toList();
        List<String> sources = results.stream().filter(c -> c.failure() != null && c.failureSource() != null)
                .map(FinishedCase::failureSource).toList();
        state.verdict(new RunState.Verdict("catastrophic_rate", cataRate <= stage.getRails().getCatastrophicRate(),
                stage.getRails().getCatastrophicRate(), cataRate, stage.getName(), failedCases,
                "share of catastrophic failures", sources));
        state.verdict(new RunState.Verdict("failure_rate", failureRate <= stage.getRails().getFailureRate(),
                stage.getRails().getFailureRate(), failureRate, stage.getName(), failedCases, "share of failed trials",
                sources));
        if (cataRate > stage.getRails().getCatastrophicRate()) {
            return String.format(java.util.Locale.ROOT, "stage rail catastrophic_rate: %.2f of the trials of '%s' failed "
                    + "catastrophically, limit %.2f (first: %s)", cataRate, stage.getName(),
                    stage.getRails().getCatastrophicRate(), evidence);
        }
        if (failureRate > stage.getRails().getFailureRate()) {
            return String.format(java.util.Locale.ROOT, "stage rail failure_rate: %.2f of the trials of '%s' failed, "
                    + "limit %.2f (first: %s)", failureRate, stage.getName(), stage.getRails().getFailureRate(),
                    evidence);
        }
        return null;
    }

    private List<String> rank(Stage stage, List<FinishedCase> results) {
        List<Ranking.Candidate> candidates = new ArrayList<>();
        for (FinishedCase c : results) {
            if (!CaseState.SUCCEEDED.getLiteral().equals(c.state()) || c.metric("wns") == null) {
                continue;
            }
            FinishedCase parent = state.get(c.parents().get(0));
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
                .max(Comparator.comparingDouble((FinishedCase c) -> c.metric("wns"))
                        .thenComparing(FinishedCase::name, Comparator.reverseOrder()))
                .map(FinishedCase::name).orElse(null);
    }

    private RunResult finish(RunResult r) throws IOException {
        checkpoint();
        ModelWriter.apply(study, state);
        telemetry.summary(study, state.all(), r, Duration.between(started, Instant.now()));
        ModelWriter.save(study, folder);
        return r;
    }

    /** What the run has finished (for views and tests). */
    public List<FinishedCase> finishedCases() {
        return state == null ? List.of() : state.all();
    }

    /** Survivors the stage chose (empty before it finished). */
    public List<String> survivorsOf(String stage) {
        return state == null ? List.of() : state.survivorsOf(stage);
    }

}
