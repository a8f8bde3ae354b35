package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.RunFolder;
import io.noodle.ui.internal.editors.StudyEditorInput;

/**
 * What the run views (lineage, gate status) show: the newest run of the study the user works on — the study
 * of the active study editor, or the study selected in the Studies view — followed live through the run
 * registry while it runs. Snapshots are taken in a job and handed to the view on the UI thread, at most
 * four times a second however fast the run goes.
 */
public final class RunFollower {

    /** At most one snapshot per this interval: a run's events come faster than anyone reads. */
    public static final Duration REFRESH = Duration.ofMillis(250);

    /** The run the user opened for a study folder (the Results page), shown instead of the newest; by folder. */
    private static final java.util.Map<Path, String> CHOSEN = new java.util.concurrent.ConcurrentHashMap<>();
    /** The followers alive, told when a run is chosen. */
    private static final java.util.Set<RunFollower> ALL = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Shows an earlier run of a study in the run views (Case Lineage, Gate Status) instead of its newest, until
     * a run of the study starts in this workbench or another run is chosen. UI thread.
     */
    public static void showRun(Path studyFolder, String runId) {
        CHOSEN.put(studyFolder, runId);
        for (RunFollower f : ALL) {
            f.folder = null; // followed again, even when it already followed this study
            f.follow(studyFolder);
        }
    }

    /** ECO classes by study file, with the file's stamp when read: the run views read a study once. */
    private static final java.util.Map<Path, Object[]> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The class of each ECO of a study's catalogue by name, read from its file once per change of the file;
     * empty when it cannot be read (the views then show no classes).
     */
    public static java.util.Map<String, String> ecoClasses(Path studyFolder) {
        try {
            Path file = StudyStore.studyFile(studyFolder);
            long stamp = io.noodle.core.io.FileTrees.stamp(file);
            Object[] had = CLASSES.get(file);
            if (had != null && (long) had[0] == stamp) {
                @SuppressWarnings("unchecked")
                java.util.Map<String, String> m = (java.util.Map<String, String>) had[1];
                return m;
            }
            java.util.Map<String, String> m = io.noodle.views.ecos.EcoCatalogue.classes(StudyStore.load(file));
            CLASSES.put(file, new Object[] { stamp, m });
            return m;
        } catch (StudyLoadException | RuntimeException e) {
            return java.util.Map.of();
        }
    }

    /** The run chosen for a study folder, or null (the newest is shown). */
    public static String chosenRun(Path studyFolder) {
        return CHOSEN.get(studyFolder);
    }

    private final IWorkbenchPartSite site;
    private final Consumer<RunSnapshot> show;
    private final Throttler throttler;
    private final EventBus.Subscription subscription;
    private final ISelectionListener selectionListener = this::selected;
    private volatile Path folder;
    private volatile boolean disposed;
    private Job job;

    /** Starts following; {@code show} gets each new snapshot (null: no study, or it never ran) on the UI thread. */
    public RunFollower(IWorkbenchPartSite site, Consumer<RunSnapshot> show) {
        this.site = site;
        this.show = show;
        Display d = site.getShell().getDisplay();
        this.throttler = new Throttler(d, REFRESH, this::refresh);
        site.getPage().addPostSelectionListener(selectionListener);
        this.subscription = RunRegistry.instance().subscribe(this::onEvent, 256);
        ALL.add(this);
        IEditorPart active = site.getPage().getActiveEditor();
        if (active != null && active.getEditorInput() instanceof StudyEditorInput in) {
            follow(in.file().getParent());
        }
    }

    /** The study folder followed (null: none yet). */
    public Path folder() {
        return folder;
    }

    /** Follows another study (its folder), at once. */
    public void follow(Path studyFolder) {
        if (studyFolder != null && !studyFolder.equals(folder)) {
            folder = studyFolder;
            throttler.throttledExec();
        }
    }

    /** Takes a new snapshot soon (after a change the registry does not announce). */
    public void refreshSoon() {
        throttler.throttledExec();
    }

    private void selected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (part instanceof IEditorPart e && e.getEditorInput() instanceof StudyEditorInput in) {
            follow(in.file().getParent());
        } else if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Path p) {
            Path study = Files.isDirectory(p) ? p : p.getParent();
            try {
                StudyStore.studyFile(study); // a study folder, not any folder
                follow(study);
            } catch (StudyLoadException e) {
                // not a study: keep following the one shown
            }
        }
    }

    private void onEvent(RunEvent e) {
        Path f = folder;
        if (!disposed && f != null && (e instanceof RunEvent.EventsDropped
                || e.runKey() != null && Path.of(e.runKey()).startsWith(f))) {
            throttler.throttledExec();
        }
    }

    /** On the UI thread (throttled): the snapshot is taken in a job, then shown. */
    private void refresh() {
        Path f = folder;
        if (disposed || f == null) {
            return;
        }
        if (job != null && job.getState() != Job.NONE) {
            throttler.throttledExec(); // one at a time; come back for the changes meanwhile
            return;
        }
        job = Job.create("Reading the run of " + f.getFileName(), m -> {
            RunSnapshot snap = snapshot(f);
            Display d = site.getShell().getDisplay();
            if (!d.isDisposed()) {
                d.asyncExec(() -> {
                    if (!disposed && f.equals(folder)) {
                        show.accept(snap);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The newest run of a study: the live one when this workbench runs it, else read from its files. */
    public static RunSnapshot snapshot(Path studyFolder) {
        return snapshot(studyFolder, null);
    }

    /**
     * As {@link #snapshot(Path)}, with the study's design when the caller has it loaded (else it is read).
     *
     * @return null when the study never ran, or its newest run cannot be read (the design is still shown)
     */
    public static RunSnapshot snapshot(Path studyFolder, io.noodle.model.Study study) {
        RunRegistry registry = RunRegistry.instance();
        var live = registry.runningIn(studyFolder);
        if (live.isPresent()) {
            CHOSEN.remove(studyFolder); // a run going on is what the user wants to see
            return live.get().snapshot();
        }
        String chosen = CHOSEN.get(studyFolder);
        Optional<RunFolder> run = chosen != null && Files.isDirectory(RunFolder.of(studyFolder, chosen).root())
                ? Optional.of(RunFolder.of(studyFolder, chosen)) : RunFolder.latest(studyFolder);
        if (run.isEmpty()) {
            return null;
        }
        try {
            return registry.snapshot(run.get(), study != null ? study
                    : StudyStore.load(StudyStore.studyFile(studyFolder)));
        } catch (IOException | StudyLoadException e) {
            return null;
        }
    }

    public void dispose() {
        ALL.remove(this);
        disposed = true;
        subscription.close();
        site.getPage().removePostSelectionListener(selectionListener);
    }
}
