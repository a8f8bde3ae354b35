package io.noodle.ui.internal.runs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.results.CaseRecord;
import io.noodle.ui.NoodleUi;
import io.noodle.views.metrics.ParetoChart;

/**
 * Any two metrics of the followed run's cases as a scatter (WNS against congestion by default) with the Pareto
 * front drawn and listed: WNS, TNS and slack are better high, every other metric better low. The stages'
 * survivors are ringed green, the run's best case is gold; hovering a point names the case and its values, a
 * click selects it in the other views (and a case selected elsewhere is ringed here).
 */
public final class ParetoView extends ViewPart {

    public static final String ID = "io.noodle.ui.views.pareto";
    private static final Color POINT = new Color(120, 130, 145);
    private static final Color FRONT = new Color(200, 110, 0);
    private static final Color KEPT = new Color(40, 140, 40);
    private static final Color BEST = new Color(230, 170, 0);
    private static final Color SELECTED = new Color(44, 110, 180);

    private Combo xMetric;
    private Combo yMetric;
    private Label frontText;
    private Canvas canvas;
    private RunFollower follower;
    private RunSnapshot shown;
    private final List<CaseRecord> points = new ArrayList<>();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] front = new int[0];
    private String selected;
    private final SelectionProvider selection = new SelectionProvider();
    private final ISelectionListener fromOthers = this::selectedElsewhere;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText("x:");
        xMetric = new Combo(top, SWT.READ_ONLY);
        xMetric.setData(NoodleUi.TEST_ID, "pareto.x");
        new Label(top, SWT.NONE).setText("y:");
        yMetric = new Combo(top, SWT.READ_ONLY);
        yMetric.setData(NoodleUi.TEST_ID, "pareto.y");
        xMetric.addListener(SWT.Selection, e -> recompute());
        yMetric.addListener(SWT.Selection, e -> recompute());
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(NoodleUi.TEST_ID, "pareto.canvas");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            org.eclipse.swt.graphics.Point at = at(e);
            int i = nearest(at.x, at.y);
            if (i >= 0) {
                selected = points.get(i).name();
                canvas.redraw();
                selection.setSelection(new StructuredSelection(points.get(i)));
            }
        });
        canvas.addListener(SWT.MouseHover, e -> {
            int i = nearest(e.x, e.y);
            canvas.setToolTipText(i < 0 ? null : points.get(i).name() + "\n" + xMetric.getText() + " = "
                    + plain(xs[i]) + "\n" + yMetric.getText() + " = " + plain(ys[i]));
        });
        frontText = new Label(parent, SWT.WRAP);
        frontText.setData(NoodleUi.TEST_ID, "pareto.front");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(frontText);
        getViewSite().getActionBars().getToolBarManager().add(Exports.action(getSite(),
                "Save the chart as a PNG picture or an SVG drawing", new String[] { ".png", ".svg" },
                new String[] { "PNG picture", "SVG drawing" },
                () -> "pareto-" + xMetric.getText() + "-" + yMetric.getText(), this::export));
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(fromOthers);
        follower = new RunFollower(getSite(), s -> {
            shown = s;
            fillMetrics();
            recompute();
        });
    }

    private void fillMetrics() {
        Set<String> names = new TreeSet<>();
        if (shown != null) {
            shown.cases().forEach(c -> c.metrics().forEach(m -> names.add(m.name())));
        }
        String wasX = xMetric.getText();
        String wasY = yMetric.getText();
        List<String> items = new ArrayList<>(names);
        if (!List.of(xMetric.getItems()).equals(items)) {
            xMetric.setItems(items.toArray(String[]::new));
            yMetric.setItems(items.toArray(String[]::new));
            // what was chosen stays; at first WNS against congestion, else the first two metrics
            xMetric.select(pick(items, wasX, "wns", 0));
            yMetric.select(pick(items, wasY, "congestion", items.size() > 1 && xMetric.getSelectionIndex() == 0 ? 1 : 0));
        }
    }

    private static int pick(List<String> items, String was, String preferred, int otherwise) {
        if (!was.isEmpty() && items.contains(was)) {
            return items.indexOf(was);
        }
        return items.contains(preferred) ? items.indexOf(preferred) : Math.min(otherwise, Math.max(0, items.size() - 1));
    }

    /** Chooses the two metrics (as the lists do; for tests). */
    public void axes(String x, String y) {
        xMetric.select(xMetric.indexOf(x));
        yMetric.select(yMetric.indexOf(y));
        recompute();
    }

    static boolean higherIsBetter(String metric) {
        return ParetoChart.higherIsBetter(metric);
    }

    private void recompute() {
        points.clear();
        String x = xMetric.getText();
        String y = yMetric.getText();
        ParetoChart.Series s = ParetoChart.series("", shown != null && !x.isEmpty() && !y.isEmpty() ? shown.cases()
                : List.of(), x, y);
        points.addAll(s.points());
        xs = s.xs();
        ys = s.ys();
        front = s.front();
        frontText.setText(points.isEmpty() ? "No case has both metrics yet." : "Pareto front (" + x + (higherIsBetter(x)
                ? " high" : " low") + ", " + y + (higherIsBetter(y) ? " high" : " low") + " is better): " + s.frontText());
        frontText.getParent().layout(true);
        canvas.redraw();
    }

    private static String plain(double v) {
        return io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    private Rectangle plot() {
        Rectangle a = canvas.getClientArea();
        return new Rectangle(60, 10, Math.max(10, a.width - 80), Math.max(10, a.height - 50));
    }

    private static double[] range(double[] v) {
        return ParetoChart.range(List.of(v));
    }

    private static int px(double x, double[] rx, Rectangle p) {
        return ParetoChart.place(x, rx, p.x, p.width, false);
    }

    private static int py(double y, double[] ry, Rectangle p) {
        return ParetoChart.place(y, ry, p.y, p.height, true);
    }

    private void paint(GC gc) {
        var d = canvas.getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(canvas.getClientArea());
        gc.setAntialias(points.size() > 5000 ? SWT.OFF : SWT.ON);
        Rectangle p = plot();
        double[] rx = range(xs);
        double[] ry = range(ys);
        gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(p.x, p.y + p.height, p.x + p.width, p.y + p.height);
        gc.drawLine(p.x, p.y, p.x, p.y + p.height);
        gc.drawText(plain(rx[0]), p.x, p.y + p.height + 4, true);
        String xr = plain(rx[1]);
        gc.drawText(xr, p.x + p.width - gc.textExtent(xr).x, p.y + p.height + 4, true);
        gc.drawText(xMetric.getText(), p.x + p.width / 2 - 20, p.y + p.height + 18, true);
        gc.drawText(plain(ry[1]), 4, p.y, true);
        gc.drawText(plain(ry[0]), 4, p.y + p.height - 14, true);
        gc.drawText(yMetric.getText(), 4, p.y + p.height / 2, true);
        Set<String> kept = new HashSet<>();
        if (shown != null) {
            shown.stages().forEach(v -> kept.addAll(v.survivors()));
        }
        gc.setBackground(POINT);
        for (int i = 0; i < xs.length; i++) {
            gc.fillOval(px(xs[i], rx, p) - 3, py(ys[i], ry, p) - 3, 6, 6);
        }
        gc.setForeground(FRONT);
        gc.setLineWidth(2);
        for (int k = 0; k + 1 < front.length; k++) {
            gc.drawLine(px(xs[front[k]], rx, p), py(ys[front[k]], ry, p), px(xs[front[k + 1]], rx, p),
                    py(ys[front[k + 1]], ry, p));
        }
        gc.setBackground(FRONT);
        for (int i : front) {
            gc.fillOval(px(xs[i], rx, p) - 4, py(ys[i], ry, p) - 4, 8, 8);
        }
        for (int i = 0; i < xs.length; i++) {
            String n = points.get(i).name();
            int cx = px(xs[i], rx, p);
            int cy = py(ys[i], ry, p);
            if (n.equals(shown.best())) {
                gc.setBackground(BEST);
                gc.fillOval(cx - 6, cy - 6, 12, 12);
            }
            if (kept.contains(n)) {
                gc.setForeground(KEPT);
                gc.drawOval(cx - 7, cy - 7, 14, 14);
            }
            if (n.equals(selected)) {
                gc.setForeground(SELECTED);
                gc.setLineWidth(3);
                gc.drawOval(cx - 9, cy - 9, 18, 18);
                gc.setLineWidth(2);
            }
        }
        gc.setLineWidth(1);
    }

    private org.eclipse.swt.graphics.Point at(org.eclipse.swt.widgets.Event e) {
        return io.noodle.ui.internal.graph.Pointer.at(canvas, e);
    }

    /** The point within 10 pixels of (x, y), the nearest, or -1. */
    private int nearest(int x, int y) {
        Rectangle p = plot();
        double[] rx = range(xs);
        double[] ry = range(ys);
        int best = -1;
        double dist = 100;
        for (int i = 0; i < xs.length; i++) {
            double dx = px(xs[i], rx, p) - x;
            double dy = py(ys[i], ry, p) - y;
            if (dx * dx + dy * dy <= dist) {
                dist = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    /**
     * Writes the chart: {@code .png} as drawn, {@code .svg} a circle per case (the front's orange, joined by a line,
     * each titled with its case and values) with the axes. UI thread.
     */
    public void export(java.nio.file.Path file) throws java.io.IOException {
        String name = Exports.kind(file);
        Rectangle a = canvas.getClientArea();
        if (name.endsWith(".png")) {
            Exports.png(canvas, this::paint, file);
        } else if (name.endsWith(".svg")) {
            Set<String> kept = new HashSet<>();
            if (shown != null) {
                shown.stages().forEach(v -> kept.addAll(v.survivors()));
            }
            Exports.text(file, ParetoChart.svg(a.width, a.height, xMetric.getText(), yMetric.getText(), List.of(
                    new ParetoChart.Series("", List.copyOf(points), xs, ys, front)), shown == null ? null : shown.best(),
                    kept));
        } else {
            throw new java.io.IOException("the file name must end in .png or .svg");
        }
    }

    /** Where a case's point is drawn (for tests), or null. */
    public org.eclipse.swt.graphics.Point pointOf(String name) {
        Rectangle p = plot();
        for (int i = 0; i < xs.length; i++) {
            if (points.get(i).name().equals(name)) {
                return new org.eclipse.swt.graphics.Point(px(xs[i], range(xs), p), py(ys[i], range(ys), p));
            }
        }
        return null;
    }

    /** The front's cases, in order (for tests). */
    public List<String> frontCases() {
        List<String> out = new ArrayList<>();
        for (int i : front) {
            out.add(points.get(i).name());
        }
        return out;
    }

    /** The canvas (for tests). */
    public Canvas canvas() {
        return canvas;
    }

    private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection sel) {
        if (part != this && sel instanceof IStructuredSelection s && s.getFirstElement() instanceof CaseRecord c
                && !canvas.isDisposed()) {
            selected = c.name();
            canvas.redraw();
        }
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
