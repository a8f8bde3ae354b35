package io.noodle.engine.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import io.noodle.core.io.Problems;
import io.noodle.model.Stage;
import io.noodle.model.StageType;
import io.noodle.model.Study;
import io.noodle.model.derived.StageGraph;

/**
 * Runs the stage DAG: every stage is an Eclipse {@link Job} of the run's family, scheduled as soon as all its
 * inputs completed (independent branches at the same time, a convergence stage once all its inputs are
 * done), in the deterministic topological order. A study rail stops new stages; cancellation stops all; a
 * stage that throws ends the schedule as failed (never dropped).
 */
final class StageScheduler {

    /** What the scheduler asks of the run. */
    interface Stages {
        /** Runs one stage to its end; false when it was cancelled. */
        boolean run(Stage stage, IProgressMonitor monitor) throws Exception;

        /** A human_approval stage whose inputs are done: true once it is approved (it then passes through). */
        boolean approve(Stage stage) throws Exception;

        /** Why a study rail stops the study now, or null. */
        String studyRail();

        /** Kills the running trials at once (cancellation reaches the tools, not only the jobs). */
        void cancelTrials();
    }

    /** How the schedule ended. */
    enum Ending {
        /** every stage that could run ran (some may have aborted, some may wait for approval) */
        DONE,
        /** a study rail stopped it */
        STUDY_RAIL,
        CANCELLED,
        /** a stage threw */
        FAILED
    }

    record Result(Ending ending, String message, Throwable cause, List<String> waiting) {
    }

    private final Study study;
    private final RunState state;
    private final Object family;
    private final Stages stages;

    StageScheduler(Study study, RunState state, Object family, Stages stages) {
        this.study = study;
        this.state = state;
        this.family = family;
        this.stages = stages;
    }

    Result schedule(SubMonitor sub) {
        List<Stage> pending = new ArrayList<>(StageGraph.topologicalOrder(study));
        Map<Stage, List<Stage>> inputsOf = StageGraph.inputs(study); // once: the loop below asks often
        Map<Stage, Job> jobs = new LinkedHashMap<>();
        LinkedBlockingQueue<Stage> finished = new LinkedBlockingQueue<>();
        List<String> waiting = new ArrayList<>();
        String abortReason = null;
        while (!pending.isEmpty() || !jobs.isEmpty()) {
            if (abortReason != null) {
                pending.clear(); // a study rail fired: start nothing new, let the running stages end
            }
            for (Stage st : List.copyOf(pending)) {
                List<Stage> inputs = inputsOf.getOrDefault(st, List.of());
                if (state.isCompleted(st.getName()) || state.isAborted(st.getName())) {
                    pending.remove(st);
                    sub.worked(1);
                } else if (inputs.stream().anyMatch(i -> state.isAborted(i.getName()))) {
                    pending.remove(st); // an input was aborted: this stage cannot run
                    state.stageDone(st.getName(), List.of(), true);
                } else if (inputs.stream().allMatch(i -> state.isCompleted(i.getName()))) {
                    pending.remove(st);
                    if (st.getType() == StageType.HUMAN_APPROVAL) {
                        try {
                            if (!stages.approve(st)) {
                                waiting.add(st.getName());
                            }
                        } catch (Exception e) {
                            return failed("stage '" + st.getName() + "' failed: " + Problems.describe(e), e, jobs.values());
                        }
                    } else {
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
                    return failed(result.getMessage(), result.getException(), jobs.values());
                }
                if (result != null && result.getSeverity() == IStatus.CANCEL && abortReason == null) {
                    sub.setCanceled(true);
                }
            }
            String rail = stages.studyRail();
            if (rail != null && abortReason == null) {
                abortReason = rail;
                stopAll();
            }
            if (sub.isCanceled() && abortReason == null) {
                stopAll();
                waitFor(jobs.values());
                return new Result(Ending.CANCELLED, "cancelled; resume with --resume", null, List.of());
            }
        }
        if (abortReason != null) {
            return new Result(Ending.STUDY_RAIL, abortReason, null, List.of());
        }
        return new Result(Ending.DONE, null, null, List.copyOf(waiting));
    }

    private Result failed(String message, Throwable cause, Collection<Job> running) {
        stopAll();
        waitFor(running);
        return new Result(Ending.FAILED, message, cause, List.of());
    }

    private void stopAll() {
        Job.getJobManager().cancel(family);
        stages.cancelTrials();
    }

    private static void waitFor(Collection<Job> jobs) {
        for (Job j : List.copyOf(jobs)) {
            try {
                j.join(10_000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
            stages.cancelTrials(); // reach the blocked waits: kill the trials' processes now
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                return stages.run(stage, monitor) ? Status.OK_STATUS : Status.CANCEL_STATUS;
            } catch (Throwable t) { // NOPMD: any failure of a stage fails the run, never drops the stage
                return Status.error("stage '" + stage.getName() + "' failed: " + Problems.describe(t), t);
            }
        }
    }
}
