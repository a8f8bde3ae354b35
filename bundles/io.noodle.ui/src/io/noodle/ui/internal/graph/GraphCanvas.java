package io.noodle.ui.internal.graph;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ScrollBar;

import io.noodle.views.graph.Graph;
import io.noodle.views.graph.LaidOutGraph;
import io.noodle.views.graph.LaidOutGraph.Box;

/**
 * Draws a laid-out graph ({@link LaidOutGraph}, from the headless view models and ELK) on an SWT canvas:
 * rounded boxes with their lines of text, orthogonal edges with arrows and labels. The user selects a node
 * with a click, pans with the scroll bars, zooms with Ctrl+wheel (Ctrl+0 for 1:1), and may drag from one
 * node to another to connect them. The one drawing of graphs, shared by the designer's stage graph and the
 * lineage view; it keeps no model of its own, only the geometry it was given.
 */
public final class GraphCanvas extends Canvas {

    /** What the canvas tells its owner. */
    public interface Listener {
        /** The selection changed (null: nothing selected). */
        void selected(String id);

        /** The user dragged from one node onto another. */
        default void connect(String from, String to) {
        }

        /** The user double-clicked a node. */
        default void open(String id) {
        }

        /** The hover text of a node (null: none). */
        default String tooltip(String id) {
            return null;
        }
    }

    private static final int RADIUS = 10;

    private LaidOutGraph graph;
    private String selected;
    private double zoom = 1;
    private int originX;
    private int originY;
    private Listener listener = id -> {
    };
    /** The node a drag started on, and where the pointer is (canvas coordinates), while connecting. */
    private String dragFrom;
    private Point dragAt;
    private boolean dragging;
    /** The left button is down on the canvas (tracked here: synthesised input may leave stateMask empty). */
    private boolean pressed;
    private Font bold;

    public GraphCanvas(Composite parent, int style) {
        super(parent, style | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> {
            originX = getHorizontalBar().getSelection();
            redraw();
        });
        getVerticalBar().addListener(SWT.Selection, e -> {
            originY = getVerticalBar().getSelection();
            redraw();
        });
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseHover, e -> { // the hovered node's text, from the listener
            Point p = at(e);
            String id = nodeAt(p.x, p.y);
            String tip = id == null ? null : listener.tooltip(id);
            if (!java.util.Objects.equals(tip, getToolTipText())) {
                setToolTipText(tip);
            }
        });
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> {
            Point p = at(e);
            String id = nodeAt(p.x, p.y);
            if (id != null) {
                listener.open(id);
            }
        });
        addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                setZoom(zoom * (e.count > 0 ? 1.1 : 1 / 1.1));
                e.doit = false;
            }
        });
        addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '0' || e.keyCode == '0')) {
                setZoom(1);
            }
        });
        addListener(SWT.Dispose, e -> {
            if (bold != null) {
                bold.dispose();
            }
        });
    }

    public void setListener(Listener l) {
        listener = l;
    }

    /** Shows a new geometry; the selection is kept when its node is still there. */
    public void setGraph(LaidOutGraph g) {
        graph = g;
        if (selected != null && (g == null || !g.boxes().containsKey(selected))) {
            selected = null;
        }
        updateScrollBars();
        redraw();
    }

    public LaidOutGraph getGraph() {
        return graph;
    }

    public String getSelection() {
        return selected;
    }

    /** Selects a node (null: none) and scrolls it into view; tells the listener. */
    public void select(String id) {
        selected = id;
        reveal(id);
        redraw();
        listener.selected(id);
    }

    /** The zoom that shows the whole graph in the canvas (at most 1:1). */
    public double fitZoom() {
        Rectangle area = getClientArea();
        if (graph == null || graph.width() <= 0 || graph.height() <= 0 || area.width <= 0 || area.height <= 0) {
            return 1;
        }
        return Math.min(1, Math.min(area.width / graph.width(), area.height / graph.height()));
    }

    /** Scrolls so that the point (canvas pixels at this zoom) is at the top left, as the scroll bars do. */
    public void scrollTo(int x, int y) {
        originX = Math.max(0, x);
        originY = Math.max(0, y);
        updateScrollBars(); // clamps to the drawing
        redraw();
    }

    public double getZoom() {
        return zoom;
    }

    public void setZoom(double z) {
        zoom = Math.max(0.1, Math.min(4, z));
        updateScrollBars();
        redraw();
    }

    /** Where a node is drawn now, in canvas coordinates (for tests and tooltips), or null. */
    public Rectangle boundsOf(String id) {
        Box b = graph == null ? null : graph.boxes().get(id);
        if (b == null) {
            return null;
        }
        return new Rectangle(sx(b.x()), sy(b.y()), (int) Math.round(b.width() * zoom),
                (int) Math.round(b.height() * zoom));
    }

    private int sx(double x) {
        return (int) Math.round(x * zoom) - originX;
    }

    private int sy(double y) {
        return (int) Math.round(y * zoom) - originY;
    }

    private String nodeAt(int x, int y) {
        return graph == null ? null : graph.nodeAt((x + originX) / zoom, (y + originY) / zoom);
    }

    private void reveal(String id) {
        Rectangle r = id == null ? null : boundsOf(id);
        Rectangle area = getClientArea();
        if (r == null) {
            return;
        }
        // scroll as little as brings the node into view
        if (r.x < 0) {
            originX = Math.max(0, originX + r.x - 20);
        } else if (r.x + r.width > area.width) {
            originX += r.x + r.width - area.width + 20;
        }
        if (r.y < 0) {
            originY = Math.max(0, originY + r.y - 20);
        } else if (r.y + r.height > area.height) {
            originY += r.y + r.height - area.height + 20;
        }
        updateScrollBars();
    }

    private void updateScrollBars() {
        if (isDisposed()) {
            return;
        }
        Rectangle area = getClientArea();
        int w = graph == null ? 0 : (int) Math.ceil(graph.width() * zoom);
        int h = graph == null ? 0 : (int) Math.ceil(graph.height() * zoom);
        originX = Math.max(0, Math.min(originX, Math.max(0, w - area.width)));
        originY = Math.max(0, Math.min(originY, Math.max(0, h - area.height)));
        bar(getHorizontalBar(), w, area.width, originX);
        bar(getVerticalBar(), h, area.height, originY);
    }

    private static void bar(ScrollBar b, int total, int visible, int at) {
        b.setMaximum(Math.max(total, 1));
        b.setThumb(Math.max(1, Math.min(visible, total)));
        b.setPageIncrement(Math.max(1, visible));
        b.setSelection(at);
        b.setVisible(total > visible);
    }

    /**
     * Where a mouse event happened, in canvas coordinates. Some X servers (Xvfb without a window manager,
     * input synthesised with XTest) report button events relative to the root window; the pointer's position
     * is then the truth.
     */
    private Point at(org.eclipse.swt.widgets.Event e) {
        Rectangle area = getClientArea();
        if (e.x >= 0 && e.y >= 0 && e.x <= area.width && e.y <= area.height) {
            return new Point(e.x, e.y);
        }
        return toControl(getDisplay().getCursorLocation());
    }

    private void mouseDown(org.eclipse.swt.widgets.Event e) {
        if (e.button != 1) {
            return;
        }
        Point p = at(e);
        e.x = p.x;
        e.y = p.y;
        pressed = true;
        setFocus();
        String id = nodeAt(e.x, e.y);
        dragFrom = id;
        dragAt = new Point(e.x, e.y);
        dragging = false;
        if (!java.util.Objects.equals(id, selected)) {
            select(id);
        }
    }

    private void mouseMove(org.eclipse.swt.widgets.Event e) {
        if (dragFrom == null || !pressed) {
            return;
        }
        Point p = at(e);
        e.x = p.x;
        e.y = p.y;
        if (!dragging && Math.abs(e.x - dragAt.x) + Math.abs(e.y - dragAt.y) > 6) {
            dragging = true;
        }
        dragAt = new Point(e.x, e.y);
        if (dragging) {
            redraw();
        }
    }

    private void mouseUp(org.eclipse.swt.widgets.Event e) {
        Point p = at(e);
        e.x = p.x;
        e.y = p.y;
        pressed = false;
        String from = dragFrom;
        boolean was = dragging;
        dragFrom = null;
        dragging = false;
        if (was) {
            redraw();
            String to = nodeAt(e.x, e.y);
            if (from != null && to != null && !to.equals(from)) {
                listener.connect(from, to);
            }
        }
    }

    /** Whether a route's bounding box meets the visible area (model coordinates). */
    private static boolean visible(List<LaidOutGraph.Point> pts, double x0, double y0, double x1, double y1) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (LaidOutGraph.Point p : pts) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return minX <= x1 && maxX >= x0 && minY <= y1 - 0 + 20 && maxY >= y0 - 20; // labels sit just above
    }

    private void paint(GC gc) {
        long t0 = System.nanoTime();
        paint(gc, getClientArea());
        lastPaintNanos = System.nanoTime() - t0;
        paints++;
    }

    private long paints;
    private long lastPaintNanos;

    /** How many times the canvas has painted itself, and how long the last paint took (for benchmarks). */
    public long paints() {
        return paints;
    }

    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /**
     * The whole graph as a picture at 1:1 (for export), drawn as the canvas draws it, without the selection.
     * The caller disposes the image. UI thread.
     */
    public org.eclipse.swt.graphics.Image picture() {
        if (graph == null) {
            return null;
        }
        int w = (int) Math.ceil(graph.width());
        int h = (int) Math.ceil(graph.height());
        double z = zoom;
        int ox = originX;
        int oy = originY;
        String sel = selected;
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(getDisplay(), Math.max(1, w),
                Math.max(1, h));
        GC gc = new GC(image);
        try {
            zoom = 1;
            originX = 0;
            originY = 0;
            selected = null;
            gc.setFont(getFont());
            paint(gc, new Rectangle(0, 0, w, h));
        } finally {
            gc.dispose();
            zoom = z;
            originX = ox;
            originY = oy;
            selected = sel;
        }
        return image;
    }

    private void paint(GC gc, Rectangle area) {
        Display d = getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (graph == null) {
            return;
        }
        // smooth lines for a readable graph; a graph of thousands of nodes is drawn without (much faster)
        gc.setAntialias(graph.graph().nodes().size() > 1000 ? SWT.OFF : SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (bold == null) {
            var fd = getFont().getFontData()[0];
            bold = new Font(d, fd.getName(), fd.getHeight(), SWT.BOLD);
        }
        Color edge = d.getSystemColor(SWT.COLOR_DARK_GRAY);
        gc.setForeground(edge);
        gc.setLineWidth(Math.max(1, (int) Math.round(zoom * 1.5)));
        // only what the visible area shows is drawn: a lineage of thousands of cases paints in the same time
        double vx0 = originX / zoom - 1;
        double vy0 = originY / zoom - 1;
        double vx1 = (originX + area.width) / zoom + 1;
        double vy1 = (originY + area.height) / zoom + 1;
        for (Graph.Edge e : graph.graph().edges()) {
            List<LaidOutGraph.Point> pts = graph.routes().get(e.id());
            if (pts == null || pts.size() < 2 || !visible(pts, vx0, vy0, vx1, vy1)) {
                continue;
            }
            int[] poly = new int[pts.size() * 2];
            for (int i = 0; i < pts.size(); i++) {
                poly[2 * i] = sx(pts.get(i).x());
                poly[2 * i + 1] = sy(pts.get(i).y());
            }
            Color line = e.emphasised() ? PATH : edge;
            gc.setForeground(line);
            gc.setLineWidth(Math.max(1, (int) Math.round(zoom * (e.emphasised() ? 3.5 : 1.5))));
            gc.drawPolyline(poly);
            arrow(gc, poly, line);
            gc.setForeground(edge);
            if (zoom >= 0.6 && e.label() != null && !e.label().isEmpty()) {
                // the label goes above the longest segment, where it has the most room
                int best = 0;
                double longest = -1;
                for (int i = 0; i + 1 < pts.size(); i++) {
                    double len = Math.abs(pts.get(i + 1).x() - pts.get(i).x()) + Math.abs(pts.get(i + 1).y() - pts.get(i).y());
                    if (len > longest) {
                        longest = len;
                        best = i;
                    }
                }
                LaidOutGraph.Point a = pts.get(best);
                LaidOutGraph.Point b = pts.get(best + 1);
                Point ext = extent(gc, e.label());
                gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawText(e.label(), sx((a.x() + b.x()) / 2) - ext.x / 2, sy((a.y() + b.y()) / 2) - ext.y - 1, true);
                gc.setForeground(edge);
            }
        }
        for (Graph.Node n : graph.graph().nodes()) {
            Box b = graph.boxes().get(n.id());
            if (b != null && b.x() <= vx1 && b.x() + b.width() >= vx0 && b.y() <= vy1 && b.y() + b.height() >= vy0) {
                node(gc, n, b);
            }
        }
        if (dragging && dragFrom != null) {
            Rectangle r = boundsOf(dragFrom);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.drawLine(r.x + r.width, r.y + r.height / 2, dragAt.x, dragAt.y);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    /** Fill and border of each style (device-independent colours: no OS resources, made once). */
    private static final Map<Graph.Style, Color> FILL = Map.of(Graph.Style.NORMAL, new Color(232, 240, 250),
            Graph.Style.APPROVAL, new Color(255, 243, 205), Graph.Style.ERROR, new Color(253, 222, 222),
            Graph.Style.WARNING, new Color(255, 240, 200), Graph.Style.SUCCEEDED, new Color(226, 242, 226),
            Graph.Style.SURVIVOR, new Color(200, 235, 200), Graph.Style.WINNER, new Color(255, 226, 140),
            Graph.Style.PRUNED, new Color(238, 238, 238), Graph.Style.RUNNING, new Color(222, 232, 255));
    private static final Map<Graph.Style, Color> BORDER = Map.of(Graph.Style.ERROR, new Color(200, 40, 40),
            Graph.Style.WARNING, new Color(210, 140, 0), Graph.Style.SURVIVOR, new Color(40, 140, 40),
            Graph.Style.WINNER, new Color(190, 130, 0), Graph.Style.PRUNED, new Color(160, 160, 160),
            Graph.Style.SUCCEEDED, new Color(90, 160, 90));
    private static final Color DEFAULT_BORDER = new Color(44, 110, 180);
    /** The winning path's edges. */
    private static final Color PATH = new Color(200, 140, 0);

    private void node(GC gc, Graph.Node n, Box b) {
        if (b == null) {
            return;
        }
        Display d = getDisplay();
        int x = sx(b.x());
        int y = sy(b.y());
        int w = (int) Math.round(b.width() * zoom);
        int h = (int) Math.round(b.height() * zoom);
        Color fill = FILL.getOrDefault(n.style(), FILL.get(Graph.Style.NORMAL));
        Color border = BORDER.getOrDefault(n.style(), DEFAULT_BORDER);
        gc.setBackground(fill);
        gc.fillRoundRectangle(x, y, w, h, RADIUS, RADIUS);
        boolean sel = n.id().equals(selected);
        gc.setForeground(sel ? d.getSystemColor(SWT.COLOR_LIST_SELECTION) : border);
        gc.setLineWidth(sel ? 3 : n.style() == Graph.Style.ERROR || n.style() == Graph.Style.WINNER
                || n.style() == Graph.Style.SURVIVOR ? 2 : 1);
        if (n.style() == Graph.Style.RUNNING) {
            gc.setLineStyle(SWT.LINE_DASH); // planned or running: not there yet
        }
        gc.drawRoundRectangle(x, y, w, h, RADIUS, RADIUS);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (zoom < 0.45) {
            return; // too small for text: the boxes and edges still show the shape
        }
        gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int line = y + 4;
        for (int i = 0; i < n.lines().size(); i++) {
            gc.setFont(i == 0 ? bold : getFont());
            String text = fitted(gc, i == 0, n.lines().get(i), w - 12);
            gc.drawText(text, x + 6, line, true);
            line += gc.getFontMetrics().getHeight();
            if (line > y + h - 4) {
                break;
            }
        }
        gc.setFont(getFont());
    }

    /**
     * Texts as they fit their boxes, by font, width and text: measuring text is most of a paint, and the same
     * texts come back at every frame (emptied when large, e.g. after many zoom levels).
     */
    private final java.util.Map<String, String> fits = new java.util.HashMap<>();
    /** Extents of edge labels (their font does not change). */
    private final java.util.Map<String, Point> extents = new java.util.HashMap<>();

    private String fitted(GC gc, boolean bold, String s, int width) {
        if (fits.size() > 100_000) {
            fits.clear();
        }
        return fits.computeIfAbsent((bold ? 'b' : 'n') + Integer.toString(width) + '\0' + s, k -> fit(gc, s, width));
    }

    private Point extent(GC gc, String label) {
        if (extents.size() > 100_000) {
            extents.clear();
        }
        return extents.computeIfAbsent(label, gc::textExtent);
    }

    private static String fit(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && gc.textExtent(t + "\u2026").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }

    private static void arrow(GC gc, int[] poly, Color c) {
        int n = poly.length;
        double x2 = poly[n - 2];
        double y2 = poly[n - 1];
        double x1 = poly[n - 4];
        double y1 = poly[n - 3];
        double a = Math.atan2(y2 - y1, x2 - x1);
        int s = 8;
        int[] head = { (int) x2, (int) y2, (int) (x2 - s * Math.cos(a - 0.4)), (int) (y2 - s * Math.sin(a - 0.4)),
                (int) (x2 - s * Math.cos(a + 0.4)), (int) (y2 - s * Math.sin(a + 0.4)) };
        gc.setBackground(c);
        gc.fillPolygon(head);
    }
}
