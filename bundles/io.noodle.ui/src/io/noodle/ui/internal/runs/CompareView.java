package io.noodle.ui.internal.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.views.heatmap.CaseMaps;
import io.noodle.views.metrics.ParetoChart;
import io.noodle.views.metrics.RunComparison;

/**
 * Two runs side by side — of one study, or of two studies on the same design: the summary with the changes from
 * the first to the second, both runs' cases and Pareto fronts on one chart (WNS against the metric that varies
 * over most cases), and a link that shows the difference of the two runs' best cases' maps in Heatmaps. The
 * runs are chosen from every run in the workspace, or by selecting two runs on a study's Results page.
 */
public final class CompareView extends ViewPart {

    public static final String ID = NoodleUi.COMPARE_VIEW_ID;
    private static final Color[][] COLOURS = { { new Color(120, 130, 145), new Color(200, 110, 0) },
            { new Color(143, 179, 220), new Color(44, 110, 180) } };

    /**
     * One run as compared: its folder, name on screen, outcome and cases, and the case whose maps stand for it
     * (found in the reading job: it lists trial folders).
     */
    record Side(RunFolder run, String label, String outcome, List<CaseRecord> cases, String best, CaseRecord mapped) {
    }

    private Combo first;
    private Combo second;
    private Table summary;
    private Canvas chart;
    private Label fronts;
    private Link maps;
    private final List<RunFolder> runs = new ArrayList<>();
    private Side a;
    private Side b;
    private String y;
    private List<ParetoChart.Series> series = List.of();
    private Job load;
    /** The newest listing asked for (UI thread): an older one that ends later is dropped. */
    private long listing;
    private final SelectionProvider selection = new SelectionProvider();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText("First:");
        first = new Combo(top, SWT.READ_ONLY);
        first.setData(NoodleUi.TEST_ID, "compare.first");
        new Label(top, SWT.NONE).setText("Second:");
        second = new Combo(top, SWT.READ_ONLY);
        second.setData(NoodleUi.TEST_ID, "compare.second");
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(first);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(second);
        first.addListener(SWT.Selection, e -> reload());
        second.addListener(SWT.Selection, e -> reload());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        summary = new Table(sash, SWT.FULL_SELECTION | SWT.BORDER);
        summary.setData(NoodleUi.TEST_ID, "compare.summary");
        summary.setHeaderVisible(true);
        summary.setLinesVisible(true);
        for (String c : new String[] { "", "first", "second", "change" }) {
            new TableColumn(summary, SWT.LEFT).setText(c);
        }
        chart = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        chart.setData(NoodleUi.TEST_ID, "compare.chart");
        chart.addPaintListener(e -> paint(e.gc));
        sash.setWeights(2, 3);
        fronts = new Label(parent, SWT.WRAP);
        fronts.setData(NoodleUi.TEST_ID, "compare.fronts");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(fronts);
        maps = new Link(parent, SWT.NONE);
        maps.setData(NoodleUi.TEST_ID, "compare.maps");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(maps);
        maps.addListener(SWT.Selection, e -> showMapDiff());
        getViewSite().getActionBars().getToolBarManager().add(Exports.action(getSite(),
                "Save the chart of both runs as a PNG picture or an SVG drawing", new String[] { ".png", ".svg" },
                new String[] { "PNG picture", "SVG drawing" }, () -> "compare-" + first.getText().replace('/', '-')
                        + "-" + second.getText().replace('/', '-'), this::export));
        getSite().setSelectionProvider(selection);
        listRuns(null, null);
    }

    /** Compares two runs (as the Results page's <em>Compare</em> does): both chosen in the lists, then read. */
    public void compare(RunFolder one, RunFolder two) {
        listRuns(one, two);
    }

    /** Lists the workspace's runs in a job, then chooses {@code one} and {@code two} (or the two newest). */
    private void listRuns(RunFolder one, RunFolder two) {
        var ws = NoodleApplication.currentWorkspace();
        Path root = ws == null ? null : ws.root();
        long mine = ++listing; // a later request (Compare on the Results page) wins over the view's first listing
        Job list = Job.create("Listing the runs of the workspace", m -> {
            List<RunFolder> found = workspaceRuns(root);
            first.getDisplay().asyncExec(() -> {
                if (first.isDisposed() || mine != listing) {
                    return;
                }
                runs.clear();
                runs.addAll(found);
                String[] items = found.stream().map(CompareView::label).toArray(String[]::new);
                first.setItems(items);
                second.setItems(items);
                int i = one == null ? Math.min(1, items.length - 1) : indexOf(one);
                int j = two == null ? 0 : indexOf(two);
                if (i >= 0) {
                    first.select(i);
                }
                if (j >= 0) {
                    second.select(j);
                }
                reload();
            });
            return Status.OK_STATUS;
        });
        list.setSystem(true);
        list.schedule();
    }

    private int indexOf(RunFolder r) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).root().equals(r.root())) {
                return i;
            }
        }
        return -1;
    }

    /** Every run of every study folder in the workspace, newest first within a study. */
    static List<RunFolder> workspaceRuns(Path root) {
        List<RunFolder> out = new ArrayList<>();
        if (root == null || !Files.isDirectory(root)) {
            return out;
        }
        try (var dirs = Files.list(root)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                try {
                    StudyStore.studyFile(d);
                } catch (StudyLoadException e) {
                    continue; // not a study folder
                }
                List<RunFolder> mine = new ArrayList<>(RunFolder.all(d));
                java.util.Collections.reverse(mine);
                out.addAll(mine);
            }
        } catch (java.io.IOException e) {
            // an unreadable workspace lists nothing; the lists stay empty and say so below
        }
        return out;
    }

    static String label(RunFolder r) {
        return r.studyFolder().getFileName() + "/" + r.id();
    }

    /** Reads the two chosen runs in a job, then shows them. */
    private void reload() {
        int i = first.getSelectionIndex();
        int j = second.getSelectionIndex();
        if (i < 0 || j < 0) {
            fronts.setText(runs.isEmpty() ? "No study in the workspace has run yet." : "Choose two runs.");
            return;
        }
        RunFolder one = runs.get(i);
        RunFolder two = runs.get(j);
        if (load != null) {
            load.cancel();
        }
        load = Job.create("Reading " + label(one) + " and " + label(two), m -> {
            Side x;
            Side z;
            try {
                x = side(one);
                z = side(two);
            } catch (java.io.IOException e) {
                chart.getDisplay().asyncExec(() -> {
                    if (!fronts.isDisposed()) {
                        fronts.setText("Cannot read the runs: " + e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
            List<CaseRecord> both = new ArrayList<>(x.cases());
            both.addAll(z.cases());
            String metric = ParetoChart.defaultY(both, "wns");
            List<ParetoChart.Series> s = metric == null ? List.of() : List.of(ParetoChart.series(x.label(), x.cases(),
                    "wns", metric), ParetoChart.series(z.label(), z.cases(), "wns", metric));
            RunComparison cmp = RunComparison.of(x.label(), x.outcome(), x.cases(), z.label(), z.outcome(), z.cases());
            if (!m.isCanceled()) {
                chart.getDisplay().asyncExec(() -> show(x, z, metric, s, cmp));
            }
            return Status.OK_STATUS;
        });
        load.setSystem(true);
        load.schedule();
    }

    private static Side side(RunFolder r) throws java.io.IOException {
        RunRecords.Loaded l = RunRecords.read(r);
        Outcome o = l.outcome();
        List<CaseRecord> cases = new ArrayList<>(l.cases().values());
        String best = o == null ? null : o.best();
        return new Side(r, label(r), o == null ? (r.hasCheckpoint() ? "stopped" : "no result") : o.status(), cases,
                best, CaseMaps.mapped(cases, best));
    }

    private void show(Side x, Side z, String metric, List<ParetoChart.Series> s, RunComparison cmp) {
        if (summary.isDisposed()) {
            return;
        }
        a = x;
        b = z;
        y = metric;
        series = s;
        summary.removeAll();
        summary.getColumn(1).setText(x.label());
        summary.getColumn(2).setText(z.label());
        for (String[] row : cmp.rows()) {
            new TableItem(summary, SWT.NONE).setText(row);
        }
        for (TableColumn c : summary.getColumns()) {
            c.pack();
        }
        StringBuilder words = new StringBuilder();
        for (ParetoChart.Series one : s) {
            words.append(words.length() == 0 ? "" : "\n").append("Pareto front of ").append(one.label()).append(": ")
                    .append(one.frontText());
        }
        fronts.setText(metric == null ? "No metric but WNS varies over the cases: nothing to plot."
                : words + "\n(WNS higher, " + metric + (ParetoChart.higherIsBetter(metric) ? " higher" : " lower")
                        + " is better)");
        CaseRecord ma = x.mapped();
        CaseRecord mb = z.mapped();
        maps.setText(ma == null || mb == null ? "The best cases' maps: " + (ma == null ? x.label() : z.label())
                + " has no case with maps." : "<a>Show the maps of " + z.label() + "'s " + mb.name() + " minus "
                        + x.label() + "'s " + ma.name() + " in Heatmaps</a> (each run's best case with maps)");
        maps.getParent().layout(true);
        chart.redraw();
    }

    /** Shows the second run's best mapped case's maps minus the first's in the Heatmaps view. */
    public void showMapDiff() {
        if (a == null || b == null) {
            return;
        }
        CaseRecord ma = a.mapped();
        CaseRecord mb = b.mapped();
        if (ma == null || mb == null) {
            return;
        }
        selection.setSelection(new StructuredSelection(List.of(ma, mb)));
        try {
            HeatmapView h = (HeatmapView) getSite().getPage().showView(NoodleUi.HEATMAP_VIEW_ID);
            h.compare(ma, mb);
        } catch (org.eclipse.ui.PartInitException e) {
            fronts.setText("Cannot show the Heatmaps view: " + e.getMessage());
        }
    }

    private Rectangle plot() {
        Rectangle r = chart.getClientArea();
        return new Rectangle(60, 10, Math.max(10, r.width - 80), Math.max(10, r.height - 50));
    }

    private void paint(GC gc) {
        var d = chart.getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(chart.getClientArea());
        if (series.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        Rectangle p = plot();
        double[] rx = ParetoChart.range(series.stream().map(ParetoChart.Series::xs).toList());
        double[] ry = ParetoChart.range(series.stream().map(ParetoChart.Series::ys).toList());
        gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(p.x, p.y + p.height, p.x + p.width, p.y + p.height);
        gc.drawLine(p.x, p.y, p.x, p.y + p.height);
        gc.drawText("wns", p.x + p.width / 2 - 10, p.y + p.height + 18, true);
        gc.drawText(y, 4, p.y + p.height / 2, true);
        gc.drawText(plain(rx[0]), p.x, p.y + p.height + 4, true);
        String xr = plain(rx[1]);
        gc.drawText(xr, p.x + p.width - gc.textExtent(xr).x, p.y + p.height + 4, true);
        gc.drawText(plain(ry[1]), 4, p.y, true);
        gc.drawText(plain(ry[0]), 4, p.y + p.height - 14, true);
        for (int r = 0; r < series.size(); r++) {
            ParetoChart.Series s = series.get(r);
            gc.setBackground(COLOURS[r][0]);
            for (int i = 0; i < s.xs().length; i++) {
                gc.fillOval(px(s.xs()[i], rx, p) - 3, py(s.ys()[i], ry, p) - 3, 6, 6);
            }
            gc.setForeground(COLOURS[r][1]);
            gc.setBackground(COLOURS[r][1]);
            gc.setLineWidth(2);
            gc.setLineStyle(r == 0 ? SWT.LINE_SOLID : SWT.LINE_DASH);
            int[] f = s.front();
            for (int k = 0; k < f.length; k++) {
                int cx = px(s.xs()[f[k]], rx, p);
                int cy = py(s.ys()[f[k]], ry, p);
                gc.fillOval(cx - 4, cy - 4, 8, 8);
                if (k + 1 < f.length) {
                    gc.drawLine(cx, cy, px(s.xs()[f[k + 1]], rx, p), py(s.ys()[f[k + 1]], ry, p));
                }
            }
            gc.drawLine(p.x + p.width - 180, p.y + 10 + 16 * r, p.x + p.width - 156, p.y + 10 + 16 * r);
            gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(s.label(), p.x + p.width - 150, p.y + 3 + 16 * r, true);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
        }
    }

    private static int px(double x, double[] rx, Rectangle p) {
        return ParetoChart.place(x, rx, p.x, p.width, false);
    }

    private static int py(double v, double[] ry, Rectangle p) {
        return ParetoChart.place(v, ry, p.y, p.height, true);
    }

    private static String plain(double v) {
        return io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    /** {@code .png} the chart as drawn, {@code .svg} both runs' points and fronts. UI thread. */
    void export(Path file) throws java.io.IOException {
        String name = Exports.kind(file);
        if (name.endsWith(".png")) {
            Exports.png(chart, this::paint, file);
        } else if (name.endsWith(".svg")) {
            Rectangle r = chart.getClientArea();
            Exports.text(file, ParetoChart.svg(r.width, r.height, "wns", y == null ? "" : y, series, null, Set.of()));
        } else {
            throw new java.io.IOException("the file name must end in .png or .svg");
        }
    }

    /** The two runs shown, as the lists name them, or null before any (for tests). */
    public List<String> shownRuns() {
        return a == null ? null : List.of(a.label(), b.label());
    }

    /** The fronts of the chart, one list of case names per run (for tests). */
    public List<List<String>> fronts() {
        List<List<String>> out = new ArrayList<>();
        for (ParetoChart.Series s : series) {
            List<String> f = new ArrayList<>();
            for (int i : s.front()) {
                f.add(s.points().get(i).name());
            }
            out.add(f);
        }
        return out;
    }

    /** The chart's height in pixels (for tests). */
    public int chartHeight() {
        return chart.getSize().y;
    }

    /** The summary's rows (for tests). */
    public List<String[]> summaryRows() {
        List<String[]> out = new ArrayList<>();
        for (TableItem t : summary.getItems()) {
            out.add(new String[] { t.getText(0), t.getText(1), t.getText(2), t.getText(3) });
        }
        return out;
    }

    @Override
    public void setFocus() {
        first.setFocus();
    }
}
