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
    /** Panning by dragging the background: where the drag started (canvas) and the origin then. */
    private Point panFrom;
    private Point panOrigin;
    /** Whether the mini-map shows (when the graph does not fit), its picture for the graph shown, where it is. */
    private boolean miniMap;
    private org.eclipse.swt.graphics.Image miniImage;
    private Rectangle miniAt;
    private boolean miniDragging;
    /** The change being animated: the boxes before it, the nodes new in it, when it started (nanos). */
    private Map<String, Box> animFrom = Map.of();
    private java.util.Set<String> animNew = java.util.Set.of();
    private long animStart;
    private static final long ANIMATION_NANOS = 250_000_000L;
    /** Graphs above this many nodes change without animation (the frame budget goes to drawing). */
    private static final int ANIMATED_NODES = 600;
    private boolean spinning;

    public GraphCanvas(Composite parent, int style) {
        super(parent, style | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND); // buffered: it keeps its last frame
        addPaintListener(e -> paintClipped(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
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
            Graph.Node hovered = id == null ? null : graph.graph().node(id);
            if (hovered != null && !hovered.badges().isEmpty()) {
                StringBuilder t = new StringBuilder(tip == null ? id : tip);
                hovered.badges().forEach(b -> t.append("\n").append(b.text()).append(" ").append(b.tip()));
                tip = t.toString();
            }
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
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Dispose, e -> {
            if (bold != null) {
                bold.dispose();
            }
            if (miniImage != null) {
                miniImage.dispose();
            }
            if (frame != null) {
                frame.dispose();
            }
        });
    }

    /**
     * Keys: Ctrl+0 zooms 1:1, Ctrl++ (or Ctrl+=) in, Ctrl+- out; the arrow keys pan (Shift: a page).
     */
    private void key(org.eclipse.swt.widgets.Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        if (ctrl && (e.character == '0' || e.keyCode == '0')) {
            setZoom(1);
        } else if (ctrl && (e.character == '+' || e.character == '=' || e.keyCode == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
            setZoom(zoom * 1.25);
        } else if (ctrl && (e.character == '-' || e.keyCode == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            setZoom(zoom / 1.25);
        } else if (!ctrl && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_UP
                || e.keyCode == SWT.ARROW_DOWN)) {
            Rectangle area = getClientArea();
            int step = (e.stateMask & SWT.SHIFT) != 0 ? Math.max(40, area.width * 9 / 10) : 40;
            int dx = e.keyCode == SWT.ARROW_LEFT ? -step : e.keyCode == SWT.ARROW_RIGHT ? step : 0;
            int dy = e.keyCode == SWT.ARROW_UP ? -step : e.keyCode == SWT.ARROW_DOWN ? step : 0;
            scrollTo(originX + dx, originY + dy);
        }
    }

    /** Shows a mini-map of the whole graph in the bottom right corner when it does not fit (click to go there). */
    public void setMiniMap(boolean on) {
        miniMap = on;
        redraw();
    }

    /** Where the mini-map is drawn now, in canvas coordinates, or null when it does not show (for tests). */
    public Rectangle miniMapBounds() {
        return miniRect();
    }

    /** The part of the graph in view (at zoom 1): the mini-map's frame (for tests). */
    public Rectangle viewport() {
        Rectangle area = getClientArea();
        return new Rectangle((int) Math.round(originX / zoom), (int) Math.round(originY / zoom),
                (int) Math.round(area.width / zoom), (int) Math.round(area.height / zoom));
    }

    /** Whether a change is being animated now (for tests). */
    public boolean animating() {
        return !animFrom.isEmpty() || !animNew.isEmpty();
    }

    public void setListener(Listener l) {
        listener = l;
    }

    /** Shows a new geometry; the selection is kept when its node is still there. */
    public void setGraph(LaidOutGraph g) {
        LaidOutGraph before = graph;
        graph = g;
        graphsSet++;
        if (miniImage != null) {
            miniImage.dispose();
            miniImage = null;
        }
        animate(before, g);
        index();
        if (selected != null && (g == null || !g.boxes().containsKey(selected))) {
            selected = null;
        }
        updateScrollBars();
        redraw();
    }

    /**
     * Moves the nodes that moved from where they were and fades the new ones in, over a quarter second (small
     * graphs only; the user's viewport stays where it is).
     */
    private void animate(LaidOutGraph before, LaidOutGraph after) {
        animFrom = Map.of();
        animNew = java.util.Set.of();
        if (before == null || after == null || after.graph().nodes().size() > ANIMATED_NODES || !isVisible()) {
            return;
        }
        Map<String, Box> from = new java.util.HashMap<>();
        java.util.Set<String> fresh = new java.util.HashSet<>();
        for (var e : after.boxes().entrySet()) {
            Box old = before.boxes().get(e.getKey());
            if (old == null) {
                fresh.add(e.getKey());
            } else if (Math.abs(old.x() - e.getValue().x()) > 0.5 || Math.abs(old.y() - e.getValue().y()) > 0.5) {
                from.put(e.getKey(), old);
            }
        }
        if (from.isEmpty() && fresh.isEmpty()) {
            return;
        }
        animFrom = from;
        animNew = fresh;
        animStart = System.nanoTime();
        getDisplay().timerExec(16, this::animationFrame);
    }

    private void animationFrame() {
        if (isDisposed() || !animating()) {
            return;
        }
        if (System.nanoTime() - animStart >= ANIMATION_NANOS) {
            animFrom = Map.of();
            animNew = java.util.Set.of();
        } else {
            getDisplay().timerExec(16, this::animationFrame);
        }
        redraw();
    }

    /** How far the animation is, 0 to 1 (eased). */
    private double progress() {
        double t = Math.min(1, (System.nanoTime() - animStart) / (double) ANIMATION_NANOS);
        return t * t * (3 - 2 * t);
    }

    /** Where a node's box is drawn now: moving from where it was while a change animates. */
    private Box drawnBox(String id, Box b) {
        Box old = animFrom.get(id);
        if (old == null) {
            return b;
        }
        double t = progress();
        return new Box(old.x() + (b.x() - old.x()) * t, old.y() + (b.y() - old.y()) * t, b.width(), b.height());
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

    /** Sets a scroll bar, touching only what changed (each change makes the toolkit repaint the canvas). */
    private static void bar(ScrollBar b, int total, int visible, int at) {
        int max = Math.max(total, 1);
        int thumb = Math.max(1, Math.min(visible, total));
        int page = Math.max(1, visible);
        if (b.getMaximum() != max || b.getThumb() != thumb || b.getPageIncrement() != page) {
            b.setValues(at, 0, max, thumb, b.getIncrement(), page);
        } else if (b.getSelection() != at) {
            b.setSelection(at);
        }
        if (b.getVisible() != total > visible) {
            b.setVisible(total > visible);
        }
    }

    private Point at(org.eclipse.swt.widgets.Event e) {
        return Pointer.at(this, e);
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
        miniAt = miniRect();
        if (miniAt != null && miniAt.contains(e.x, e.y)) {
            miniDragging = true;
            centreFromMiniMap(e.x, e.y);
            return;
        }
        String id = nodeAt(e.x, e.y);
        if (id == null) {
            panFrom = new Point(e.x, e.y);
            panOrigin = new Point(originX, originY);
        }
        dragFrom = id;
        dragAt = new Point(e.x, e.y);
        dragging = false;
        if (!java.util.Objects.equals(id, selected)) {
            select(id);
        }
    }

    private void mouseMove(org.eclipse.swt.widgets.Event e) {
        if (pressed && miniDragging) {
            Point p = at(e);
            centreFromMiniMap(p.x, p.y);
            return;
        }
        if (pressed && panFrom != null) {
            Point p = at(e);
            scrollTo(panOrigin.x - (p.x - panFrom.x), panOrigin.y - (p.y - panFrom.y));
            return;
        }
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
        panFrom = null;
        miniDragging = false;
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

    /** Scrolls so that the graph point under a mini-map point is in the middle of the view. */
    private void centreFromMiniMap(int x, int y) {
        if (graph == null || miniAt == null) {
            return;
        }
        double scale = miniAt.width / graph.width();
        double gx = (x - miniAt.x) / scale;
        double gy = (y - miniAt.y) / scale;
        Rectangle area = getClientArea();
        scrollTo((int) Math.round(gx * zoom - area.width / 2.0), (int) Math.round(gy * zoom - area.height / 2.0));
    }

    /**
     * Where the mini-map goes in the view now (bottom right, at most 180 x 120 and a third of the view each
     * way), or null when it does not show: switched off, or the whole graph fits.
     */
    private Rectangle miniRect() {
        Rectangle area = getClientArea();
        if (!miniMap || graph == null || graph.width() <= 0 || graph.height() <= 0
                || graph.width() * zoom <= area.width && graph.height() * zoom <= area.height) {
            return null;
        }
        double scale = Math.min(Math.min(180, area.width / 3.0) / graph.width(),
                Math.min(120, area.height / 3.0) / graph.height());
        int w = (int) Math.round(graph.width() * scale);
        int h = (int) Math.round(graph.height() * scale);
        if (w < 16 || h < 8) {
            return null; // a view too small for a map
        }
        return new Rectangle(area.width - w - 10, area.height - h - 10, w, h);
    }

    /** The graph shown as arrays, for painting without a map lookup per node and edge. */
    private Graph.Node[] nodeArr = {};
    private Box[] boxArr = {};
    private Graph.Edge[] edgeArr = {};
    private List<LaidOutGraph.Point>[] routeArr = newRoutes(0);
    /** Per edge: min x, max x, min y, max y of its route. */
    private double[] edgeBox = {};
    private boolean anyRunning;

    @SuppressWarnings("unchecked")
    private static List<LaidOutGraph.Point>[] newRoutes(int n) {
        return new List[n];
    }

    /** Indexes a new graph: its nodes with their boxes, its edges with their routes and bounds, in arrays. */
    private void index() {
        if (graph == null) {
            nodeArr = new Graph.Node[0];
            boxArr = new Box[0];
            edgeArr = new Graph.Edge[0];
            routeArr = newRoutes(0);
            edgeBox = new double[0];
            anyRunning = false;
            return;
        }
        nodeArr = graph.graph().nodes().toArray(Graph.Node[]::new);
        boxArr = new Box[nodeArr.length];
        boolean running = false;
        for (int k = 0; k < nodeArr.length; k++) {
            boxArr[k] = graph.boxes().get(nodeArr[k].id());
            running |= nodeArr[k].style() == Graph.Style.RUNNING;
        }
        anyRunning = running;
        edgeArr = graph.graph().edges().toArray(Graph.Edge[]::new);
        routeArr = newRoutes(edgeArr.length);
        edgeBox = new double[4 * edgeArr.length];
        for (int k = 0; k < edgeArr.length; k++) {
            List<LaidOutGraph.Point> pts = graph.routes().get(edgeArr[k].id());
            routeArr[k] = pts;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (LaidOutGraph.Point p : pts == null ? List.<LaidOutGraph.Point>of() : pts) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            edgeBox[4 * k] = minX;
            edgeBox[4 * k + 1] = maxX;
            edgeBox[4 * k + 2] = minY;
            edgeBox[4 * k + 3] = maxY;
        }
    }

    /** Whether a segment of a route meets the rectangle (each segment by its bounding box). */
    private static boolean crosses(List<LaidOutGraph.Point> pts, double x0, double y0, double x1, double y1) {
        for (int i = 0; i + 1 < pts.size(); i++) {
            LaidOutGraph.Point a = pts.get(i);
            LaidOutGraph.Point b = pts.get(i + 1);
            if (Math.min(a.x(), b.x()) <= x1 && Math.max(a.x(), b.x()) >= x0 && Math.min(a.y(), b.y()) <= y1
                    && Math.max(a.y(), b.y()) >= y0) {
                return true;
            }
        }
        return false;
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

    private void paintClipped(GC gc, Rectangle clip) {
        long t0 = System.nanoTime();
        Rectangle area = getClientArea();
        boolean whole = clip.isEmpty() || clip.width >= area.width && clip.height >= area.height;
        if (!whole) {
            clippedPaints++;
            paint(gc, clip); // a spinner's corner, a part uncovered: drawn as it is now
            miniMap(gc);
        } else {
            // the toolkit asks for the whole view again and again (scroll bars appearing, overlays fading) while
            // nothing changed: the last frame is drawn again from its picture
            List<Object> key = java.util.Arrays.asList(zoom, originX, originY, selected, dragging, dragAt,
                    area.width, area.height, miniMap, getFont());
            if (frame == null || animating() || frameGraph != graph || !key.equals(frameKey)) {
                if (frame != null && (frame.getBounds().width != Math.max(1, area.width)
                        || frame.getBounds().height != Math.max(1, area.height))) {
                    frame.dispose();
                    frame = null;
                }
                if (frame == null) { // made again only when the view's size changes
                    frame = new org.eclipse.swt.graphics.Image(getDisplay(), Math.max(1, area.width),
                            Math.max(1, area.height));
                }
                GC f = new GC(frame);
                try {
                    f.setFont(getFont());
                    paint(f, area);
                    miniMap(f);
                } finally {
                    f.dispose();
                }
                frameKey = animating() ? null : key;
                frameGraph = graph; // by identity: a graph is immutable, a new one is a new picture
                framesDrawn++;
            }
            gc.drawImage(frame, 0, 0);
        }
        spin();
        lastPaintNanos = System.nanoTime() - t0;
        paintNanos += lastPaintNanos;
        paints++;
    }

    /** The last whole frame drawn, and what it was drawn from. */
    private org.eclipse.swt.graphics.Image frame;
    private List<Object> frameKey;
    private LaidOutGraph frameGraph;
    private long framesDrawn;

    private long paints;
    private long lastPaintNanos;
    private long paintNanos;
    private long graphsSet;
    private long clippedPaints;

    /** How many graphs the canvas was given, and how many of its paints were of a part of it (benchmarks). */
    public long[] counts() {
        return new long[] { graphsSet, clippedPaints, framesDrawn };
    }

    /** The time spent painting since the canvas was made (for benchmarks). */
    public long paintNanos() {
        return paintNanos;
    }

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
        double vx0 = (originX + area.x) / zoom - 1;
        double vy0 = (originY + area.y) / zoom - 1;
        double vx1 = (originX + area.x + area.width) / zoom + 1;
        double vy1 = (originY + area.y + area.height) / zoom + 1;
        boolean moving = !animFrom.isEmpty();
        for (int k = 0; k < edgeArr.length; k++) {
            Graph.Edge e = edgeArr[k];
            List<LaidOutGraph.Point> pts = routeArr[k];
            if (moving && (animFrom.containsKey(e.from()) || animFrom.containsKey(e.to()))) {
                pts = straight(e); // its ends are moving: its route is where they are going
                if (pts == null || !visible(pts, vx0, vy0, vx1, vy1)) {
                    continue;
                }
            } else if (pts == null || pts.size() < 2 || edgeBox[4 * k] > vx1 || edgeBox[4 * k + 1] < vx0
                    || edgeBox[4 * k + 2] > vy1 + 20 || edgeBox[4 * k + 3] < vy0 - 20 // labels sit just above
                    || !crosses(pts, vx0, vy0 - 20, vx1, vy1 + 20)) {
                continue; // a fan of a thousand edges spans the view's box, few of them cross the view
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
            int ax = poly[poly.length - 2];
            int ay = poly[poly.length - 1];
            if (ax >= area.x - 10 && ax <= area.x + area.width + 10 && ay >= area.y - 10
                    && ay <= area.y + area.height + 10) {
                arrow(gc, poly, line); // only where its head is in view
            }
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
                int lx = sx((a.x() + b.x()) / 2) - ext.x / 2;
                int ly = sy((a.y() + b.y()) / 2) - ext.y - 1;
                if (lx <= area.x + area.width && lx + ext.x >= area.x && ly <= area.y + area.height
                        && ly + ext.y >= area.y) { // text is the dearest thing drawn: only where it shows
                    gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
                    gc.drawText(e.label(), lx, ly, true);
                    gc.setForeground(edge);
                }
            }
        }
        for (int k = 0; k < nodeArr.length; k++) {
            Graph.Node n = nodeArr[k];
            Box b = boxArr[k];
            if (b != null && moving) {
                b = drawnBox(n.id(), b);
            }
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

    /** An edge from the right of its source's drawn box to the left of its target's (while they move). */
    private List<LaidOutGraph.Point> straight(Graph.Edge e) {
        Box a = graph.boxes().get(e.from());
        Box b = graph.boxes().get(e.to());
        if (a == null || b == null) {
            return null;
        }
        a = drawnBox(e.from(), a);
        b = drawnBox(e.to(), b);
        return List.of(new LaidOutGraph.Point(a.x() + a.width(), a.y() + a.height() / 2),
                new LaidOutGraph.Point(b.x(), b.y() + b.height() / 2));
    }

    /**
     * The mini-map: the whole graph scaled into a corner (its picture made once per graph), the part in view
     * framed. Shown only when the graph does not fit the view.
     */
    private void miniMap(GC gc) {
        miniAt = miniRect();
        if (miniAt == null) {
            return;
        }
        int w = miniAt.width;
        int h = miniAt.height;
        double scale = w / graph.width();
        if (miniImage == null || miniImage.getBounds().width != w || miniImage.getBounds().height != h) {
            if (miniImage != null) {
                miniImage.dispose();
            }
            // pixels set directly: thousands of nodes fall on the same few pixels, a GC call each would not pay
            org.eclipse.swt.graphics.RGB bg = getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB();
            org.eclipse.swt.graphics.PaletteData palette = new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF);
            org.eclipse.swt.graphics.ImageData data = new org.eclipse.swt.graphics.ImageData(w, h, 24, palette);
            int[] pixels = new int[w * h];
            java.util.Arrays.fill(pixels, palette.getPixel(bg));
            for (int k = 0; k < nodeArr.length; k++) {
                Box b = boxArr[k];
                if (b == null) {
                    continue;
                }
                int pixel = palette.getPixel(BORDER.getOrDefault(nodeArr[k].style(), DEFAULT_BORDER).getRGB());
                int x0 = Math.min(w - 1, (int) (b.x() * scale));
                int y0 = Math.min(h - 1, (int) (b.y() * scale));
                int x1 = Math.min(w, x0 + Math.max(1, (int) Math.round(b.width() * scale)));
                int y1 = Math.min(h, y0 + Math.max(1, (int) Math.round(b.height() * scale)));
                for (int y = y0; y < y1; y++) {
                    java.util.Arrays.fill(pixels, y * w + x0, y * w + x1, pixel);
                }
            }
            for (int y = 0; y < h; y++) {
                data.setPixels(0, y, w, pixels, y * w);
            }
            miniImage = new org.eclipse.swt.graphics.Image(getDisplay(), data);
        }
        gc.setAlpha(230);
        gc.drawImage(miniImage, miniAt.x, miniAt.y);
        gc.setAlpha(255);
        gc.setLineWidth(1);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(miniAt.x - 1, miniAt.y - 1, w + 1, h + 1);
        Rectangle v = viewport();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawRectangle(miniAt.x + (int) (v.x * scale), miniAt.y + (int) (v.y * scale),
                Math.max(2, (int) (v.width * scale)), Math.max(2, (int) (v.height * scale)));
        gc.setLineWidth(1);
    }

    /**
     * Keeps the running nodes' spinners turning: while any shows, their corners are repainted ten times a
     * second (only their corners: a big lineage is not redrawn for them).
     */
    private void spin() {
        if (spinning || graph == null) {
            return;
        }
        if (!anyRunning) {
            return;
        }
        spinning = true;
        getDisplay().timerExec(100, () -> {
            spinning = false;
            if (isDisposed() || graph == null || !isVisible()) {
                return;
            }
            Rectangle area = getClientArea();
            for (Graph.Node n : nodeArr) {
                if (n.style() == Graph.Style.RUNNING) {
                    Rectangle r = spinnerBounds(n.id());
                    if (r != null && r.intersects(area)) {
                        redraw(r.x, r.y, r.width, r.height, false);
                    }
                }
            }
        });
    }

    /** Where a running node's spinner is drawn (its right end), or null. */
    private Rectangle spinnerBounds(String id) {
        Rectangle r = boundsOf(id);
        if (r == null) {
            return null;
        }
        int s = Math.max(8, (int) Math.round(16 * zoom));
        return new Rectangle(r.x + r.width - s - 6, r.y + r.height - s - 6, s + 2, s + 2);
    }

    /** Fill and border of each style (device-independent colours: no OS resources, made once). */
    private static final Map<Graph.Style, Color> FILL = Map.of(Graph.Style.NORMAL, new Color(232, 240, 250),
            Graph.Style.APPROVAL, new Color(255, 243, 205), Graph.Style.ERROR, new Color(253, 222, 222),
            Graph.Style.WARNING, new Color(255, 240, 200), Graph.Style.SUCCEEDED, new Color(226, 242, 226),
            Graph.Style.SURVIVOR, new Color(200, 235, 200), Graph.Style.WINNER, new Color(255, 226, 140),
            Graph.Style.PRUNED, new Color(238, 238, 238), Graph.Style.RUNNING, new Color(222, 232, 255),
            Graph.Style.QUEUED, new Color(236, 240, 248));
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
        boolean fading = animNew.contains(n.id());
        int alpha = n.context() ? 110 : 255; // context a filter kept: faint
        if (fading) {
            alpha = (int) Math.round(alpha * (0.15 + 0.85 * progress()));
        }
        if (alpha < 255) {
            gc.setAlpha(alpha);
        }
        Color fill = FILL.getOrDefault(n.style(), FILL.get(Graph.Style.NORMAL));
        Color border = BORDER.getOrDefault(n.style(), DEFAULT_BORDER);
        gc.setBackground(fill);
        gc.fillRoundRectangle(x, y, w, h, RADIUS, RADIUS);
        boolean sel = n.id().equals(selected);
        gc.setForeground(sel ? d.getSystemColor(SWT.COLOR_LIST_SELECTION) : border);
        gc.setLineWidth(sel ? 3 : n.style() == Graph.Style.ERROR || n.style() == Graph.Style.WINNER
                || n.style() == Graph.Style.SURVIVOR ? 2 : 1);
        if (n.style().unfinished()) {
            gc.setLineStyle(SWT.LINE_DASH); // planned or running: not there yet
        }
        gc.drawRoundRectangle(x, y, w, h, RADIUS, RADIUS);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (n.style() == Graph.Style.RUNNING) {
            spinner(gc, x + w, y + h);
        }
        if (zoom < 0.45) {
            gc.setAlpha(255);
            return; // too small for text: the boxes and edges still show the shape
        }
        badges(gc, n, x + w, y);
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
        gc.setAlpha(255);
    }

    private static final Color ALARM = new Color(200, 40, 40);
    private static final Color CALM = new Color(60, 140, 60);

    /** A node's badges, right to left from its top right corner: a disc with a character. */
    private void badges(GC gc, Graph.Node n, int right, int top) {
        int s = Math.max(12, (int) Math.round(16 * zoom));
        int x = right - s - 4;
        for (Graph.Badge b : n.badges()) {
            gc.setBackground(b.alarm() ? ALARM : CALM);
            gc.fillOval(x, top + 4, s, s);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            Point ext = extent(gc, b.text());
            gc.drawText(b.text(), x + (s - ext.x) / 2, top + 4 + (s - ext.y) / 2, true);
            x -= s + 2;
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
    }

    /** A turning arc in a running node's bottom right corner (its angle from the clock). */
    private void spinner(GC gc, int right, int bottom) {
        int s = Math.max(8, (int) Math.round(16 * zoom));
        int angle = (int) ((System.nanoTime() / 1_000_000 / 100 * 36) % 360);
        gc.setForeground(DEFAULT_BORDER);
        gc.setLineWidth(2);
        gc.drawArc(right - s - 5, bottom - s - 5, s, s, -angle, 270);
        gc.setLineWidth(1);
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
