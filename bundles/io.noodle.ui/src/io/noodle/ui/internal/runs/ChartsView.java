package io.noodle.ui.internal.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.ui.NoodleUi;
import io.noodle.model.derived.EcoLeaderboard;
import io.noodle.views.metrics.Trajectory;

/**
 * The run's story in two charts: the **WNS trajectory** (the best WNS of each stage, and the WNS of the winning
 * path's cases, stage by stage from gate 0) and the **ECO leaderboard** (per ECO: trials, success rate, mean and
 * best WNS change against the parent, class). Follows the run the other run views show, live.
 */
public final class ChartsView extends ViewPart {

    public static final String ID = "io.noodle.ui.views.charts";
    private static final Color BEST = new Color(44, 110, 180);
    private static final Color PATH = new Color(200, 140, 0);

    private Label header;
    private Canvas trajectory;
    private Table leaderboard;
    private RunFollower follower;
    private RunSnapshot shown;
    private List<Trajectory.Point> perStage = List.of();
    private List<Trajectory.Step> path = List.of();
    private Map<String, String> classOf = Map.of();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        header = new Label(parent, SWT.NONE);
        header.setData(NoodleUi.TEST_ID, "charts.header");
        header.setText("Open or select a study: the charts of its newest run show here.");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(header);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        trajectory = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        trajectory.setData(NoodleUi.TEST_ID, "charts.trajectory");
        trajectory.addPaintListener(e -> paint(e.gc));
        leaderboard = new Table(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        leaderboard.setData(NoodleUi.TEST_ID, "charts.leaderboard");
        leaderboard.setHeaderVisible(true);
        leaderboard.setLinesVisible(true);
        for (String[] c : new String[][] { { "ECO", "140" }, { "Class", "120" }, { "Trials", "60" },
                { "Success", "70" }, { "Mean \u0394WNS (ps)", "110" }, { "Best \u0394WNS (ps)", "110" } }) {
            TableColumn col = new TableColumn(leaderboard, c[0].equals("ECO") || c[0].equals("Class") ? SWT.LEFT : SWT.RIGHT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        sash.setWeights(1, 1);
        follower = new RunFollower(getSite(), this::show);
        getViewSite().getActionBars().getToolBarManager().add(Exports.action(getSite(),
                "Save the trajectory chart (PNG or SVG) or the leaderboard (CSV)", new String[] { ".png", ".svg", ".csv" },
                new String[] { "Trajectory chart (PNG)", "Trajectory chart (SVG)", "ECO leaderboard (CSV)" },
                () -> shown == null ? "trajectory" : shown.study() + "-" + shown.runId(), this::export));
    }

    private void show(RunSnapshot s) {
        shown = s;
        if (s == null) {
            perStage = List.of();
            path = List.of();
            leaderboard.removeAll();
            header.setText("The study has not run yet.");
            trajectory.redraw();
            return;
        }
        classOf = RunFollower.ecoClasses(s.studyFolder());
        perStage = Trajectory.perStage(s.cases());
        path = Trajectory.winningPath(s.cases(), s.best());
        leaderboard.setRedraw(false);
        try {
            leaderboard.removeAll();
            for (EcoLeaderboard.Row r : EcoLeaderboard.of(s.cases(), classOf)) {
                TableItem ti = new TableItem(leaderboard, SWT.NONE);
                ti.setText(new String[] { r.eco(), r.ecoClass() == null ? "" : r.ecoClass(), Integer.toString(r.trials()),
                        Math.round(100 * r.successRate()) + " %", num(r.meanDeltaWns()), num(r.bestDeltaWns()) });
            }
        } finally {
            leaderboard.setRedraw(true);
        }
        header.setText(s.study() + " " + s.runId() + ": best WNS per stage (blue) and along the winning path (gold); "
                + "the ECOs ranked by their mean WNS change");
        trajectory.redraw();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%+.1f", v);
    }

    private void paint(GC gc) {
        var d = trajectory.getDisplay();
        Rectangle a = trajectory.getClientArea();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(a);
        List<double[]> best = new ArrayList<>();
        for (Trajectory.Point p : perStage) {
            if (!Double.isNaN(p.bestWns())) {
                best.add(new double[] { p.stage(), p.bestWns() });
            }
        }
        List<double[]> along = new ArrayList<>();
        for (Trajectory.Step s : path) {
            if (!Double.isNaN(s.wns())) {
                along.add(new double[] { s.stage(), s.wns() });
            }
        }
        if (best.isEmpty()) {
            gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("No case has a WNS yet.", 10, 10, true);
            return;
        }
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (List<double[]> l : List.of(best, along)) {
            for (double[] p : l) {
                x0 = Math.min(x0, p[0]);
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
        }
        if (x1 == x0) {
            x1 = x0 + 1;
        }
        double pad = y1 > y0 ? (y1 - y0) * 0.1 : Math.max(1, Math.abs(y1) * 0.1);
        y0 -= pad;
        y1 += pad;
        Rectangle p = new Rectangle(60, 10, Math.max(10, a.width - 80), Math.max(10, a.height - 45));
        gc.setAntialias(SWT.ON);
        gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(p.x, p.y + p.height, p.x + p.width, p.y + p.height);
        gc.drawLine(p.x, p.y, p.x, p.y + p.height);
        gc.drawText(Math.round(y1) + " ps", 4, p.y, true);
        gc.drawText(Math.round(y0) + " ps", 4, p.y + p.height - 14, true);
        for (int st = (int) x0; st <= (int) x1; st++) {
            int sx = p.x + (int) Math.round((st - x0) / (x1 - x0) * p.width);
            String label = st < 0 ? "gate 0" : "stage " + st;
            int w = gc.textExtent(label).x;
            gc.drawText(label, Math.max(0, Math.min(a.width - w - 2, sx - w / 2)), p.y + p.height + 4, true);
        }
        line(gc, best, BEST, p, x0, x1, y0, y1);
        line(gc, along, PATH, p, x0, x1, y0, y1);
    }

    private static void line(GC gc, List<double[]> pts, Color c, Rectangle p, double x0, double x1, double y0,
            double y1) {
        gc.setForeground(c);
        gc.setBackground(c);
        gc.setLineWidth(2);
        int[] prev = null;
        for (double[] q : pts) {
            int sx = p.x + (int) Math.round((q[0] - x0) / (x1 - x0) * p.width);
            int sy = p.y + p.height - (int) Math.round((q[1] - y0) / (y1 - y0) * p.height);
            if (prev != null) {
                gc.drawLine(prev[0], prev[1], sx, sy);
            }
            gc.fillOval(sx - 4, sy - 4, 8, 8);
            prev = new int[] { sx, sy };
        }
        gc.setLineWidth(1);
    }

    /**
     * Writes by the file's extension: {@code .png} the trajectory chart as drawn, {@code .svg} its lines and points,
     * {@code .csv} the ECO leaderboard. UI thread.
     */
    public void export(java.nio.file.Path file) throws java.io.IOException {
        String name = Exports.kind(file);
        if (name.endsWith(".png")) {
            Exports.png(trajectory, this::paint, file);
        } else if (name.endsWith(".svg")) {
            Exports.text(file, Trajectory.svg(perStage, path));
        } else if (name.endsWith(".csv")) {
            Exports.text(file, EcoLeaderboard.csv(EcoLeaderboard.of(shown == null ? List.of() : shown.cases(), classOf)));
        } else {
            throw new java.io.IOException("the file name must end in .png, .svg or .csv");
        }
    }

    /** The leaderboard's rows as {@code eco trials success mean} (for tests). */
    public List<String> leaderboardRows() {
        List<String> out = new ArrayList<>();
        for (TableItem i : leaderboard.getItems()) {
            out.add(i.getText(0) + " " + i.getText(2) + " " + i.getText(3) + " " + i.getText(4));
        }
        return out;
    }

    /** The stages of the trajectory (for tests). */
    public List<Trajectory.Point> perStage() {
        return perStage;
    }

    /** The winning path shown (for tests). */
    public List<Trajectory.Step> path() {
        return path;
    }

    @Override
    public void setFocus() {
        leaderboard.setFocus();
    }

    @Override
    public void dispose() {
        if (follower != null) {
            follower.dispose();
        }
        super.dispose();
    }
}
