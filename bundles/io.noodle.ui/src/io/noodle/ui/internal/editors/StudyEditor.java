package io.noodle.ui.internal.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.RunResults;
import io.noodle.model.Study;
import io.noodle.model.edit.NoodleEditing;
import io.noodle.model.edit.NoodleLabels;
import io.noodle.model.results.Results;
import io.noodle.model.results.RunFolder;
import io.noodle.model.validation.LegalityReport;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.emf.EmfContentProvider;
import io.noodle.ui.internal.emf.EmfLabelProvider;
import io.noodle.ui.internal.session.StudySession;
import io.noodle.ui.internal.session.StudySessions;

/**
 * Shows a study: its design as a tree (stages, dependencies, ECOs) with its run legality report, and the
 * results of its newest run beside the design (cases and verdicts), following the run live while it runs.
 * The design comes from the study's {@link StudySession} (shared editing domain, dirty state, Save); the
 * results come from the {@link RunRegistry}'s snapshots, refreshed at most ten times a second whatever the
 * rate of the run's events. Everything is read in jobs: no file is read on the UI thread.
 */
public final class StudyEditor extends EditorPart {

    public static final String ID = "io.noodle.ui.editors.study";

    /** Most refreshes of the results a second. */
    private static final Duration REFRESH = Duration.ofMillis(100);

    private ComposedAdapterFactory adapterFactory;
    private Label header;
    private Label runLine;
    private TreeViewer tree;
    private Text report;
    private StudySession session;
    private final StudySession.Listener sessionListener = s -> ui(this::designChanged);
    private EventBus.Subscription subscription;
    private org.eclipse.jface.util.Throttler refresher;
    /** The results shown (touched on the UI thread only), and the run they are of. */
    private Results.Builder results;
    private String shownRun;
    private long shownVersion = -1;
    private volatile boolean disposed;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StudyEditorInput)) {
            throw new PartInitException("The study editor opens study files, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    private Path file() {
        return ((StudyEditorInput) getEditorInput()).file();
    }

    @Override
    public void createPartControl(Composite parent) {
        adapterFactory = NoodleEditing.adapterFactory();
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setData(NoodleUi.TEST_ID, "study.header");
        header.setText("Loading " + file() + " \u2026");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        runLine = new Label(parent, SWT.WRAP);
        runLine.setData(NoodleUi.TEST_ID, "study.run");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(runLine);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new TreeViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        tree.getTree().setData(NoodleUi.TEST_ID, "study.tree");
        tree.setContentProvider(new Roots(new EmfContentProvider(adapterFactory)));
        tree.setLabelProvider(new EmfLabelProvider(adapterFactory));
        tree.setUseHashlookup(true);
        report = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        report.setData(NoodleUi.TEST_ID, "study.report");
        report.setFont(JFaceResources.getTextFont());
        sash.setWeights(55, 45);
        getSite().setSelectionProvider(tree);
        refresher = new org.eclipse.jface.util.Throttler(parent.getDisplay(), REFRESH, this::refreshResults);
        StudySessions.get().acquire(file(), this::opened, e -> ui(() -> {
            header.setText("Cannot open " + file() + ":\n" + e.getMessage());
            report.setText(e.getMessage());
        }));
    }

    /** The tree's roots: the study, and the results of its newest run once there are any. */
    private record Input(Study study, RunResults results) {
    }

    /** Content provider whose roots are the {@link Input}'s; below them, EMF's item providers. */
    private static final class Roots implements ITreeContentProvider {
        private final EmfContentProvider emf;

        Roots(EmfContentProvider emf) {
            this.emf = emf;
        }

        @Override
        public Object[] getElements(Object input) {
            return input instanceof Input in ? (in.results() == null ? new Object[] { in.study() }
                    : new Object[] { in.study(), in.results() }) : emf.getElements(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            return emf.getChildren(parent);
        }

        @Override
        public Object getParent(Object element) {
            return emf.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            return emf.hasChildren(element);
        }
    }

    /** The session is loaded (on a job thread): read the newest run's results here too, then show both. */
    private void opened(StudySession s) {
        if (disposed) {
            StudySessions.get().release(s);
            return;
        }
        session = s;
        s.addListener(sessionListener);
        String legality = LegalityReport.of(s.study()).toText();
        RunSnapshot snap = newestSnapshot();
        Results.Builder built = snap == null ? null : build(snap, null);
        ui(() -> {
            header.setText(NoodleLabels.label(s.study()) + "  \u2014  " + file());
            report.setText(legality);
            results = built;
            shownRun = snap == null ? null : snap.runKey();
            shownVersion = snap == null ? -1 : snap.version();
            tree.setInput(new Input(s.study(), built == null ? null : built.results()));
            tree.expandToLevel(2);
            runLine.setText(describe(snap));
            header.getParent().layout(true);
            firePropertyChange(PROP_DIRTY);
        });
        subscription = RunRegistry.instance().subscribe(this::onEvent, 256);
    }

    /** The newest run of the study: the live one when it runs in this workbench, else read from its files. */
    private RunSnapshot newestSnapshot() {
        var live = RunRegistry.instance().runningIn(session.folder());
        if (live.isPresent()) {
            return live.get().snapshot();
        }
        Optional<RunFolder> run = RunFolder.latest(session.folder());
        if (run.isEmpty()) {
            return null;
        }
        try {
            return RunRegistry.instance().snapshot(run.get(), session.study());
        } catch (IOException e) {
            return null; // an unreadable run: the design is still shown
        }
    }

    /** Adds to {@code into} (or a new builder) what the snapshot holds beyond it. */
    private Results.Builder build(RunSnapshot snap, Results.Builder into) {
        Results.Builder b = into != null ? into : new Results.Builder(snap.runId(), session.study());
        List<io.noodle.model.results.CaseRecord> cases = snap.cases();
        if (cases.size() > b.caseCount()) {
            b.addCases(cases.subList(b.caseCount(), cases.size()));
        }
        if (snap.verdicts().size() > b.verdictCount()) {
            b.addVerdicts(snap.verdicts().subList(b.verdictCount(), snap.verdicts().size()));
        }
        b.outcome(snap.phase() == RunSnapshot.Phase.RUNNING ? null : snap.phase().name().toLowerCase(java.util.Locale.ROOT),
                snap.message(), snap.best());
        return b;
    }

    /** A run event (on the feed's thread): when it is this study's, a refresh is due (coalesced). */
    private void onEvent(RunEvent e) {
        if (disposed || session == null) {
            return;
        }
        if (e instanceof RunEvent.EventsDropped || e.runKey() != null
                && Path.of(e.runKey()).startsWith(session.folder())) {
            refresher.throttledExec(); // thread-safe; runs refreshResults on the UI thread, coalesced
        }
    }

    /** On the UI thread, at most ten times a second: brings the results up to the run's snapshot. */
    private void refreshResults() {
        if (disposed || session == null) {
            return;
        }
        RunRegistry registry = RunRegistry.instance();
        var live = registry.runningIn(session.folder()).or(() -> registry.runs().stream()
                .filter(r -> r.studyFolder().equals(session.folder())).reduce((a, b) -> b));
        if (live.isEmpty()) {
            return;
        }
        RunSnapshot snap = live.get().snapshot();
        if (snap.runKey().equals(shownRun) && snap.version() == shownVersion) {
            return;
        }
        boolean newRun = !snap.runKey().equals(shownRun);
        results = build(snap, newRun ? null : results);
        shownRun = snap.runKey();
        shownVersion = snap.version();
        if (newRun) {
            tree.setInput(new Input(session.study(), results.results()));
            tree.expandToLevel(2);
        } else {
            tree.refresh(results.results(), true);
        }
        runLine.setText(describe(snap));
    }

    private static String describe(RunSnapshot s) {
        if (s == null) {
            return "Not run yet: Noodle > Run Study runs it.";
        }
        long running = s.active().stream().filter(RunSnapshot.TrialView::running).count();
        String what = s.phase() == RunSnapshot.Phase.RUNNING ? "running, " + s.cases().size() + " cases finished, "
                + running + " running, " + (s.active().size() - running) + " queued"
                : s.phase().name().toLowerCase(java.util.Locale.ROOT) + ", " + s.cases().size() + " cases"
                        + (s.best() == null ? "" : ", best " + s.best())
                        + (s.message() == null ? "" : " \u2014 " + s.message());
        return "Run " + s.runId() + ": " + what;
    }

    private void designChanged() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        Object in = tree.getInput();
        if (in instanceof Input i && i.study() != session.study()) {
            tree.setInput(new Input(session.study(), results == null ? null : results.results())); // reloaded
        } else {
            tree.refresh(session.study(), true);
        }
        firePropertyChange(PROP_DIRTY);
    }

    private void ui(Runnable r) {
        if (header == null || header.isDisposed()) {
            return;
        }
        header.getDisplay().asyncExec(() -> {
            if (!disposed && !header.isDisposed()) {
                r.run();
            }
        });
    }

    /** @return the tree of the study (for tests) */
    public TreeViewer getTreeViewer() {
        return tree;
    }

    /** The study's session (null until it is loaded). */
    public StudySession getSession() {
        return session;
    }

    /** The results shown (null before the study ran), for tests. */
    public RunResults getResults() {
        return results == null ? null : results.results();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        disposed = true;
        if (subscription != null) {
            subscription.close();
        }
        if (session != null) {
            session.removeListener(sessionListener);
            StudySessions.get().release(session);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session == null) {
            return;
        }
        StudySession s = session;
        Job save = Job.create("Saving " + s.file().getFileName(), m -> {
            try {
                s.save();
            } catch (IOException e) {
                ui(() -> MessageDialog.openError(getSite().getShell(), "Save", "Cannot save " + s.file() + ": "
                        + e.getMessage() + "\nYour edits are kept; try again once the cause is fixed."));
            }
            return Status.OK_STATUS;
        });
        save.schedule();
    }

    @Override
    public void doSaveAs() {
        // a study is saved where it is: its runs live beside it
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
