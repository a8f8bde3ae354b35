package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.Case;
import io.noodle.model.results.CaseRecord;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.graph.GraphCanvas;
import io.noodle.views.graph.Graph;
import io.noodle.views.graph.LaidOutGraph;
import io.noodle.views.lineage.Dot;
import io.noodle.views.lineage.LineageModel;

/**
 * The case lineage of the newest run of the study the user works on (see {@link RunFollower}): a node per
 * case coloured by what became of it (failed, kept, the winner, pruned, running), an edge per ECO application
 * with its arguments, laid out left to right by stage, the ranks top to bottom ({@link
 * io.noodle.views.lineage.LineageLayout}: ELK, or columns for thousands of cases), in a job; live while the
 * run goes on. Selecting a case shows it in Properties (metrics with their tool output lines) and a case
 * selected elsewhere (the editor's Model page) is selected here. Stages collapse to one node each; the
 * lineage exports as PNG, SVG or DOT.
 */
public final class LineageView extends ViewPart {

    public static final String ID = "io.noodle.ui.views.lineage";

    private GraphCanvas canvas;
    private Label header;
    private org.eclipse.swt.widgets.Text find;
    private org.eclipse.swt.widgets.Combo filter;
    private volatile LineageModel.Show show = LineageModel.Show.ALL;
    private volatile LineageModel.Criteria criteria = LineageModel.Criteria.NONE;
    private Composite filterBar;
    /** Shift was held with the Enter that comes next in the find field. */
    private boolean backwards;
    private Action filterToggle;
    private org.eclipse.swt.widgets.Combo stageFilter;
    private org.eclipse.swt.widgets.Combo ecoFilter;
    private org.eclipse.swt.widgets.Combo classFilter;
    private org.eclipse.swt.widgets.Combo metricFilter;
    private org.eclipse.swt.widgets.Text minFilter;
    private org.eclipse.swt.widgets.Text maxFilter;
    /** Whether the view follows the selection of other parts (Eclipse's "Link with Selection"). */
    private boolean linked = true;
    private RunFollower follower;
    private RunSnapshot shown;
    private LaidOutGraph laid;
    private final Set<Integer> collapsed = new HashSet<>();
    private final SelectionProvider selection = new SelectionProvider();
    private boolean echoing;
    private Job layout;
    private final ISelectionListener fromOthers = this::selectedElsewhere;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        header = new Label(top, SWT.WRAP);
        header.setData(NoodleUi.TEST_ID, "lineage.header");
        header.setText("Open or select a study: its newest run shows here.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(header);
        filter = new org.eclipse.swt.widgets.Combo(top, SWT.READ_ONLY);
        filter.setData(NoodleUi.TEST_ID, "lineage.filter");
        for (LineageModel.Show sh : LineageModel.Show.values()) {
            filter.add(sh.label);
        }
        filter.select(0);
        filter.setToolTipText("Which cases to show (the base case always shows)");
        filter.addListener(SWT.Selection, e -> {
            show = LineageModel.Show.values()[Math.max(0, filter.getSelectionIndex())];
            rebuild();
        });
        find = new org.eclipse.swt.widgets.Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        find.setMessage("Find case (Ctrl+F)");
        find.setData(NoodleUi.TEST_ID, "lineage.find");
        find.setToolTipText("Part of a case name; Enter selects the next match");
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(find);
        find.addListener(SWT.KeyDown, e -> { // Shift+Enter or Up: the previous match; Down: the next
            if (e.keyCode == SWT.CR && (e.stateMask & SWT.SHIFT) != 0 || e.keyCode == SWT.ARROW_UP) {
                backwards = true;
                if (e.keyCode == SWT.ARROW_UP) {
                    find(find.getText().strip(), false);
                    e.doit = false;
                }
            } else if (e.keyCode == SWT.ARROW_DOWN) {
                find(find.getText().strip(), true);
                e.doit = false;
            }
        });
        find.addListener(SWT.DefaultSelection, e -> {
            find(find.getText().strip(), !backwards);
            backwards = false;
        });
        createFilterBar(parent);
        canvas = new GraphCanvas(parent, SWT.NONE);
        canvas.setMiniMap(true);
        canvas.setData(NoodleUi.TEST_ID, "lineage.graph");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.setListener(new GraphCanvas.Listener() {
            @Override
            public void selected(String id) {
                CaseRecord c = caseNamed(id);
                if (!echoing) {
                    selection.setSelection(c == null ? StructuredSelection.EMPTY : new StructuredSelection(c));
                }
            }

            @Override
            public void connect(String from, String to) {
                // the lineage is what the run made: nothing is connected by hand
            }

            @Override
            public void open(String id) {
                toggleStageOf(id);
            }

            @Override
            public String tooltip(String id) {
                return tooltipOf(id);
            }
        });
        canvas.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.character == 6)) {
                find.setFocus(); // Ctrl+F: find a case by name
                find.selectAll();
            }
        });
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(fromOthers);
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            CaseRecord c = caseNamed(canvas.getSelection());
            if (c == null) {
                return;
            }
            for (io.noodle.model.results.MetricRecord metric : c.metrics()) {
                if (metric.provenance() != null && !metric.provenance().isBlank()) {
                    m.add(new Action("Open the Report of " + metric.name()) {
                        @Override
                        public void run() {
                            openProvenance(c, metric.provenance());
                        }
                    });
                }
            }
            if (c.failureSource() != null) {
                m.add(new Action("Open Where It Failed") {
                    @Override
                    public void run() {
                        openProvenance(c, c.failureSource());
                    }
                });
            }
            Path trial = CaseProperties.trialFolder(c);
            if (trial != null) {
                m.add(new Action("Open the Trial Log") {
                    @Override
                    public void run() {
                        openProvenance(c, trial.resolve("trial.log").toString());
                    }
                });
                org.eclipse.jface.action.MenuManager files = new org.eclipse.jface.action.MenuManager("Open Artifact");
                for (String f : CaseProperties.artifacts(trial)) {
                    if (Files.isRegularFile(trial.resolve(f))) {
                        files.add(new Action(f) {
                            @Override
                            public void run() {
                                openProvenance(c, trial.resolve(f).toString());
                            }
                        });
                    }
                }
                m.add(files);
                m.add(new Action("Copy the Trial Folder's Path") {
                    @Override
                    public void run() {
                        org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(canvas.getDisplay());
                        try {
                            cb.setContents(new Object[] { trial.toString() },
                                    new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
                        } finally {
                            cb.dispose();
                        }
                    }
                });
            }
            m.add(new Action("Collapse or Expand Its Stage") {
                @Override
                public void run() {
                    toggleStageOf(c.name());
                }
            });
        });
        canvas.setMenu(menu.createContextMenu(canvas));
        var bars = getViewSite().getActionBars().getToolBarManager();
        bars.add(new Action("Collapse or Expand the Stage") {
            {
                setImageDescriptor(shared(org.eclipse.ui.ISharedImages.IMG_ELCL_COLLAPSEALL));
                setToolTipText("Collapse the selected case's stage to one node, or expand it (double-click does too)");
            }

            @Override
            public void run() {
                toggleStageOf(canvas.getSelection());
            }
        });
        bars.add(new Action("Fit") {
            {
                setImageDescriptor(icon("fit16.png"));
                setToolTipText("Zoom to show the whole lineage (Ctrl+0: 1:1)");
            }

            @Override
            public void run() {
                canvas.setZoom(canvas.fitZoom());
            }
        });
        bars.add(new Action("Stop the Run") {
            {
                setImageDescriptor(shared(org.eclipse.ui.ISharedImages.IMG_ELCL_STOP));
                setToolTipText("Stop the run shown: its trials are killed, what finished is kept (Run Study resumes)");
            }

            @Override
            public void run() {
                if (shown != null && shown.phase() == RunSnapshot.Phase.RUNNING
                        && io.noodle.ui.internal.handlers.RunStudyHandler.cancel(shown.studyFolder())) {
                    header.setText(header.getText() + " \u2014 stopping");
                }
            }
        });
        filterToggle = new Action("Filter", org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                showFilterBar(isChecked());
            }
        };
        filterToggle.setImageDescriptor(icon("filter16.png"));
        filterToggle.setToolTipText("Show cases by the ECO that made them, its class, or a range of a metric");
        bars.add(filterToggle);
        Action link = new Action("Link with Selection", org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                linked = isChecked();
            }
        };
        link.setImageDescriptor(shared(org.eclipse.ui.ISharedImages.IMG_ELCL_SYNCED));
        link.setToolTipText("Select here the case selected in the editor's Model page, the Gate Status view or Properties");
        link.setChecked(true);
        bars.add(link);
        bars.add(new Action("Expand All") {
            {
                setImageDescriptor(icon("expandall16.png"));
                setToolTipText("Expand every collapsed stage");
            }

            @Override
            public void run() {
                collapsed.clear();
                rebuild();
            }
        });
        bars.add(Exports.action(getSite(), "Save the lineage as a picture (PNG, SVG) or as a Graphviz graph (DOT)",
                new String[] { ".png", ".svg", ".dot" }, new String[] { "PNG picture", "SVG drawing", "Graphviz DOT" },
                () -> shown == null ? "lineage" : shown.study() + "-" + shown.runId(), this::export));
        follower = new RunFollower(getSite(), this::show);
    }

    /** An icon of this bundle ({@code /icons/<name>}). */
    private static org.eclipse.jface.resource.ImageDescriptor icon(String name) {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(LineageView.class.getResource("/icons/" + name));
    }

    /** One of the workbench's shared icons. */
    private static org.eclipse.jface.resource.ImageDescriptor shared(String key) {
        return org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key);
    }

    /** What hovering a node says (for tests). */
    public String tooltip(String id) {
        return tooltipOf(id);
    }

    /** What hovering a case says: its ECOs from the base, every metric, its failure. */
    String tooltipOf(String id) {
        CaseRecord c = caseNamed(id);
        if (c == null) {
            return id != null && id.startsWith(LineageModel.STAGE_NODE) ? "Double-click to expand the stage" : null;
        }
        StringBuilder b = new StringBuilder(c.name());
        if (!c.ecoPath().isEmpty()) {
            b.append("\n").append(String.join(" \u2192 ", c.ecoPath()));
        }
        for (var m : c.metrics()) {
            b.append("\n").append(m.name()).append(" = ").append(io.noodle.model.validation.ParameterValues.plain(m.value()))
                    .append(m.unit() == null || m.unit().isEmpty() ? "" : " " + m.unit());
        }
        if (c.failure() != null) {
            b.append("\n").append(c.failure()).append(": ").append(c.failureMessage());
        }
        return b.toString();
    }

    private long setGraphNanos;
    private long showNanos;

    /** UI thread time spent taking snapshots and handing graphs to the canvas, since the view opened (benchmarks). */
    public long[] uiNanos() {
        return new long[] { showNanos, setGraphNanos };
    }

    /** A new snapshot of the followed run (UI thread). */
    private void show(RunSnapshot snap) {
        long t0 = System.nanoTime();
        try {
            showNow(snap);
        } finally {
            showNanos += System.nanoTime() - t0;
        }
    }

    private void showNow(RunSnapshot snap) {
        if (shown != null && (snap == null || !snap.studyFolder().equals(shown.studyFolder()))) {
            collapsed.clear(); // stage numbers belong to a study: another study starts expanded
        }
        shown = snap;
        if (filterBar.getVisible()) {
            fillFilterLists(snap); // hidden, the bar's lists wait until it shows
        }
        header.setText(describe(snap));
        header.getParent().layout(true);
        rebuild();
    }

    /** The run monitor line as shown (for tests). */
    public String header() {
        return header.getText();
    }

    /** The run monitor line: the run, its phase, the stages done, trials done, failed, running; elapsed. */
    static String describe(RunSnapshot s) {
        if (s == null) {
            return "The study has not run yet.";
        }
        long done = s.stages().stream().filter(v -> v.state() == RunSnapshot.StageState.COMPLETED).count();
        long running = s.active().stream().filter(RunSnapshot.TrialView::running).count();
        java.util.BitSet runningStages = new java.util.BitSet();
        long budget = 0;
        for (RunSnapshot.StageView v : s.stages()) {
            if (v.state() == RunSnapshot.StageState.RUNNING && v.index() >= 0) {
                runningStages.set(v.index());
            }
            if (v.state() == RunSnapshot.StageState.PENDING || v.state() == RunSnapshot.StageState.RUNNING) {
                budget += v.budget();
            }
        }
        long failed = 0;
        long doneInRunningStages = 0;
        double seconds = 0;
        String first = null; // the earliest queued trial: the run's start, as near as the cases say
        String last = null;
        for (CaseRecord c : s.cases()) { // one pass: the view reads a snapshot of thousands of cases per refresh
            failed += c.failure() != null ? 1 : 0;
            doneInRunningStages += c.stage() >= 0 && runningStages.get(c.stage()) ? 1 : 0;
            seconds += c.seconds();
            if (c.queued() != null && (first == null || c.queued().compareTo(first) < 0)) {
                first = c.queued();
            }
            if (c.finished() != null && (last == null || c.finished().compareTo(last) > 0)) {
                last = c.finished();
            }
        }
        String elapsed = "";
        try {
            if (first != null) {
                java.time.Instant from = java.time.Instant.parse(first);
                java.time.Instant to = s.phase() == RunSnapshot.Phase.RUNNING || last == null ? java.time.Instant.now()
                        : java.time.Instant.parse(last);
                long secs = Math.max(0, java.time.Duration.between(from, to).getSeconds());
                elapsed = ", " + (secs < 90 ? secs + " s" : secs / 60 + " min " + secs % 60 + " s")
                        + (s.phase() == RunSnapshot.Phase.RUNNING ? " so far" : "");
            }
        } catch (java.time.format.DateTimeParseException e) {
            elapsed = ""; // a run of an earlier version: no times
        }
        String eta = "";
        if (s.phase() == RunSnapshot.Phase.RUNNING && !s.cases().isEmpty()) {
            // what is left of the budgets, at the pace of the trials so far (their time over the slots in use)
            long left = Math.max(0, budget - doneInRunningStages);
            double perTrial = seconds / s.cases().size();
            double etaSeconds = left * perTrial / Math.max(1, running);
            eta = left == 0 ? "" : String.format(java.util.Locale.ROOT, ", about %s left", etaSeconds < 90
                    ? Math.round(etaSeconds) + " s" : Math.round(etaSeconds / 60) + " min");
        }
        return s.study() + " " + s.runId() + ": " + s.phase().name().toLowerCase(java.util.Locale.ROOT) + " \u2014 "
                + done + "/" + s.stages().size() + " stages, " + s.cases().size() + " cases (" + failed + " failed), "
                + running + " running, " + (s.active().size() - running) + " queued"
                + (s.best() == null ? "" : "; best " + s.best()) + elapsed + eta
                + (s.executor() == null || s.executor().equals("this machine") ? "" : "; on " + s.executor());
    }

    /** The graph of the snapshot, laid out in a job (keeping the geometry when only states changed). */
    private void rebuild() {
        RunSnapshot snap = shown;
        if (snap == null) {
            canvas.setGraph(null);
            return;
        }
        Set<Integer> fold = Set.copyOf(collapsed);
        LaidOutGraph previous = laid;
        LineageModel.Criteria narrow = criteria;
        if (layout != null) {
            layout.cancel();
        }
        layout = Job.create("Laying out the lineage of " + snap.study(), m -> {
            Set<String> survivors = new HashSet<>();
            snap.stages().forEach(v -> survivors.addAll(v.survivors()));
            List<LineageModel.Pending> pending = snap.active().stream().map(t -> new LineageModel.Pending(t.caseName(),
                    t.stage(), t.parent(), t.eco(), t.arguments(), t.running())).toList();
            Graph g = LineageModel.filter(LineageModel.of(snap.cases(), survivors, snap.best(), pending, fold,
                    snap.verdicts()), show);
            if (!narrow.none()) {
                g = LineageModel.filter(g, new LineageModel.Criteria(narrow.stage(), narrow.eco(), narrow.ecoClass(),
                        narrow.metric(),
                        narrow.min(), narrow.max(), RunFollower.ecoClasses(snap.studyFolder())), snap.cases(), pending);
            }
            LaidOutGraph done = io.noodle.views.lineage.LineageLayout.layout(g, previous);
            if (!m.isCanceled()) {
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed() && shown == snap) {
                        long t0 = System.nanoTime();
                        laid = done;
                        canvas.setGraph(done); // the viewport is kept
                        setGraphNanos += System.nanoTime() - t0;
                    }
                });
            }
            return Status.OK_STATUS;
        });
        layout.setSystem(true);
        layout.schedule();
    }

    /**
     * The second row: narrow the cases shown by the ECO that made them, its class, and a range of a metric
     * (e.g. WNS from -200 ps). The lists fill with what the run has.
     */
    private void createFilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        filterBar = bar;
        GridLayoutFactory.fillDefaults().numColumns(9).margins(4, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
        bar.setVisible(false); // the toolbar's "Filter" shows it: the graph keeps the room
        new Label(bar, SWT.NONE).setText("Show cases of");
        stageFilter = combo(bar, "lineage.filter.stage", "every stage");
        new Label(bar, SWT.NONE).setText("made by");
        ecoFilter = combo(bar, "lineage.filter.eco", "Any ECO");
        classFilter = combo(bar, "lineage.filter.class", "Any class");
        for (io.noodle.model.EcoClass k : io.noodle.model.EcoClass.VALUES) {
            classFilter.add(k.getLiteral());
        }
        new Label(bar, SWT.NONE).setText("  where");
        metricFilter = combo(bar, "lineage.filter.metric", "any metric");
        minFilter = range(bar, "lineage.filter.min", "from");
        maxFilter = range(bar, "lineage.filter.max", "to");
        Label hint = new Label(bar, SWT.NONE);
        hint.setText("");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
        hint.setData(NoodleUi.TEST_ID, "lineage.filter.hint");
        Runnable apply = () -> {
            String why = applyCriteria();
            hint.setText(why == null ? "" : why);
            bar.layout(true);
        };
        for (org.eclipse.swt.widgets.Combo c : List.of(stageFilter, ecoFilter, classFilter, metricFilter)) {
            c.addListener(SWT.Selection, e -> apply.run());
        }
        for (org.eclipse.swt.widgets.Text t : List.of(minFilter, maxFilter)) {
            t.addListener(SWT.Modify, e -> apply.run());
        }
    }

    private static org.eclipse.swt.widgets.Combo combo(Composite bar, String id, String any) {
        org.eclipse.swt.widgets.Combo c = new org.eclipse.swt.widgets.Combo(bar, SWT.READ_ONLY);
        c.setData(NoodleUi.TEST_ID, id);
        c.add(any);
        c.select(0);
        return c;
    }

    private static org.eclipse.swt.widgets.Text range(Composite bar, String id, String message) {
        org.eclipse.swt.widgets.Text t = new org.eclipse.swt.widgets.Text(bar, SWT.BORDER);
        t.setData(NoodleUi.TEST_ID, id);
        t.setMessage(message);
        GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(t);
        return t;
    }

    /** Reads the filter bar into the criteria and lays out again; returns what is wrong with it, or null. */
    private String applyCriteria() {
        String eco = ecoFilter.getSelectionIndex() > 0 ? ecoFilter.getText() : null;
        String cls = classFilter.getSelectionIndex() > 0 ? classFilter.getText() : null;
        String metric = metricFilter.getSelectionIndex() > 0 ? metricFilter.getText() : null;
        Double min = null;
        Double max = null;
        String problem = null;
        try {
            min = minFilter.getText().isBlank() ? null : Double.valueOf(minFilter.getText().strip());
            max = maxFilter.getText().isBlank() ? null : Double.valueOf(maxFilter.getText().strip());
        } catch (NumberFormatException e) {
            problem = "The range takes numbers in the metric's unit (e.g. -200).";
        }
        if (problem == null && metric == null && (min != null || max != null)) {
            problem = "Choose the metric the range is of.";
        }
        Integer stage = null;
        if (stageFilter.getSelectionIndex() > 0) {
            String t = stageFilter.getText();
            stage = Integer.valueOf(t.substring(t.indexOf(' ') + 1, t.indexOf(':')));
        }
        criteria = new LineageModel.Criteria(stage, eco, cls, metric, min, max, Map.of());
        rebuild();
        return problem;
    }

    /** Fills the ECO and metric lists with what the run has, keeping what is chosen. */
    private void fillFilterLists(RunSnapshot s) {
        Set<String> ecos = new TreeSet<>();
        Set<String> metrics = new TreeSet<>();
        if (s != null) {
            for (CaseRecord c : s.cases()) {
                if (c.eco() != null) {
                    ecos.add(c.eco());
                }
                c.metrics().forEach(m -> metrics.add(m.name()));
            }
            s.active().forEach(t -> {
                if (t.eco() != null) {
                    ecos.add(t.eco());
                }
            });
        }
        Set<String> stages = new java.util.LinkedHashSet<>();
        if (s != null) {
            s.stages().forEach(v -> stages.add("stage " + v.index() + ": " + v.name()));
        }
        refill(stageFilter, stages);
        refill(ecoFilter, ecos);
        refill(metricFilter, metrics);
    }

    private static void refill(org.eclipse.swt.widgets.Combo c, Set<String> items) {
        List<String> now = List.of(c.getItems()).subList(1, c.getItemCount());
        if (new TreeSet<>(now).equals(items)) {
            return; // unchanged: leave the list alone (it may be open)
        }
        String chosen = c.getSelectionIndex() > 0 ? c.getText() : null;
        String any = c.getItem(0);
        c.removeAll();
        c.add(any);
        items.forEach(c::add);
        if (chosen != null && !items.contains(chosen)) {
            c.add(chosen);
        }
        c.select(chosen == null ? 0 : c.indexOf(chosen));
    }

    /** Shows or hides the filter bar; hidden, it narrows nothing. */
    public void showFilterBar(boolean on) {
        filterToggle.setChecked(on);
        if (on) {
            fillFilterLists(shown);
        }
        filterBar.setVisible(on);
        ((org.eclipse.swt.layout.GridData) filterBar.getLayoutData()).exclude = !on;
        filterBar.getParent().layout(true, true);
        if (!on && !criteria.none()) {
            narrow(null, null, null, null, null);
        }
    }

    /** Narrows the cases as the filter bar does (for tests). */
    public void narrow(String eco, String ecoClass, String metric, String min, String max) {
        narrow(null, eco, ecoClass, metric, min, max);
    }

    /** Narrows the cases as the filter bar does, to a stage's too ({@code "stage 1: b"}; for tests). */
    public void narrow(String stage, String eco, String ecoClass, String metric, String min, String max) {
        select(stageFilter, stage);
        select(ecoFilter, eco);
        select(classFilter, ecoClass);
        select(metricFilter, metric);
        minFilter.setText(min == null ? "" : min);
        maxFilter.setText(max == null ? "" : max);
        applyCriteria();
    }

    private static void select(org.eclipse.swt.widgets.Combo c, String item) {
        int i = item == null ? 0 : c.indexOf(item);
        if (i < 0) {
            throw new IllegalArgumentException(item + " is not in the list " + List.of(c.getItems()));
        }
        c.select(i);
    }

    private CaseRecord caseNamed(String name) {
        RunSnapshot s = shown;
        if (s == null || name == null) {
            return null;
        }
        for (CaseRecord c : s.cases()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Selects the next node (after the selected one, in the graph's order) whose name contains {@code part},
     * ignoring case; says so in the header when there is none.
     */
    public void findNext(String part) {
        find(part, true);
    }

    /** As {@link #findNext}, forwards or backwards from the selected node (wrapping round). */
    public void find(String part, boolean forwards) {
        LaidOutGraph g = laid;
        if (g == null || part.isEmpty()) {
            return;
        }
        List<Graph.Node> nodes = g.graph().nodes();
        String low = part.toLowerCase(java.util.Locale.ROOT);
        int at = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(canvas.getSelection())) {
                at = i;
            }
        }
        int n0 = nodes.size();
        for (int k = 1; k <= n0; k++) {
            int i = forwards ? (at + k) % n0 : ((at < 0 ? 0 : at) - k + 2 * n0) % n0;
            Graph.Node n = nodes.get(i);
            if (n.id().toLowerCase(java.util.Locale.ROOT).contains(low)) {
                canvas.select(n.id());
                return;
            }
        }
        header.setText("No case named like '" + part + "' in this lineage.");
    }

    /** Opens a case's tool output at the line ({@code file:line}, relative to the case's trial folder). */
    public ReportEditor openProvenance(CaseRecord c, String provenance) {
        Path base = c.design() != null ? Path.of(c.design()).getParent()
                : shown == null ? null : io.noodle.model.results.RunFolder.of(shown.studyFolder(), shown.runId())
                        .trialDir(c.name(), c.stage(), c.index());
        try {
            return ReportEditor.open(getSite().getPage(), provenance, base);
        } catch (org.eclipse.ui.PartInitException e) {
            header.setText("Cannot open " + provenance + ": " + e.getMessage());
            return null;
        }
    }

    private void toggleStageOf(String id) {
        if (id == null) {
            return;
        }
        if (id.startsWith(LineageModel.STAGE_NODE)) {
            collapsed.remove(Integer.valueOf(id.substring(LineageModel.STAGE_NODE.length())));
        } else {
            CaseRecord c = caseNamed(id);
            if (c == null) {
                return;
            }
            collapsed.add(c.stage());
        }
        rebuild();
    }

    /** A case selected in another part (a case of the editor's Model page, a case record): selected here too. */
    private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection sel) {
        if (!linked || part == this || !(sel instanceof IStructuredSelection s) || canvas.isDisposed()) {
            return;
        }
        Object o = s.getFirstElement();
        String name = o instanceof Case c ? c.getName() : o instanceof CaseRecord r ? r.name() : null;
        if (name != null && laid != null && laid.boxes().containsKey(name) && !name.equals(canvas.getSelection())) {
            echoing = true;
            try {
                canvas.select(name);
            } finally {
                echoing = false;
            }
        }
    }

    /**
     * Writes the lineage shown to {@code file}, by its extension: {@code .png} (the picture at 1:1), {@code .svg}
     * or {@code .dot}. UI thread.
     */
    public void export(Path file) throws IOException {
        LaidOutGraph g = laid;
        if (g == null) {
            throw new IOException("no lineage is shown");
        }
        String name = Exports.kind(file);
        if (name.endsWith(".dot")) {
            Exports.text(file, Dot.of(g.graph()));
        } else if (name.endsWith(".svg")) {
            Exports.text(file, io.noodle.views.lineage.Svg.of(g));
        } else if (name.endsWith(".png")) {
            org.eclipse.swt.graphics.Image image = canvas.picture();
            try {
                Exports.png(image, file);
            } finally {
                image.dispose();
            }
        } else {
            throw new IOException("the file name must end in .png, .svg or .dot");
        }
    }

    /** The canvas (for tests). */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** The run shown (for tests). */
    public RunSnapshot shown() {
        return shown;
    }

    /** The stages shown collapsed (for tests). */
    public Set<Integer> collapsedStages() {
        return new TreeSet<>(collapsed);
    }

    /** Shows a snapshot as if the followed run gave it (for benchmarks and tests). */
    public void showSnapshot(RunSnapshot snap) {
        show(snap);
    }

    /** Collapses these stages (as double-click does, one by one). */
    public void collapseStages(java.util.Collection<Integer> stages) {
        collapsed.addAll(stages);
        rebuild();
    }

    /** Shows only some cases (as the filter list does). */
    public void showOnly(LineageModel.Show what) {
        filter.select(what.ordinal());
        show = what;
        rebuild();
    }

    /** Collapses or expands the stage of a node (as double-click does). */
    public void toggleStage(String nodeId) {
        toggleStageOf(nodeId);
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(fromOthers);
        if (follower != null) {
            follower.dispose();
        }
        super.dispose();
    }
}
