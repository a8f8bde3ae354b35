package io.noodle.ui.internal.editors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.ui.NoodleUi;

/**
 * The Results page: the runs of the study, newest first — run, outcome, best case, when it ended, how long
 * it took, its folder. Read from the run folders in a job whenever the page is shown or a run ends.
 */
final class ResultsPage extends FormPage {

    /** One run as the table shows it. */
    record Row(String id, String outcome, String best, String ended, String took, String folder) {
    }

    private final StudyEditor editor;
    private Table table;
    private org.eclipse.swt.widgets.Button compare;

    ResultsPage(StudyEditor editor) {
        super(editor, "results", "Results");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        FormToolkit tk = managed.getToolkit();
        form.setText("Runs");
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        tk.createLabel(body, "Each run keeps its results in a folder of its own beside the study file.");
        table = new Table(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(NoodleUi.TEST_ID, "study.runs");
        for (String[] c : new String[][] { { "Run", "70" }, { "Outcome", "110" }, { "Best case", "140" },
                { "Ended", "170" }, { "Took", "80" }, { "Folder", "400" } }) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(table);
        table.setToolTipText("Double-click a run (or press Enter) to see it in Case Lineage and Gate Status; select "
                + "two to compare them");
        compare = tk.createButton(body, "Compare the Two Selected Runs", SWT.PUSH);
        compare.setData(NoodleUi.TEST_ID, "study.runs.compare");
        compare.setToolTipText("Show the two runs side by side in Run Comparison: summary, both Pareto fronts, "
                + "the best cases' maps");
        compare.setEnabled(false);
        table.addListener(SWT.Selection, e -> compare.setEnabled(table.getSelectionCount() == 2));
        compare.addListener(SWT.Selection, e -> {
            TableItem[] sel = table.getSelection();
            if (sel.length == 2 && editor.getSession() != null) {
                // the older run first: the change reads from it to the newer
                compareRuns(sel[1].getText(0), sel[0].getText(0));
            }
        });
        table.addListener(SWT.DefaultSelection, e -> {
            TableItem[] sel = table.getSelection();
            if (sel.length > 0 && editor.getSession() != null) {
                openRun(sel[0].getText(0));
            }
        });
        refresh();
    }

    /** Shows a run of the study in the Case Lineage and Gate Status views (they show the newest otherwise). */
    void openRun(String runId) {
        io.noodle.ui.internal.runs.RunFollower.showRun(editor.getSession().folder(), runId);
        try {
            editor.getSite().getPage().showView(NoodleUi.GATES_VIEW_ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            editor.getSite().getPage().showView(NoodleUi.LINEAGE_VIEW_ID);
        } catch (org.eclipse.ui.PartInitException e) {
            getManagedForm().getForm().setMessage("Cannot show the run: " + e.getMessage(),
                    org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        }
    }

    /** Shows two runs of the study in Run Comparison, the first as the one the changes are measured from. */
    void compareRuns(String firstId, String secondId) {
        var folder = editor.getSession().folder();
        try {
            var view = (io.noodle.ui.internal.runs.CompareView) editor.getSite().getPage()
                    .showView(NoodleUi.COMPARE_VIEW_ID);
            view.compare(RunFolder.of(folder, firstId), RunFolder.of(folder, secondId));
        } catch (org.eclipse.ui.PartInitException e) {
            getManagedForm().getForm().setMessage("Cannot compare the runs: " + e.getMessage(),
                    org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        }
    }

    /** Reads the run folders in a job, then fills the table. */
    void refresh() {
        if (table == null || table.isDisposed() || editor.getSession() == null) {
            return;
        }
        var folder = editor.getSession().folder();
        String name = editor.getSession().study().getName();
        Job read = Job.create("Reading the runs of " + folder.getFileName(), m -> {
            List<Row> rows = rows(folder, name);
            editor.ui(() -> show(rows));
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    /** The runs of a study folder, newest first. */
    static List<Row> rows(java.nio.file.Path studyFolder, String studyName) {
        List<Row> rows = new ArrayList<>();
        List<RunFolder> all = new ArrayList<>(RunFolder.all(studyFolder));
        java.util.Collections.reverse(all);
        for (RunFolder r : all) {
            Outcome o = RunRecords.readOutcome(r);
            double seconds = RunRecords.durationSeconds(r, studyName);
            Duration d = Duration.ofMillis((long) (Math.max(0, seconds) * 1000));
            String took = seconds < 0 ? "" : d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s"
                    : String.format(java.util.Locale.ROOT, "%.1f s", seconds);
            rows.add(new Row(r.id(), o == null ? (r.hasCheckpoint() ? "stopped (resumable)" : "no result")
                    : o.status(), o == null || o.best() == null ? "" : o.best(),
                    o == null || o.finished() == null ? "" : o.finished().replace('T', ' ').replaceFirst("\\..*", ""),
                    took, r.root().toString()));
        }
        return rows;
    }

    private void show(List<Row> rows) {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        compare.setEnabled(false);
        for (Row r : rows) {
            TableItem ti = new TableItem(table, SWT.NONE);
            ti.setText(new String[] { r.id(), r.outcome(), r.best(), r.ended(), r.took(), r.folder() });
        }
        if (getManagedForm() != null) {
            getManagedForm().getForm().reflow(true);
        }
    }
}
