package io.noodle.ui.internal.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.RunResults;
import io.noodle.model.edit.NoodleEditing;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Results;
import io.noodle.model.validation.LegalityReport;
import io.noodle.ui.internal.session.StudySession;
import io.noodle.ui.internal.session.StudySessions;

/**
 * The study designer: a multi-page editor of one study file. <b>Overview</b>: name, description, safety
 * domain, the summary and live legality (problems, report) and Run. <b>Stages</b>: the stage graph (ELK
 * layout on an SWT canvas) where stages are added, connected, renamed and deleted, beside the selected
 * stage's form. <b>ECOs</b>: the ECO catalogue (add from the flow, compounds, remove). <b>Model</b>: the whole study as a tree, with the newest run's results beside the design.
 * <b>Results</b>: the study's runs (outcome, best case, when, how long).
 * Every edit is a command on the study's {@link StudySession} (undo, redo, dirty, Save); the legality of the
 * study is computed again in a job after every change. The results follow a live run through the
 * {@link RunRegistry}, at most ten refreshes a second. No file is read on the UI thread.
 */
public final class StudyEditor extends FormEditor {

    public static final String ID = "io.noodle.ui.editors.study";
    /** Page indexes. */
    public static final int OVERVIEW = 0;
    public static final int STAGES = 1;
    public static final int ECOS = 2;
    public static final int MODEL = 3;
    public static final int RESULTS = 4;

    /** Opens a study file in its editor on {@code page}, or brings its open editor to the front (UI thread). */
    public static StudyEditor open(org.eclipse.ui.IWorkbenchPage page, java.nio.file.Path file)
            throws org.eclipse.ui.PartInitException {
        return (StudyEditor) page.openEditor(new StudyEditorInput(file), ID);
    }

    /** Opens a study file in the window's study editor, if the window is still there (UI thread). */
    public static void openIn(org.eclipse.ui.IWorkbenchWindow window, java.nio.file.Path file) {
        if (window.getShell() == null || window.getShell().isDisposed() || window.getActivePage() == null) {
            return;
        }
        try {
            open(window.getActivePage(), file);
        } catch (org.eclipse.ui.PartInitException e) {
            System.err.println("noodle: cannot open " + file + ": " + e.getMessage());
        }
    }

    private static final Duration REFRESH = Duration.ofMillis(100);

    private ComposedAdapterFactory adapterFactory;
    private OverviewPage overview;
    private StagesPage stages;
    private EcosPage ecos;
    private ModelPage model;
    private ResultsPage runs;
    private StudySession session;
    private final StudySession.Listener sessionListener = s -> validateSoon();
    private volatile LegalityReport legality;
    private Job validation;
    private EventBus.Subscription subscription;
    private org.eclipse.jface.util.Throttler refresher;
    /** The results shown (touched on the UI thread only), and the run they are of. */
    private Results.Builder results;
    private RunSnapshot shown;
    private volatile boolean disposed;
    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            if (session != null) {
                session.domain().getCommandStack().undo();
            }
        }
    };
    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            if (session != null) {
                session.domain().getCommandStack().redo();
            }
        }
    };
    private final Action revert = new Action("Re&vert") {
        @Override
        public void run() {
            StudySession s = session;
            if (s == null || !s.isDirty()) {
                return;
            }
            Job.create("Reverting " + s.file().getFileName(), m -> {
                try {
                    s.revert(); // the listeners show the study as loaded
                } catch (io.noodle.model.persistence.StudyLoadException e) {
                    ui(() -> MessageDialog.openError(getSite().getShell(), "Revert", e.getMessage()
                            + "\nYour edits are kept."));
                }
                return Status.OK_STATUS;
            }).schedule();
        }
    };
    private final CommandStackListener stackListener = e -> {
        if (Display.getCurrent() != null) {
            updateUndoRedo(); // on the UI thread (an edit, an undo): at once, so menus are right
        } else {
            ui(this::updateUndoRedo);
        }
    };
    private final io.noodle.ui.internal.runs.SelectionProvider selection = new io.noodle.ui.internal.runs.SelectionProvider();

    /** Sets what the editor selects (from its active page). */
    void select(Object o) {
        selection.setSelection(o == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY
                : new org.eclipse.jface.viewers.StructuredSelection(o));
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StudyEditorInput)) {
            throw new PartInitException("The study editor opens study files, not " + input.getName());
        }
        super.init(site, input);
        site.setSelectionProvider(selection); // what the active page selects: a tree item or a stage
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    Path file() {
        return ((StudyEditorInput) getEditorInput()).file();
    }

    ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    @Override
    protected void addPages() {
        adapterFactory = NoodleEditing.adapterFactory();
        try {
            overview = new OverviewPage(this);
            addPage(overview);
            stages = new StagesPage(this);
            addPage(stages);
            ecos = new EcosPage(this);
            addPage(ecos);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        model = new ModelPage(this);
        int m = addPage(model.create(getContainer()));
        setPageText(m, "Model");
        try {
            runs = new ResultsPage(this);
            addPage(runs);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        refresher = new org.eclipse.jface.util.Throttler(getContainer().getDisplay(), REFRESH, this::refreshResults);
        var bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        undo.setEnabled(false);
        redo.setEnabled(false);
        revert.setEnabled(false);
        StudySessions.get().acquire(file(), this::opened, e -> ui(() -> overview.failed(e.getMessage())));
    }

    // ------------------------------------------------------------------ the session and its legality

    /** The session is loaded (on a job thread): its legality and newest run are read here too. */
    private void opened(StudySession s) {
        if (disposed) {
            StudySessions.get().release(s);
            return;
        }
        LegalityReport report = LegalityReport.of(s.study());
        RunSnapshot snap = newestSnapshot(s);
        Results.Builder built = snap == null ? null : build(s, snap, null);
        ui(() -> {
            session = s;
            legality = report;
            results = built;
            shown = snap;
            s.addListener(sessionListener);
            s.domain().getCommandStack().addCommandStackListener(stackListener);
            overview.show();
            stages.show();
            ecos.show();
            if (outline != null) {
                outline.refresh();
            }
            model.show();
            runs.refresh();
            firePropertyChange(PROP_DIRTY);
        });
        subscription = RunRegistry.instance().subscribe(this::onEvent, 256);
    }

    /**
     * Pages that have not shown the latest design or legality yet: only the page on top follows an edit at
     * once; the others catch up when they are shown (an edit of a study with a large run stays cheap).
     */
    private final boolean[] stale = new boolean[RESULTS + 1];

    /** Shows the latest design and legality on page {@code index} now, or when it is next shown. */
    private void refreshPage(int index, boolean now) {
        if (!now && index != getActivePage()) {
            stale[index] = true;
            return;
        }
        stale[index] = false;
        switch (index) {
        case OVERVIEW -> {
            overview.designChanged();
            overview.legalityChanged();
        }
        case STAGES -> stages.designChanged();
        case ECOS -> ecos.designChanged();
        case MODEL -> model.designChanged();
        default -> {
            // the Results page shows runs, not the design
        }
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (newPageIndex >= 0 && newPageIndex < stale.length && stale[newPageIndex] && session != null) {
            refreshPage(newPageIndex, true);
        }
    }

    /** After an edit: validate in a job (coalesced), then show the outcome on the page on top. */
    private void validateSoon() {
        ui(() -> {
            for (int i = OVERVIEW; i <= MODEL; i++) {
                refreshPage(i, false);
            }
            if (outline != null) {
                outline.refresh();
            }
            firePropertyChange(PROP_DIRTY);
        });
        if (validation == null) {
            validation = Job.create("Checking the study", (IProgressMonitor m) -> {
                StudySession s = session;
                if (s != null) {
                    LegalityReport r = LegalityReport.of(s.study());
                    legality = r;
                    ui(() -> {
                        if (getActivePage() == OVERVIEW) {
                            overview.legalityChanged(); // the design is shown already
                        } else {
                            stale[OVERVIEW] = true;
                        }
                        refreshPage(STAGES, false);
                    });
                }
                return Status.OK_STATUS;
            });
            validation.setSystem(true);
        }
        validation.schedule(50);
    }

    /** The study's session (null until it is loaded). */
    public StudySession getSession() {
        return session;
    }

    /** The study's legality as last checked (null before the first check). */
    public LegalityReport getLegality() {
        return legality;
    }

    /** Runs a command on the study's command stack (a null command does nothing). */
    void execute(Command c) {
        if (c != null && session != null) {
            session.domain().getCommandStack().execute(c);
        }
    }

    private void updateUndoRedo() {
        if (session == null) {
            return;
        }
        var stack = session.domain().getCommandStack();
        undo.setEnabled(stack.canUndo());
        redo.setEnabled(stack.canRedo());
        undo.setText(stack.canUndo() ? "&Undo " + label(stack.getUndoCommand()) : "&Undo");
        redo.setText(stack.canRedo() ? "&Redo " + label(stack.getRedoCommand()) : "&Redo");
        revert.setEnabled(session.isDirty());
        firePropertyChange(PROP_DIRTY);
    }

    private static String label(Command c) {
        return c == null || c.getLabel() == null ? "" : c.getLabel();
    }

    // ------------------------------------------------------------------ results

    /** The newest run of the study: the live one when it runs in this workbench, else read from its files. */
    private static RunSnapshot newestSnapshot(StudySession s) {
        return io.noodle.ui.internal.runs.RunFollower.snapshot(s.folder(), s.study());
    }

    /** Adds to {@code into} (or a new builder) what the snapshot holds beyond it. */
    private static Results.Builder build(StudySession s, RunSnapshot snap, Results.Builder into) {
        Results.Builder b = into != null ? into : new Results.Builder(snap.runId(), s.study());
        List<CaseRecord> cases = snap.cases();
        if (cases.size() > b.caseCount()) {
            b.addCases(cases.subList(b.caseCount(), cases.size()));
        }
        if (snap.verdicts().size() > b.verdictCount()) {
            b.addVerdicts(snap.verdicts().subList(b.verdictCount(), snap.verdicts().size()));
        }
        b.outcome(snap.phase() == RunSnapshot.Phase.RUNNING ? null
                : snap.phase().name().toLowerCase(java.util.Locale.ROOT), snap.message(), snap.best());
        return b;
    }

    /** A run event (on the feed's thread): when it is this study's, a refresh is due (coalesced). */
    private void onEvent(RunEvent e) {
        StudySession s = session;
        if (disposed || s == null) {
            return;
        }
        if (e instanceof RunEvent.EventsDropped || e.runKey() != null && Path.of(e.runKey()).startsWith(s.folder())) {
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
        if (shown != null && snap.runKey().equals(shown.runKey()) && snap.version() == shown.version()) {
            return;
        }
        boolean newRun = shown == null || !snap.runKey().equals(shown.runKey());
        results = build(session, snap, newRun ? null : results);
        shown = snap;
        model.resultsChanged(newRun);
        overview.runChanged();
        if (newRun || snap.phase().ended()) {
            runs.refresh(); // a run started or ended: the list of runs changed
        }
    }

    /** The run shown (null before the study ran). */
    RunSnapshot shownRun() {
        return shown;
    }

    /** The results shown (null before the study ran), for the pages and tests. */
    public RunResults getResults() {
        return results == null ? null : results.results();
    }

    /** Shows a page ({@link #OVERVIEW}, {@link #STAGES}, {@link #MODEL}). */
    public void showPage(int index) {
        setActivePage(index);
    }

    /** Shows a page and the stage of that name on it (from a problem of the list). */
    void reveal(String stage) {
        setActivePage(STAGES);
        stages.select(stage);
    }

    void ui(Runnable r) {
        Display d = getContainer() == null || getContainer().isDisposed() ? null : getContainer().getDisplay();
        if (d == null || d.isDisposed()) {
            return;
        }
        d.asyncExec(() -> {
            if (!disposed && getContainer() != null && !getContainer().isDisposed()) {
                r.run();
            }
        });
    }

    /** The tree of the Model page (for tests). */
    public org.eclipse.jface.viewers.TreeViewer getTreeViewer() {
        return model.tree();
    }

    private StageOutline outline;

    /** The Outline view's page: the stage list, following edits. */
    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            if (outline == null) {
                outline = new StageOutline(this);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    /** The Overview's priors rows, {@code eco=confidence (applications)} (for tests). */
    public java.util.List<String> overviewPriors() {
        return overview.priorsRows();
    }

    /** Whether the Overview shows a problem beside the field of {@code feature} (for tests). */
    public boolean overviewFieldShowsProblem(org.eclipse.emf.ecore.EStructuralFeature feature) {
        return overview.fieldShowsProblem(feature);
    }

    /** Whether the Stages page's form shows a problem on the field of {@code feature} (for tests). */
    public boolean stageFieldShowsProblem(org.eclipse.emf.ecore.EStructuralFeature feature) {
        return stages.fieldShowsProblem(feature);
    }

    /** The table of the ECOs page (for tests; null until the page was shown). */
    public org.eclipse.jface.viewers.TableViewer getEcoTable() {
        return ecos.table();
    }

    /** The stage graph of the Stages page (for tests; null until the page was shown). */
    public io.noodle.ui.internal.graph.GraphCanvas getGraph() {
        return stages.canvas();
    }

    // ------------------------------------------------------------------ the editor's life

    @Override
    public void dispose() {
        disposed = true;
        if (subscription != null) {
            subscription.close();
        }
        if (session != null) {
            session.removeListener(sessionListener);
            session.domain().getCommandStack().removeCommandStackListener(stackListener);
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
                ui(() -> firePropertyChange(PROP_DIRTY));
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
