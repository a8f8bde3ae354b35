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
        mode.setItems("The map", "Diff with parent");
        mode.select(0);
        mode.setToolTipText("The case's map, or the change from its parent's (child minus parent)");
        mode.addListener(SWT.Selection, e -> reload());
        summary = new Label(parent, SWT.WRAP);
        summary.setData(NoodleUi.TEST_ID, "heatmap.summary");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(summary);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(NoodleUi.TEST_ID, "heatmap.canvas");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        readout = new Label(parent, SWT.NONE);
        readout.setData(NoodleUi.TEST_ID, "heatmap.readout");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(readout);
        canvas.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
        });
        getSite().getPage().addPostSelectionListener(fromOthers);
        follower = new RunFollower(getSite(), s -> run = s); // for a case's parent
        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action("Export\u2026") {
            {
                setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
                        org.eclipse.ui.ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
                setToolTipText("Save the map shown as a PNG picture or an SVG drawing");
            }

            @Override
            public void run() {
                if (map == null) {
                    return;
                }
                org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] { "*.png", "*.svg" });
                d.setFileName(shownCase.name() + "-" + map.kind());
                d.setOverwrite(true);
                String f = d.open();
                if (f != null) {
                    String ext = d.getFilterIndex() == 1 ? ".svg" : ".png";
                    Path out = Path.of(f.endsWith(".png") || f.endsWith(".svg") ? f : f + ext);
                    try {
                        export(out);
                    } catch (IOException e) {
                        org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Export", "Cannot write "
                                + out + ": " + e.getMessage());
                    }
                }
            }
        });
    }

    private void selected(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection sel) {
        if (part != this && sel instanceof IStructuredSelection s && s.getFirstElement() instanceof CaseRecord c) {
            showCase(c);
        }
    }

    /** Shows the maps of a case (as selecting it elsewhere does). */
    public void showCase(CaseRecord c) {
        shownCase = c;
        Path trial = CaseProperties.trialFolder(c);
        List<String> kinds = new ArrayList<>();
        if (trial != null && Files.isDirectory(trial.resolve("heatmaps"))) {
            try (var files = Files.list(trial.resolve("heatmaps"))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted()
                        .forEach(n -> kinds.add(n.substring(0, n.length() - 4)));
            } catch (IOException e) {
                header.setText(c.name() + ": cannot list " + trial.resolve("heatmaps") + ": " + e.getMessage());
            }
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
        CaseRecord parent = wantDiff ? parentOf(c) : null;
        if (load != null) {
            load.cancel();
        }
        load = Job.create("Reading the " + k + " map of " + c.name(), m -> {
            String words;
            Heatmap shown;
            HeatmapPicture pic;
            MapDiff d = null;
            Path file = CaseProperties.trialFolder(c).resolve("heatmaps").resolve(k + ".csv");
            try {
                Heatmap mine = HeatmapCsv.read(file, k);
                Heatmap.Stats s = mine.stats(HOT);
                if (wantDiff && parent != null && CaseProperties.trialFolder(parent) != null
                        && Files.isRegularFile(CaseProperties.trialFolder(parent).resolve("heatmaps").resolve(k + ".csv"))) {
                    Path theirs = CaseProperties.trialFolder(parent).resolve("heatmaps").resolve(k + ".csv");
                    d = MapDiff.of(HeatmapCsv.read(theirs, k), mine);
                    double span = Math.max(Math.abs(d.largest()), 1e-9);
                    shown = d.difference();
                    pic = HeatmapPicture.of(shown, -span, span, ColourScale.DIVERGING, 800);
                    words = c.name() + " minus " + parent.name() + ": " + d.describe() + ". Blue: lower than the parent"
                            + " (better), red: higher. From " + file + " and " + theirs + ".";
                } else {
                    shown = mine;
                    double hi = "%".equals(mine.unit()) ? Math.max(100, s.max()) : s.max();
                    pic = HeatmapPicture.of(mine, Math.min(0, s.min()), hi, ColourScale.VIRIDIS, 800);
                    words = String.format(Locale.ROOT, "min %s, mean %s, max %s %s; hot ratio %.1f %% (bins above %s %s)"
                            + " \u2014 from %s", plain(s.min()), plain(s.mean()), plain(s.max()), unit(mine),
                            100 * s.hotRatio(), plain(HOT), unit(mine), file)
                            + (wantDiff ? (parent == null ? ". No parent to compare with: the base case."
                                    : ". The parent " + parent.name() + " has no " + k + " map.") : "");
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
            if (!m.isCanceled()) {
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed() && shownCase == c) {
                        map = sh;
                        diff = dd;
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
            ImageData data = new ImageData(p.width(), p.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            for (int row = 0; row < p.height(); row++) {
                data.setPixels(0, row, p.width(), p.rgb(), row * p.width());
            }
            image = new Image(canvas.getDisplay(), data);
        }
        canvas.redraw();
    }

    /** Where the picture is drawn in the canvas: fitted, keeping the die's proportions, room for the legend. */
    private Rectangle placement() {
        Rectangle a = canvas.getClientArea();
        if (picture == null) {
            return null;
        }
        double dieW = picture.extent()[2] - picture.extent()[0];
        double dieH = picture.extent()[3] - picture.extent()[1];
        int availW = Math.max(10, a.width - 110);
        int availH = Math.max(10, a.height - 20);
        double s = Math.min(availW / dieW, availH / dieH);
        int w = (int) Math.max(1, dieW * s);
        int h = (int) Math.max(1, dieH * s);
        return new Rectangle(10, 10, w, h);
    }

    private void paint(GC gc) {
        Rectangle a = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(a);
        Rectangle r = placement();
        if (image == null || r == null) {
            return;
        }
        gc.setInterpolation(SWT.NONE); // bins stay crisp
        gc.drawImage(image, 0, 0, picture.width(), picture.height(), r.x, r.y, r.width, r.height);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1); // the die
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
        int x = r.x + r.width + 16;
        int h = Math.max(40, r.height);
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
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        if (name.endsWith(".svg")) {
            Files.writeString(tmp, io.noodle.views.heatmap.HeatmapSvg.of(map, picture, 600, header.getText() + " \u2014 "
                    + map.kind() + (diff != null ? " (diff with parent)" : "")), java.nio.charset.StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            Rectangle a = canvas.getClientArea();
            Image img = new Image(canvas.getDisplay(), Math.max(1, a.width), Math.max(1, a.height));
            GC gc = new GC(img);
            try {
                paint(gc);
                org.eclipse.swt.graphics.ImageLoader l = new org.eclipse.swt.graphics.ImageLoader();
                l.data = new ImageData[] { img.getImageData() };
                l.save(tmp.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                img.dispose();
            }
        } else {
            throw new IOException("the file name must end in .png or .svg");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
