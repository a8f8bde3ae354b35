package io.noodle.ui.internal.handlers;

import java.util.List;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IProgressConstants;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.model.derived.ExecutorChoice;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.eda.Flows;
import io.noodle.eda.flow.ToolchainPreferences;
import io.noodle.engine.run.TrialAdapter;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.ui.internal.editors.StudyEditorInput;
import io.noodle.ui.internal.session.StudySession;
import io.noodle.ui.internal.session.StudySessions;

/**
 * Noodle > Run Study: runs the selected study (or the one in the active editor) with the engine as a
 * background job, shown and cancellable in the Progress view; several studies can run at once and share the
 * workbench's slots. When the study's last run stopped with work left, it offers Resume, Start Over and
 * Cancel; otherwise it starts a new run. The flow is the one of Preferences > Noodle > Toolchain.
 */
public class RunStudyHandler extends AbstractHandler {

    /** Preference key (toolchain preferences): the user's own flow program; empty for the built-in flows. */
    public static final String FLOW_PROGRAM = ToolchainPreferences.OWN_FLOW;

    /** Family of all study run jobs; the runs of one study also belong to its folder (a {@link Path}). */
    public static final Object FAMILY = RunStudyHandler.class;
    /** Family of the jobs that prepare a run (load the study, look at its last run) before it starts. */
    public static final Object PREPARE_FAMILY = new Object();

    /** Whether this handler opens the run dialog (Run Study…) instead of taking the defaults. */
    private final boolean dialog;

    public RunStudyHandler() {
        this(false);
    }

    RunStudyHandler(boolean dialog) {
        this.dialog = dialog;
    }

    /** Run Study…: the run dialog first (executor, trials at once, resume or start over). */
    public static final class WithDialog extends RunStudyHandler {
        public WithDialog() {
            super(true);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(); // not a dialog closing now
        Path target = target(event);
        if (target == null) {
            MessageDialog.openInformation(shell, "Run Study", "Select a study in the Studies view, or open one.");
            return null;
        }
        schedulePrepare(shell, target, dialog);
        return null;
    }

    private static void schedulePrepare(Shell shell, Path target, boolean dialog) {
        // everything that reads files happens in a job; the UI thread only asks and shows
        Job prepare = new Job("Preparing the run of " + target.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                prepare(shell, target, dialog);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == PREPARE_FAMILY;
            }
        };
        prepare.setPriority(Job.SHORT);
        prepare.schedule();
    }

    private static void prepare(Shell shell, Path target, boolean dialog) {
        Path file;
        Study study;
        TrialAdapter adapter;
        try {
            file = StudyStore.studyFile(target);
            study = StudyStore.load(file);
            adapter = Flows.fromPreferences();
        } catch (StudyLoadException e) {
            ask(shell, () -> MessageDialog.openError(shell, "Run Study", e.getMessage()));
            return;
        } catch (java.io.IOException e) {
            ask(shell, () -> MessageDialog.openError(shell, "Run Study", e.getMessage()
                    + " (Preferences > Noodle > Toolchain)"));
            return;
        }
        Path folder = file.getParent();
        // someone else's workspace or study runs its code only when the user says so, once per folder
        var ws = io.noodle.ui.internal.application.NoodleApplication.currentWorkspace();
        Path origin = io.noodle.core.workspace.Trust.originOf(folder, ws == null ? null : ws.root());
        if (!io.noodle.core.workspace.Trust.isTrusted(origin)) {
            ask(shell, () -> {
                MessageDialog d = new MessageDialog(shell, "Trust this folder?", null, "Running " + study.getName()
                        + " runs code that came with it: its constraint files are Tcl that OpenSTA executes, its "
                        + "environment reaches the tools, and a workspace's settings may name the flow program.\n\n"
                        + origin + " was not made by Noodle here and has not been trusted yet. Trust it only if you "
                        + "trust where it came from. The answer is remembered (noodle trust --revoke undoes it).",
                        MessageDialog.WARNING, 1, "&Trust and Continue", "Cancel");
                if (d.open() == 0) {
                    try {
                        io.noodle.core.workspace.Trust.trust(origin);
                    } catch (java.io.IOException e) {
                        MessageDialog.openError(shell, "Run Study", "Cannot remember the answer: " + e.getMessage());
                        return;
                    }
                    schedulePrepare(shell, target, dialog);
                }
            });
            return;
        }
        RunRegistry registry = RunRegistry.instance();
        if (registry.runningIn(folder).isPresent()) {
            ask(shell, () -> MessageDialog.openInformation(shell, "Run Study", study.getName()
                    + " is running already (see the Progress view)."));
            return;
        }
        Optional<RunFolder> latest = RunFolder.latest(folder);
        Outcome last = latest.map(RunRecords::readOutcome).orElse(null);
        boolean workLeft = latest.isPresent() && RunRecords.workLeft(latest.get(), last);
        StudySession open = StudySessions.get().find(file);
        String unsaved = open != null && open.isDirty() ? "\n\nThe study has unsaved edits: the run uses the study "
                + "as saved." : "";
        String how = last == null ? "stopped without finishing (its process ended)" : "ended " + last.status()
                + (last.message() == null ? "" : ": " + last.message());
        if (dialog) {
            int available = registry.slots().slots();
            RunDialog.Executors remote = executors();
            ask(shell, () -> {
                RunDialog d = new RunDialog(shell, study.getName() + (unsaved.isEmpty() ? "" : " (as saved)"),
                        workLeft ? latest.get().id() + ", which " + how.replaceFirst(":.*", "") : null, available,
                        StudyRunner.slotsFor(study, available)).executors(remote).preselect(study.getExecutor());
                if (d.open() == org.eclipse.jface.window.Window.OK) {
                    start(study, folder, adapter, d.choice().start(), d.choice().slots(), d.choice().executor());
                }
            });
            return;
        }
        if (!workLeft) {
            start(study, folder, adapter, StudyRunner.Start.FRESH); // a run reads the saved study, never the editor's
            return;
        }
        ask(shell, () -> {
            MessageDialog d = new MessageDialog(shell, "Run Study", null, "The last run of " + study.getName() + " ("
                    + latest.get().id() + ") " + how + ", with work left.\n\nResume it (finished cases are kept and "
                    + "not run again), or start over with a new run (the last one stays as it is)?" + unsaved,
                    MessageDialog.QUESTION, 0, "&Resume", "&Start Over", "Cancel");
            switch (d.open()) {
            case 0 -> start(study, folder, adapter, StudyRunner.Start.RESUME);
            case 1 -> start(study, folder, adapter, StudyRunner.Start.START_OVER);
            default -> {
                // cancelled: nothing runs
            }
            }
        });
    }

    /** The workspace's SSH hosts and Ray cluster, read in the preparing job (files, maybe a process list). */
    static RunDialog.Executors executors() {
        var ws = io.noodle.ui.internal.application.NoodleApplication.currentWorkspace();
        if (ws == null) {
            return RunDialog.Executors.none();
        }
        List<String> hosts = new java.util.ArrayList<>();
        int slots = 0;
        String rayAddress = null;
        try {
            var s = new io.noodle.remote.ssh.HostStore(ws.root()).read();
            for (var h : s.hosts()) {
                hosts.add(h.name());
                slots += h.slots();
            }
            rayAddress = s.rayAddress();
        } catch (java.io.IOException e) {
            return new RunDialog.Executors(List.of(), 0, null, e.getMessage());
        }
        String ray = null;
        String problem = null;
        try {
            var install = io.noodle.remote.ray.RayInstall.find();
            String address = install.address(null, rayAddress);
            ray = rayAddress != null ? "the cluster at " + address : "the local cluster at " + address;
        } catch (java.io.IOException e) {
            problem = e.getMessage();
        }
        return new RunDialog.Executors(hosts, slots, ray, problem);
    }

    private static void ask(Shell shell, Runnable dialog) {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    dialog.run();
                }
            });
        }
    }

    /**
     * The executor chosen, connected: this machine's share of the workbench's slot pool ({@code localSlots} at
     * most), the workspace's SSH hosts, its Ray cluster, or several of them as one pool.
     */
    private static io.noodle.engine.exec.TrialExecutor executor(List<String> kinds, int localSlots,
            RunRegistry registry) throws java.io.IOException {
        List<io.noodle.engine.exec.TrialExecutor> members = new java.util.ArrayList<>();
        try {
            for (String k : kinds) {
                members.add(member(k, kinds.size() == 1 ? localSlots : Integer.MAX_VALUE, localSlots, registry));
            }
        } catch (java.io.IOException | RuntimeException e) {
            members.forEach(io.noodle.engine.exec.TrialExecutor::close);
            throw e;
        }
        return members.size() == 1 ? members.get(0) : new io.noodle.engine.exec.SpanningExecutor(members);
    }

    private static io.noodle.engine.exec.TrialExecutor member(String kind, int remoteSlots, int localSlots,
            RunRegistry registry) throws java.io.IOException {
        if (kind.equals(ExecutorChoice.LOCAL)) {
            return new LocalProcessExecutor(registry.slots(), Math.max(1, Math.min(localSlots,
                    registry.slots().slots())));
        }
        var ws = io.noodle.ui.internal.application.NoodleApplication.currentWorkspace();
        if (ws == null) {
            throw new java.io.IOException("no workspace");
        }
        var store = new io.noodle.remote.ssh.HostStore(ws.root());
        var settings = store.read();
        if (kind.equals(ExecutorChoice.SSH)) {
            if (settings.hosts().isEmpty()) {
                throw new java.io.IOException("no SSH host in this workspace (Preferences > Noodle > Executors)");
            }
            int all = settings.hosts().stream().mapToInt(io.noodle.remote.ssh.SshHost::slots).sum();
            return new io.noodle.remote.ssh.SshExecutor(settings.hosts(), store.knownHosts(), Math.min(all,
                    remoteSlots)).passphrases(io.noodle.ui.internal.preferences.Passphrases.of(
                            org.eclipse.ui.PlatformUI.getWorkbench().getDisplay()));
        }
        return io.noodle.remote.ray.RayExecutor.connect(null, settings.rayAddress(), remoteSlots);
    }

    /** The run as a background job of the workbench, where the study says it runs (else on this machine). */
    static Job start(Study study, Path folder, TrialAdapter adapter, StudyRunner.Start start) {
        return start(study, folder, adapter, start, Integer.MAX_VALUE);
    }

    /** As {@link #start(Study, Path, TrialAdapter, StudyRunner.Start)}, with at most {@code slots} trials at once. */
    static Job start(Study study, Path folder, TrialAdapter adapter, StudyRunner.Start start, int slots) {
        String where;
        try {
            where = String.join("+", ExecutorChoice.of(study));
        } catch (IllegalArgumentException e) {
            where = ExecutorChoice.LOCAL; // the validator reports the study's bad choice; this run stays here
        }
        return start(study, folder, adapter, start, slots, where);
    }

    /**
     * As {@link #start(Study, Path, TrialAdapter, StudyRunner.Start, int)}, on an executor: this machine's slot
     * pool, the workspace's SSH hosts, its Ray cluster or several of them ({@code local+ssh}), connected in the
     * job; a failure to connect ends the job with the reason, before any trial.
     */
    static Job start(Study study, Path folder, TrialAdapter adapter, StudyRunner.Start start, int slots,
            String where) {
        List<String> kinds = ExecutorChoice.parse(where);
        Job job = new Job("Running study " + study.getName() + (where.equals(ExecutorChoice.LOCAL) ? ""
                : " on " + where)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                RunRegistry registry = RunRegistry.instance();
                io.noodle.engine.exec.TrialExecutor chosen;
                try {
                    chosen = executor(kinds, Math.max(1, Math.min(slots, StudyRunner.slotsFor(study,
                            registry.slots().slots()))), registry);
                } catch (java.io.IOException e) {
                    return Status.error(study.getName() + ": cannot run on " + where + ": " + e.getMessage());
                }
                try (io.noodle.engine.exec.TrialExecutor executor = chosen) {
                    StudyRunner runner = new StudyRunner(study, folder, adapter, executor, registry, start);
                    var ws = io.noodle.ui.internal.application.NoodleApplication.currentWorkspace();
                    if (ws != null) {
                        runner.inWorkspace(ws.root()); // a study outside it writes nothing into its parent folder
                    }
                    RunResult r = runner.run(monitor);
                    String text = study.getName() + ": " + r.status() + " - " + r.message();
                    return switch (r.status()) {
                    case SUCCEEDED, WAITING -> Status.info(text); // waiting for an approval is no problem
                    case CANCELLED -> Status.CANCEL_STATUS;
                    default -> Status.warning(text);
                    };
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY || folder.equals(family); // all runs, or the runs of one study folder
            }
        };
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE); // the verdict stays in the Progress view
        job.schedule();
        return job;
    }

    /**
     * Stops the study's run in this workbench, if one runs: its job is cancelled, its trials are stopped and
     * what finished is kept in the checkpoint (Run Study then offers Resume).
     *
     * @return whether a run was asked to stop
     */
    public static boolean cancel(Path studyFolder) {
        Job[] running = Job.getJobManager().find(studyFolder);
        for (Job j : running) {
            j.cancel();
        }
        return running.length > 0;
    }

    /** The study a command acts on: the selected path in the Studies view, else the active study editor's file. */
    static Path target(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection sel
                && sel.getFirstElement() instanceof Path p) {
            return p;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && editor.getEditorInput() instanceof StudyEditorInput in) {
            return in.file();
        }
        return null;
    }

}
