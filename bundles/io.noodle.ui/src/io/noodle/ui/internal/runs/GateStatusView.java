package io.noodle.ui.internal.runs;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.VerdictRecord;
import io.noodle.ui.NoodleUi;

/**
 * The safety gates of the newest run of the study the user works on (see {@link RunFollower}), live: gate 0
 * and every rail of every stage and of the study as it was judged — pass or FAIL, the threshold against the
 * value observed, the stage, the cases involved, the verdict's words and its evidence (the tool output it
 * rests on, {@code file:line}) — and the stages not reached yet. A failed gate is a red row at the top and
 * the status line says so.
 */
public final class GateStatusView extends ViewPart {

    public static final String ID = "io.noodle.ui.views.gates";
    private static final Color FAILED = new Color(253, 222, 222);
    private static final Color WARNED = new Color(255, 243, 205);

    private Label header;
    private Table table;
    private RunFollower follower;
    private RunSnapshot shown;
    private org.eclipse.swt.custom.StyledText trace;
    private Label traceTitle;
    private org.eclipse.swt.custom.SashForm sash;
    private String traceShownFor = "";
    private final SelectionProvider selection = new SelectionProvider();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setData(NoodleUi.TEST_ID, "gates.header");
        header.setText("Open or select a study: the gates of its newest run show here.");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(header);
        // the verdicts above, a stopped run's safety trace below: the user moves the sash between them
        sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(NoodleUi.TEST_ID, "gates.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] c : new String[][] { { "Verdict", "70" }, { "Gate or rail", "130" }, { "Stage", "90" },
                { "Threshold", "80" }, { "Observed", "80" }, { "Cases", "160" }, { "Why", "360" },
                { "Evidence", "300" } }) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        table.addListener(SWT.DefaultSelection, e -> { // Enter or double-click: the evidence, at its line
            if (e.item instanceof TableItem ti && ti.getData() instanceof VerdictRecord v && !v.evidence().isEmpty()) {
                try {
                    ReportEditor.open(getSite().getPage(), v.evidence().get(0), shown == null ? null
                            : shown.studyFolder());
                } catch (org.eclipse.ui.PartInitException x) {
                    header.setText("Cannot open " + v.evidence().get(0) + ": " + x.getMessage());
                }
            }
        });
        table.setToolTipText("Double-click a verdict (or press Enter) to open its evidence at the line; selecting it "
                + "selects its first case in the other views");
        table.addListener(SWT.Selection, e -> { // the verdict's first case, for Properties and the lineage
            CaseRecord c = e.item instanceof TableItem ti && ti.getData() instanceof VerdictRecord v
                    ? firstCase(v) : null;
            selection.setSelection(c == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY
                    : new org.eclipse.jface.viewers.StructuredSelection(c));
        });
        getSite().setSelectionProvider(selection);
        Composite below = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(below);
        traceTitle = new Label(below, SWT.NONE);
        traceTitle.setText("Safety trace (why the run stopped)");
        traceTitle.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().indent(4, 4).applyTo(traceTitle);
        trace = new org.eclipse.swt.custom.StyledText(below, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        trace.setData(NoodleUi.TEST_ID, "gates.trace");
        trace.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(trace);
        sash.setWeights(3, 2);
        showTrace(null);
        follower = new RunFollower(getSite(), this::show);
    }

    private CaseRecord firstCase(VerdictRecord v) {
        RunSnapshot s = shown;
        if (s == null || v.cases().isEmpty()) {
            return null;
        }
        return s.cases().stream().filter(c -> c.name().equals(v.cases().get(0))).findFirst().orElse(null);
    }

    /**
     * The safety trace of a run that stopped on a gate or rail (blocked, aborted, failed): the engine's words
     * from {@code reports/safety_trace.txt}, shown under the table; hidden for a run that goes on or succeeded.
     */
    private void showTrace(RunSnapshot snap) {
        String key = snap == null ? null : snap.runKey() + "|" + snap.phase();
        if (java.util.Objects.equals(key, traceShownFor)) {
            return; // read once per run and phase, not per snapshot
        }
        traceShownFor = key;
        String text = null;
        if (snap != null && (snap.phase() == RunSnapshot.Phase.BLOCKED || snap.phase() == RunSnapshot.Phase.ABORTED
                || snap.phase() == RunSnapshot.Phase.FAILED)) {
            java.nio.file.Path file = java.nio.file.Path.of(snap.runKey()).resolve("reports").resolve("safety_trace.txt");
            try {
                text = java.nio.file.Files.size(file) > 262_144 ? String.join("\n", CaseProperties.tail(file, 200))
                        : java.nio.file.Files.readString(file);
            } catch (java.io.IOException e) {
                text = snap.message() == null ? null : snap.message();
            }
        }
        boolean show = text != null && !text.isBlank();
        trace.setText(show ? text.strip() : "");
        sash.setMaximizedControl(show ? null : table);
    }

    /** The safety trace shown, empty when none (for tests). */
    public String safetyTrace() {
        return sash.getMaximizedControl() == null ? trace.getText() : "";
    }

    /** A new snapshot of the followed run (UI thread): failed verdicts first, then the rest in order. */
    private void show(RunSnapshot snap) {
        shown = snap;
        showTrace(snap);
        table.setRedraw(false);
        try {
            table.removeAll();
            if (snap == null) {
                header.setText("The study has not run yet.");
                return;
            }
            List<VerdictRecord> verdicts = snap.verdicts();
            long failed = verdicts.stream().filter(v -> !v.passed()).count();
            long warned = verdicts.stream().filter(VerdictRecord::warning).count();
            verdicts.stream().filter(v -> !v.passed()).forEach(this::row);
            verdicts.stream().filter(VerdictRecord::warning).forEach(this::row);
            verdicts.stream().filter(v -> v.passed() && !v.warning()).forEach(this::row);
            for (RunSnapshot.StageView st : snap.stages()) {
                if (st.state() == RunSnapshot.StageState.PENDING) {
                    TableItem ti = new TableItem(table, SWT.NONE);
                    ti.setText(new String[] { snap.phase() == RunSnapshot.Phase.RUNNING ? "pending" : "not reached",
                            "stage rails", st.name(), "", "", "", st.reason() == null ? "" : st.reason(), "" });
                }
            }
            header.setText(snap.study() + " " + snap.runId() + ": " + snap.phase().name().toLowerCase(Locale.ROOT)
                    + " \u2014 " + verdicts.size() + " verdicts, " + (failed == 0 ? "none failed"
                            : failed + " FAILED") + (warned == 0 ? "" : ", " + warned + " warning(s)")
                    + (snap.message() == null || !safetyTrace().isEmpty() ? "" : "; " + snap.message())); // else below
            var status = getViewSite().getActionBars().getStatusLineManager();
            status.setErrorMessage(failed == 0 ? null : snap.study() + ": " + failed + " gate(s) failed in "
                    + snap.runId() + " (Gate Status)");
        } finally {
            table.setRedraw(true);
            header.getParent().layout(new org.eclipse.swt.widgets.Control[] { header });
        }
    }

    private void row(VerdictRecord v) {
        TableItem ti = new TableItem(table, SWT.NONE);
        ti.setText(new String[] { !v.passed() ? "FAIL" : v.warning() ? "warn" : "pass", v.rail(), v.stage() != null ? v.stage() : v.rail().equals("gate0") ? "base case" : "study",
                number(v.threshold()), number(v.observed()), String.join(", ", v.cases()),
                v.message() == null ? "" : v.message(), String.join(", ", v.evidence()) });
        if (!v.passed()) {
            ti.setBackground(FAILED);
        } else if (v.warning()) {
            ti.setBackground(WARNED);
        }
        ti.setData(v);
    }

    private static String number(Double d) {
        return d == null ? "" : io.noodle.model.validation.ParameterValues.plain(d);
    }

    /** The table (for tests). */
    public Table table() {
        return table;
    }

    /** The run shown (for tests). */
    public RunSnapshot shown() {
        return shown;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (follower != null) {
            follower.dispose();
        }
        super.dispose();
    }
}
