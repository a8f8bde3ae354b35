package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.results.CaseRecord;
import io.noodle.ui.NoodleUi;
import io.noodle.views.metrics.CaseTable;

/**
 * The cases of the followed run as a table: every metric a column beside case, state, stage, ECO, parent and
 * trial time. A virtual table (it asks only for the rows it draws), sorted by a click on a column's header
 * (again: the other way), filtered by text and by a range of one metric; the toolbar chooses the columns shown
 * and exports the rows shown as CSV; Ctrl+C copies the selected rows. Selecting a row selects the case in the
 * other views, and a case selected elsewhere is selected here. Sorting and filtering run in a job on each new
 * snapshot (at most four a second).
 */
public final class MetricsView extends ViewPart {

    public static final String ID = "io.noodle.ui.views.metrics";

    private Label header;
    private Text filter;
    private Combo rangeMetric;
    private Text min;
    private Text max;
    private Table table;
    private RunFollower follower;
    private RunSnapshot shown;
    private CaseTable model;
    private int[] rows = new int[0];
    private String sortColumn = "wns";
    private boolean ascending;
    private final Set<String> hidden = new HashSet<>();
    private final SelectionProvider selection = new SelectionProvider();
    private final ISelectionListener fromOthers = this::selectedElsewhere;
    private boolean echoing;
    private Job job;
    private boolean allRuns;
    /** The cases of the study's other runs, read once per run file change: run folder -> {stamp, cases}. */
    private final java.util.Map<Path, Object[]> otherRuns = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        header = new Label(top, SWT.NONE);
        header.setData(NoodleUi.TEST_ID, "metrics.header");
        header.setText("Open or select a study: the cases of its newest run show here.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(header);
        filter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setData(NoodleUi.TEST_ID, "metrics.filter");
        filter.setMessage("Filter (any column)");
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(filter);
        rangeMetric = new Combo(top, SWT.READ_ONLY);
        rangeMetric.setData(NoodleUi.TEST_ID, "metrics.rangeMetric");
        rangeMetric.add("no range");
        rangeMetric.select(0);
        min = new Text(top, SWT.BORDER);
        min.setData(NoodleUi.TEST_ID, "metrics.min");
        min.setMessage("from");
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(min);
        max = new Text(top, SWT.BORDER);
        max.setData(NoodleUi.TEST_ID, "metrics.max");
        max.setMessage("to");
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(max);
        new Label(top, SWT.NONE);
        for (var w : List.of(filter, min, max)) {
            w.addListener(SWT.Modify, e -> refresh());
        }
        rangeMetric.addListener(SWT.Selection, e -> refresh());
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(NoodleUi.TEST_ID, "metrics.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int i = table.indexOf(item);
            if (model != null && i >= 0 && i < rows.length) {
                List<String> cols = shownColumns();
                for (int k = 0; k < cols.size(); k++) {
                    item.setText(k, model.text(rows[i], cols.get(k)));
                }
            }
        });
        table.addListener(SWT.Selection, e -> { // the selected cases (two of them: the Heatmaps view compares them)
            if (echoing || model == null) {
                return;
            }
            List<CaseRecord> picked = new ArrayList<>();
            for (int i : table.getSelectionIndices()) {
                if (i >= 0 && i < rows.length) {
                    picked.add(model.row(rows[i]));
                }
            }
            if (!picked.isEmpty()) {
                selection.setSelection(new StructuredSelection(picked));
            }
        });
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.character == 3)) {
                copy();
            }
        });
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(fromOthers);
        var bars = getViewSite().getActionBars();
        bars.getToolBarManager().add(Exports.action(getSite(), "Save the rows shown, with the columns shown, as CSV",
                new String[] { ".csv" }, new String[] { "CSV" },
                () -> shown == null ? "cases" : shown.study() + "-" + shown.runId(), this::export));
        Action every = new Action("All Runs of the Study", org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                showAllRuns(isChecked());
            }
        };
        every.setToolTipText("List the cases of every run of the study, a column naming each one's run");
        every.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromURL(
                MetricsView.class.getResource("/icons/study16.png")));
        bars.getToolBarManager().add(every);
        bars.getMenuManager().setRemoveAllWhenShown(true);
        bars.getMenuManager().addMenuListener(m -> { // the columns, to show or hide
            if (model == null) {
                return;
            }
            for (String col : model.columns()) {
                Action a = new Action(col, org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
                    @Override
                    public void run() {
                        showColumn(col, isChecked());
                    }
                };
                a.setChecked(!hidden.contains(col));
                m.add(a);
            }
        });
        follower = new RunFollower(getSite(), s -> {
            shown = s;
            refresh();
        });
    }

    private List<String> shownColumns() {
        return model == null ? List.of() : model.columns().stream().filter(c -> !hidden.contains(c)).toList();
    }

    /** Shows or hides a column (as the view menu does). */
    public void showColumn(String column, boolean show) {
        if (show) {
            hidden.remove(column);
        } else {
            hidden.add(column);
        }
        rebuildColumns();
    }

    /** Lists the cases of every run of the followed study, or of the followed run only (as the toolbar does). */
    public void showAllRuns(boolean all) {
        allRuns = all;
        refresh();
    }

    /** Sorts by a column, the other way when it is the sorted one (as a click on its header does). */
    public void sortBy(String column) {
        ascending = column.equals(sortColumn) ? !ascending : "case".equals(column);
        sortColumn = column;
        refresh();
    }

    /** The model rows shown, filtered and sorted, in a job; then the virtual table is told its size. */
    private void refresh() {
        RunSnapshot snap = shown;
        if (table.isDisposed()) {
            return;
        }
        if (snap == null) {
            model = null;
            rows = new int[0];
            table.setItemCount(0);
            header.setText("The study has not run yet.");
            return;
        }
        String text = filter.getText();
        String metric = rangeMetric.getSelectionIndex() > 0 ? rangeMetric.getText() : null;
        Double lo = number(min.getText());
        Double hi = number(max.getText());
        String column = sortColumn;
        boolean up = ascending;
        boolean every = allRuns;
        if (job != null) {
            job.cancel();
        }
        job = Job.create("Sorting the cases of " + snap.study(), m -> {
            CaseTable t = every ? allRunsTable(snap) : model != null && model.run(0) == null && shown == snap
                    && model.size() == snap.cases().size() ? model : new CaseTable(snap.cases());
            int[] r = t.filter(text, metric, lo, hi);
            if (t.columns().contains(column)) {
                r = t.sort(r, column, up);
            }
            int[] done = r;
            if (!m.isCanceled()) {
                table.getDisplay().asyncExec(() -> show(snap, t, done));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * The cases of every run of the study: the followed one as its snapshot has them (live), the others from
     * their files (read again only when their checkpoint or journal changed). A run that cannot be read is left out.
     */
    private CaseTable allRunsTable(RunSnapshot snap) {
        List<CaseRecord> cases = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        String study = snap.studyFolder().getFileName().toString();
        for (io.noodle.model.results.RunFolder r : io.noodle.model.results.RunFolder.all(snap.studyFolder())) {
            List<CaseRecord> mine;
            if (r.root().toString().equals(snap.runKey())) {
                mine = snap.cases();
            } else {
                long stamp = io.noodle.core.io.FileTrees.stamp(r.checkpoint()) * 31
                        + io.noodle.core.io.FileTrees.stamp(r.journal());
                Object[] had = otherRuns.get(r.root());
                if (had != null && (long) had[0] == stamp) {
                    @SuppressWarnings("unchecked")
                    List<CaseRecord> kept = (List<CaseRecord>) had[1];
                    mine = kept;
                } else {
                    try {
                        mine = List.copyOf(io.noodle.model.results.RunRecords.read(r).cases().values());
                    } catch (IOException e) {
                        continue;
                    }
                    otherRuns.put(r.root(), new Object[] { stamp, mine });
                }
            }
            cases.addAll(mine);
            for (int i = 0; i < mine.size(); i++) {
                runs.add(study + "/" + r.id());
            }
        }
        return new CaseTable(cases, runs);
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show(RunSnapshot snap, CaseTable t, int[] r) {
        if (table.isDisposed() || shown != snap) {
            return;
        }
        boolean newColumns = model == null || !model.columns().equals(t.columns());
        CaseRecord selected = selectedCase();
        model = t;
        rows = r;
        if (newColumns) {
            rebuildColumns();
            List<String> metrics = t.metricColumns();
            String was = rangeMetric.getSelectionIndex() > 0 ? rangeMetric.getText() : null;
            rangeMetric.removeAll();
            rangeMetric.add("no range");
            metrics.forEach(rangeMetric::add);
            rangeMetric.select(was == null ? 0 : Math.max(0, rangeMetric.indexOf(was)));
        }
        table.setItemCount(r.length);
        table.clearAll();
        header.setText((t.run(0) != null || t.size() == 0 && allRuns ? snap.study() + ", all runs" : snap.study() + " "
                + snap.runId()) + ": " + r.length + " of " + t.size() + " cases, by " + sortColumn
                + (ascending ? " \u2191" : " \u2193"));
        header.getParent().layout(true);
        if (selected != null) {
            select(selected.name());
        }
    }

    private void rebuildColumns() {
        table.setRedraw(false);
        try {
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            for (String col : shownColumns()) {
                TableColumn c = new TableColumn(table, CaseTable.RUN.equals(col) || "case".equals(col) || "eco".equals(col) || "state".equals(col)
                        || "parent".equals(col) ? SWT.LEFT : SWT.RIGHT);
                c.setText(col);
                c.setWidth("case".equals(col) || "eco".equals(col) ? 170 : 90);
                c.addListener(SWT.Selection, e -> sortBy(col));
                if (col.equals(sortColumn)) {
                    table.setSortColumn(c);
                    table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
                }
            }
            table.clearAll();
        } finally {
            table.setRedraw(true);
        }
    }

    private CaseRecord selectedCase() {
        int i = table.getSelectionIndex();
        return model != null && i >= 0 && i < rows.length ? model.row(rows[i]) : null;
    }

    /** Selects the row of a case, if shown, and reveals it. */
    private void select(String name) {
        for (int i = 0; i < rows.length; i++) {
            if (model.row(rows[i]).name().equals(name)) {
                echoing = true;
                try {
                    table.setSelection(i);
                    table.showSelection();
                } finally {
                    echoing = false;
                }
                return;
            }
        }
    }

    private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection sel) {
        if (part != this && sel instanceof IStructuredSelection s && s.getFirstElement() instanceof CaseRecord c
                && model != null && !table.isDisposed()) {
            CaseRecord now = selectedCase();
            if (now == null || !now.name().equals(c.name())) {
                select(c.name());
            }
        }
    }

    /** The selected rows as CSV (with the header) on the clipboard. */
    private void copy() {
        int[] sel = table.getSelectionIndices();
        int[] picked = new int[sel.length];
        for (int i = 0; i < sel.length; i++) {
            picked[i] = rows[sel[i]];
        }
        org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(table.getDisplay());
        try {
            cb.setContents(new Object[] { model.csv(picked, shownColumns()) },
                    new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
        } finally {
            cb.dispose();
        }
    }

    /** Writes the rows shown, with the columns shown, as CSV (written whole, or not at all). */
    public void export(Path file) throws IOException {
        if (model == null) {
            throw new IOException("no run is shown");
        }
        Exports.text(file, model.csv(rows, shownColumns()));
    }

    /** The names of the cases shown, in the table's order (for tests). */
    public List<String> shownCases() {
        List<String> out = new ArrayList<>();
        for (int r : rows) {
            out.add(model.row(r).name());
        }
        return out;
    }

    /** The table (for tests). */
    public Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
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
