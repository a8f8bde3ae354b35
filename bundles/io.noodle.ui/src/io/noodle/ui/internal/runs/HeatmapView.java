package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.results.CaseRecord;
import io.noodle.ui.NoodleUi;
import io.noodle.views.heatmap.ColourScale;
import io.noodle.views.heatmap.HeatmapPicture;
import io.noodle.views.heatmap.MapDiff;

/**
 * The maps of the case selected in Case Lineage or Gate Status: the maps its trial wrote
 * ({@code heatmaps/*.csv}: placement density, RUDY, routing congestion, or a flow's own), one chosen from the
 * list, on the viridis scale with a legend in the map's unit, the die outline and the hot bins (above the flow's
 * hot threshold) outlined; hovering reads a bin out (µm, value). <em>Diff with parent</em> shows what the case's
 * ECO changed: child minus parent on a diverging scale centred on zero, with the improved, degraded and
 * unchanged bins counted and the largest change located (a parent map of another grid is resampled, which
 * the summary says). Maps are read and drawn into pixels in a job; the canvas scales the picture.
 */
public final class HeatmapView extends ViewPart {

    public static final String ID = "io.noodle.ui.views.heatmap";
    /** Bins above this share count as hot (the local flow's threshold, in %). */
    static final double HOT = io.noodle.eda.flow.LocalFlow.HOT_PERCENT;

    private Label header;
    private Combo kind;
    private Combo mode;
    private Label summary;
    private Label readout;
    private Canvas canvas;
    private Image image;
    private CaseRecord shownCase;
    private Heatmap map;
    private HeatmapPicture picture;
    private MapDiff diff;
    /** Side by side: the other case's map and picture (drawn on the left, this case's on the right). */
    private Heatmap otherMap;
    private HeatmapPicture otherPicture;
    private Image otherImage;
    /** The case to compare with instead of the parent (the first of two cases selected together), or null. */
    private CaseRecord against;
    /** Zoom (1: the die fits) and pan (pixels) of the maps, shared by both sides. */
    private double zoom = 1;
    private int panX;
    private int panY;
    private org.eclipse.swt.graphics.Point dragAt;
    private RunSnapshot run;
    private RunFollower follower;
    private Job load;
    private final ISelectionListener fromOthers = this::selected;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        header = new Label(top, SWT.NONE);
        header.setData(NoodleUi.TEST_ID, "heatmap.header");
        header.setText("Select a case in Case Lineage or Gate Status: its maps show here.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(header);
        kind = new Combo(top, SWT.READ_ONLY);
        kind.setData(NoodleUi.TEST_ID, "heatmap.kind");
        kind.setToolTipText("Which map of the case");
        kind.addListener(SWT.Selection, e -> reload());
        mode = new Combo(top, SWT.READ_ONLY);
        mode.setData(NoodleUi.TEST_ID, "heatmap.mode");
        mode.setItems("The map", "Diff with parent", "Side by side with parent");
        mode.select(0);
        mode.setToolTipText("The case's map; the change from its parent's (child minus parent); or both maps side by "
                + "side on one scale. Two cases selected together (the Metrics table) compare with each other.");
        mode.addListener(SWT.Selection, e -> reload());
        summary = new Label(parent, SWT.WRAP);
        summary.setData(NoodleUi.TEST_ID, "heatmap.summary");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(summary);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(NoodleUi.TEST_ID, "heatmap.canvas");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> {
            org.eclipse.swt.graphics.Point at = at(e);
            if (dragAt != null) { // panning
                panX += at.x - dragAt.x;
                panY += at.y - dragAt.y;
                dragAt = at;
                canvas.redraw();
                return;
            }
            hover(at.x, at.y);
        });
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragAt = at(e);
            }
        });
        canvas.addListener(SWT.MouseUp, e -> dragAt = null);
        canvas.addListener(SWT.MouseDoubleClick, e -> zoomTo(1, 0, 0)); // back to the whole die
        canvas.addListener(SWT.KeyDown, e -> { // Ctrl+0: the whole die; Ctrl++ / Ctrl+-: zoom about the middle
            if ((e.stateMask & SWT.MOD1) == 0) {
                return;
            }
            Rectangle a = canvas.getClientArea();
            if (e.character == '0' || e.keyCode == '0') {
                zoomTo(1, 0, 0);
            } else if (e.character == '+' || e.character == '=' || e.keyCode == '=') {
                zoomAt(1.25, a.width / 2, a.height / 2);
            } else if (e.character == '-' || e.keyCode == '-') {
                zoomAt(1 / 1.25, a.width / 2, a.height / 2);
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            zoomAt(e.count > 0 ? 1.25 : 1 / 1.25, e.x, e.y);
            e.doit = false;
        });
        readout = new Label(parent, SWT.NONE);
        readout.setData(NoodleUi.TEST_ID, "heatmap.readout");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(readout);
        canvas.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
            if (otherImage != null) {
                otherImage.dispose();
            }
        });
        getSite().getPage().addPostSelectionListener(fromOthers);
        follower = new RunFollower(getSite(), s -> run = s); // for a case's parent
        getViewSite().getActionBars().getToolBarManager().add(Exports.action(getSite(),
                "Save the map shown as a PNG picture or an SVG drawing", new String[] { ".png", ".svg" },
                new String[] { "PNG picture", "SVG drawing" },
                () -> shownCase == null || map == null ? "map" : shownCase.name() + "-" + map.kind(), this::export));
    }

    private void selected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection sel) {
        if (part != this && sel instanceof IStructuredSelection s && s.size() == 2
                && s.toList().get(0) instanceof CaseRecord first && s.toList().get(1) instanceof CaseRecord second) {
            compare(first, second);
        } else if (part != this && sel instanceof IStructuredSelection s && s.getFirstElement() instanceof CaseRecord c) {
            against = null;
            showCase(c);
        }
    }

    private org.eclipse.swt.graphics.Point at(org.eclipse.swt.widgets.Event e) {
        return io.noodle.ui.internal.graph.Pointer.at(canvas, e);
    }

    /** Compares two cases (as selecting both in the Metrics table does): the second's map minus the first's. */
    public void compare(CaseRecord first, CaseRecord second) {
        against = first;
        if (mode.getSelectionIndex() == 0) {
            mode.select(1);
        }
        showCase(second);
    }

    /** Zooms by a factor keeping the die point under (x, y) where it is. */
    private void zoomAt(double factor, int x, int y) {
        Rectangle r = placement(0);
        if (r == null) {
            return;
        }
        double z = Math.max(1, Math.min(64, zoom * factor));
        double f = z / zoom;
        // the point under the pointer stays: new offset = pointer - (pointer - old offset) * f
        int nx = (int) Math.round(x - (x - r.x) * f);
        int ny = (int) Math.round(y - (y - r.y) * f);
        zoomTo(z, panX + nx - r.x, panY + ny - r.y);
    }

    /** Sets zoom and pan (both sides), and draws again. */
    public void zoomTo(double z, int px, int py) {
        zoom = z;
        panX = z == 1 ? 0 : px;
        panY = z == 1 ? 0 : py;
        canvas.redraw();
    }

    /** The zoom of the maps (for tests). */
    public double zoom() {
        return zoom;
    }

    /** Whether a pan drag is going on (for tests). */
    public boolean panning() {
        return dragAt != null;
    }

    /** The pan of the maps, pixels (for tests). */
    public org.eclipse.swt.graphics.Point pan() {
        return new org.eclipse.swt.graphics.Point(panX, panY);
    }

    /** The other case's map shown side by side, or null (for tests). */
    public Heatmap otherMap() {
        return otherMap;
    }

    /** The canvas (for tests). */
    public Canvas canvas() {
        return canvas;
    }

    /** Shows the maps of a case (as selecting it elsewhere does). */
    public void showCase(CaseRecord c) {
        shownCase = c;
        List<String> kinds = new ArrayList<>();
        try {
            kinds.addAll(io.noodle.views.heatmap.CaseMaps.kinds(c));
        } catch (IOException e) {
            header.setText(c.name() + ": cannot list its maps: " + e.getMessage());
        }
        String was = kind.getSelectionIndex() >= 0 ? kind.getText() : null;
        kind.setItems(kinds.toArray(String[]::new));
        int keep = was == null ? -1 : kinds.indexOf(was);
        kind.select(keep >= 0 ? keep : kinds.indexOf("routing_congestion") >= 0 ? kinds.indexOf("routing_congestion") : 0);
        header.setText(kinds.isEmpty() ? c.name() + ": its trial wrote no maps (gate 0 and stages before placement "
                + "have none)" : c.name() + " \u2014 " + kinds.size() + " maps");
        header.getParent().layout(true);
        reload();
    }

    /** Reads the chosen map (and the parent's, for a diff) and draws it into pixels, in a job. */
    private void reload() {
        CaseRecord c = shownCase;
        if (c == null || kind.getItemCount() == 0) {
            map = null;
            setPicture(null);
            summary.setText("");
            return;
        }
        String k = kind.getText();
        boolean wantDiff = mode.getSelectionIndex() == 1;
        boolean side = mode.getSelectionIndex() == 2;
        CaseRecord parent = wantDiff || side ? (against != null ? against : parentOf(c)) : null;
                if (load != null) {
            load.cancel();
        }
        load = Job.create("Reading the " + k + " map of " + c.name(), m -> {
            String words;
            Heatmap shown;
            HeatmapPicture pic;
            MapDiff d = null;
            Heatmap theirMap = null;
            HeatmapPicture theirPic = null;
            Path file = CaseProperties.trialFolder(c).resolve("heatmaps").resolve(k + ".csv");
            try {
                Heatmap mine = HeatmapCsv.read(file, k);
                Heatmap.Stats s = mine.stats(HOT);
                Path theirFile = parent == null || CaseProperties.trialFolder(parent) == null ? null
                        : CaseProperties.trialFolder(parent).resolve("heatmaps").resolve(k + ".csv");
                if (side && theirFile != null && Files.isRegularFile(theirFile)) {
                    theirMap = HeatmapCsv.read(theirFile, k);
                    Heatmap.Stats t = theirMap.stats(HOT);
                    double lo = Math.min(0, Math.min(s.min(), t.min())); // one scale for both
                    double hi = Math.max(s.max(), t.max());
                    hi = "%".equals(mine.unit()) ? Math.max(100, hi) : hi;
                    theirPic = HeatmapPicture.of(theirMap, lo, hi, ColourScale.VIRIDIS, 800);
                    shown = mine;
                    pic = HeatmapPicture.of(mine, lo, hi, ColourScale.VIRIDIS, 800);
                    words = String.format(Locale.ROOT, "left %s, right %s, one scale; max %s and %s %s, hot ratio %.1f %% "
                            + "and %.1f %% — from %s and %s", parent.name(), c.name(), plain(t.max()), plain(s.max()),
                            unit(mine), 100 * t.hotRatio(), 100 * s.hotRatio(), theirFile, file);
                } else if (wantDiff && parent != null && CaseProperties.trialFolder(parent) != null
                        && Files.isRegularFile(CaseProperties.trialFolder(parent).resolve("heatmaps").resolve(k + ".csv"))) {
                    Path theirs = CaseProperties.trialFolder(parent).resolve("heatmaps").resolve(k + ".csv");
                    d = MapDiff.of(HeatmapCsv.read(theirs, k), mine);
                    double span = Math.max(Math.abs(d.largest()), 1e-9);
                    shown = d.difference();
                    pic = HeatmapPicture.of(shown, -span, span, ColourScale.DIVERGING, 800);
                    words = c.name() + " minus " + parent.name() + ": " + d.describe().replace("the parent's map",
                            parent.name() + "'s map") + ". Blue: lower than " + parent.name() + " (better), red: higher. "
                            + "From " + file + " and " + theirs + ".";
                } else {
                    shown = mine;
                    double hi = "%".equals(mine.unit()) ? Math.max(100, s.max()) : s.max();
                    pic = HeatmapPicture.of(mine, Math.min(0, s.min()), hi, ColourScale.VIRIDIS, 800);
                    words = String.format(Locale.ROOT, "min %s, mean %s, max %s %s; hot ratio %.1f %% (bins above %s %s)"
                            + " \u2014 from %s", plain(s.min()), plain(s.mean()), plain(s.max()), unit(mine),
                            100 * s.hotRatio(), plain(HOT), unit(mine), file)
                            + (wantDiff || side ? (parent == null ? ". No parent to compare with: the base case."
                                    : ". " + (against != null ? "" : "The parent ") + parent.name() + " has no " + k
                                            + " map.") : "");
                }
            } catch (io.noodle.eda.parse.ParseFailure | RuntimeException e) {
                words = "Cannot read " + file + ": " + e.getMessage();
                shown = null;
                pic = null;
            }
            String w = words;
            Heatmap sh = shown;
            HeatmapPicture p = pic;
            MapDiff dd = d;
            Heatmap om = theirMap;
            HeatmapPicture op = theirPic;
            if (!m.isCanceled()) {
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed() && shownCase == c) {
                        map = sh;
                        diff = dd;
                        otherMap = om;
                        otherPicture = op;
                        if (otherImage != null) {
                            otherImage.dispose();
                        }
                        otherImage = op == null ? null : image(op);
                        summary.setText(w);
                        summary.getParent().layout(true);
                        setPicture(p);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        load.setSystem(true);
        load.schedule();
    }

    private static String plain(double v) {
        return io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    private static String unit(Heatmap m) {
        return m.unit() == null ? "" : m.unit();
    }

    private CaseRecord parentOf(CaseRecord c) {
        RunSnapshot s = run;
        if (c.parents().isEmpty()) {
            return null;
        }
        if (s == null) {
            s = RunFollower.snapshot(follower.folder());
        }
        if (s == null) {
            return null;
        }
        String p = c.parents().get(0);
        return s.cases().stream().filter(x -> x.name().equals(p)).findFirst().orElse(null);
    }

    private void setPicture(HeatmapPicture p) {
        picture = p;
        if (image != null) {
            image.dispose();
            image = null;
        }
        if (p != null) {
            image = image(p);
        }
        canvas.redraw();
    }

    private Image image(HeatmapPicture p) {
        ImageData data = new ImageData(p.width(), p.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int row = 0; row < p.height(); row++) {
            data.setPixels(0, row, p.width(), p.rgb(), row * p.width());
        }
        return new Image(canvas.getDisplay(), data);
    }

    /** Whether two maps show side by side. */
    private boolean sideBySide() {
        return otherImage != null && mode.getSelectionIndex() == 2;
    }

    /** Where the picture is drawn in the canvas: fitted, keeping the die's proportions, room for the legend. */
    private Rectangle placement() {
        return placement(sideBySide() ? 1 : 0);
    }

    /**
     * Where a picture is drawn: fitted to its part of the canvas (the whole, or a half side by side: 0 left, 1
     * right), keeping the die's proportions, room for the legend, then zoomed and panned (both sides alike).
     */
    private Rectangle placement(int sideIndex) {
        Rectangle a = canvas.getClientArea();
        if (picture == null) {
            return null;
        }
        double dieW = picture.extent()[2] - picture.extent()[0];
        double dieH = picture.extent()[3] - picture.extent()[1];
        boolean two = sideBySide();
        int part = two ? Math.max(10, (a.width - 110) / 2) : Math.max(10, a.width - 110);
        int availH = Math.max(10, a.height - 20);
        double s = Math.min((part - (two ? 10 : 0)) / dieW, availH / dieH);
        int w = (int) Math.max(1, dieW * s * zoom);
        int h = (int) Math.max(1, dieH * s * zoom);
        return new Rectangle(10 + (two && sideIndex == 1 ? part : 0) + panX, 10 + panY, w, h);
    }

    private long paints;

    /** How many times the canvas has painted (for tests: a picture waits for the paint after a change). */
    public long paints() {
        return paints;
    }

    private void paint(GC gc) {
        paints++;
        Rectangle a = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(a);
        Rectangle r = placement();
        if (image == null || r == null) {
            return;
        }
        gc.setInterpolation(SWT.NONE); // bins stay crisp
        if (sideBySide()) {
            Rectangle left = placement(0);
            Rectangle clip = new Rectangle(0, 0, r.x - panX - 5, a.height);
            gc.setClipping(clip);
            gc.drawImage(otherImage, 0, 0, otherPicture.width(), otherPicture.height(), left.x, left.y, left.width,
                    left.height);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(left.x - 1, left.y - 1, left.width + 1, left.height + 1);
            gc.setClipping(new Rectangle(r.x - panX - 5, 0, a.width, a.height));
        }
        gc.drawImage(image, 0, 0, picture.width(), picture.height(), r.x, r.y, r.width, r.height);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1); // the die
        gc.setClipping((Rectangle) null);
        if (diff == null && map != null) { // hot bins outlined
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            double[] e = picture.extent();
            double sx = r.width / (e[2] - e[0]);
            double sy = r.height / (e[3] - e[1]);
            int drawn = 0;
            for (int k = 0; k < map.size() && drawn < 20_000; k++) {
                if (map.values()[k] > HOT) {
                    int x0 = r.x + (int) ((map.x0()[k] - e[0]) * sx);
                    int y0 = r.y + (int) ((e[3] - map.y1()[k]) * sy);
                    gc.drawRectangle(x0, y0, Math.max(1, (int) ((map.x1()[k] - map.x0()[k]) * sx)),
                            Math.max(1, (int) ((map.y1()[k] - map.y0()[k]) * sy)));
                    drawn++;
                }
            }
        }
        legend(gc, r);
    }

    /** The colour bar beside the map, its ends and middle labelled in the map's unit. */
    private void legend(GC gc, Rectangle r) {
        Rectangle a = canvas.getClientArea();
        int x = zoom == 1 && !sideBySide() ? r.x + r.width + 16 : a.width - 94; // beside the map, or at the right
        int top = 10;
        int h = Math.max(40, Math.min(a.height - 20, zoom == 1 ? r.height : a.height - 20));
        r = new Rectangle(r.x, top, r.width, h);
        if (zoom != 1 || sideBySide()) { // over the maps: on a plain ground
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(x - 4, top - 4, 98, h + 8);
        }
        for (int i = 0; i < h; i++) {
            int c = picture.scale().rgb(1 - i / (double) (h - 1));
            org.eclipse.swt.graphics.Color col = new org.eclipse.swt.graphics.Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
            gc.setForeground(col);
            gc.drawLine(x, r.y + i, x + 14, r.y + i);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String u = map == null ? "" : " " + unit(map);
        gc.drawText(plain(picture.high()) + u, x + 18, r.y, true);
        gc.drawText(plain((picture.low() + picture.high()) / 2) + u, x + 18, r.y + h / 2 - 7, true);
        gc.drawText(plain(picture.low()) + u, x + 18, r.y + h - 14, true);
    }

    private void hover(int px, int py) {
        Rectangle r = placement();
        if (r == null || map == null || !r.contains(px, py)) {
            return;
        }
        double[] at = picture.toMicrons((px - r.x) * picture.width() / (double) r.width,
                (py - r.y) * picture.height() / (double) r.height);
        readout.setText(readout(at[0], at[1]));
    }

    /** What hovering the die point says: {@code (x, y) µm: value unit}, or that it is no bin. */
    public String readout(double x, double y) {
        int k = HeatmapPicture.binAt(map, x, y);
        return k < 0 ? String.format(Locale.ROOT, "(%.1f, %.1f) \u00b5m: no bin", x, y)
                : String.format(Locale.ROOT, "(%.1f, %.1f) \u00b5m: %s %s (bin %.1f..%.1f \u00d7 %.1f..%.1f \u00b5m)", x, y,
                        plain(map.values()[k]), unit(map), map.x0()[k], map.x1()[k], map.y0()[k], map.y1()[k]);
    }

    /**
     * Writes the map shown: {@code .svg} a rectangle per bin with the legend, {@code .png} the view's drawing of it
     * (map, legend, hot bins). UI thread.
     */
    public void export(Path file) throws IOException {
        if (map == null || picture == null) {
            throw new IOException("no map is shown");
        }
        String name = Exports.kind(file);
        if (name.endsWith(".svg")) {
            Exports.text(file, io.noodle.views.heatmap.HeatmapSvg.of(map, picture, 600, header.getText() + " \u2014 "
                    + map.kind() + (diff != null ? " (diff with parent)" : "")));
        } else if (name.endsWith(".png")) {
            Exports.png(canvas, this::paint, file);
        } else {
            throw new IOException("the file name must end in .png or .svg");
        }
    }

    /** The map kinds listed (for tests). */
    public List<String> kinds() {
        return List.of(kind.getItems());
    }

    /** Chooses a map kind and the mode (0: the map, 1: diff with parent), as the lists do (for tests). */
    public void choose(String k, int m) {
        kind.select(kind.indexOf(k));
        mode.select(m);
        reload();
    }

    /** The summary line (for tests). */
    public String summary() {
        return summary.getText();
    }

    /** The diff shown, or null (for tests). */
    public MapDiff diff() {
        return diff;
    }

    /** The map shown, or null (for tests). */
    public Heatmap map() {
        return map;
    }

    /** The case shown (for tests). */
    public CaseRecord shownCase() {
        return shownCase;
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
