package io.noodle.eda.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A placed or routed DEF, held as flat arrays (µm): die area, rows, tracks, component footprints, the
 * bounding box of each net's pins, and routed wire segments per layer. Pins of components are taken at the
 * component's centre (the footprint from the LEF; its origin when the LEF does not know the macro).
 */
public final class Def {

    public String design = "";
    public double dbu = 100;
    public double dieX0;
    public double dieY0;
    public double dieX1;
    public double dieY1;
    public int rows;
    /** Component footprints: x, y, width, height (µm), and whether the macro is a filler. */
    public double[] cx = new double[0];
    public double[] cy = new double[0];
    public double[] cw = new double[0];
    public double[] ch = new double[0];
    public boolean[] filler = new boolean[0];
    public int components;
    public int placedComponents;
    /** Net pin bounding boxes (µm) and pin counts. */
    public double[] nx0 = new double[0];
    public double[] ny0 = new double[0];
    public double[] nx1 = new double[0];
    public double[] ny1 = new double[0];
    public int[] npins = new int[0];
    public int nets;
    /** Routed segments: layer index into {@link #layers}, endpoints (µm). */
    public final List<String> layers = new ArrayList<>();
    public final Map<String, double[]> trackSteps = new HashMap<>(); // layer -> {stepX or 0, stepY or 0} in µm
    public double[] segments = new double[0]; // 5 per segment: layer, x0, y0, x1, y1
    public int segmentCount;
    public String file;

    public static Def parse(Path file, Lef lef) throws ParseFailure {
        return parse(file.toString(), Text.bytes(file), lef);
    }

    public static Def parse(String file, byte[] bytes, Lef lef) throws ParseFailure {
        Def d = new Def();
        d.file = file;
        Tokens t = new Tokens(file, bytes);
        Map<String, Integer> compIndex = new HashMap<>();
        Map<String, double[]> pinPos = new HashMap<>();
        boolean ended = false;
        boolean die = false;
        String tok;
        while ((tok = t.next()) != null) {
            switch (tok) {
            case "DESIGN" -> {
                d.design = t.require("the design name");
                t.skipStatement();
            }
            case "UNITS" -> {
                t.expect("DISTANCE");
                t.expect("MICRONS");
                d.dbu = t.number("database units per micron");
                if (d.dbu <= 0) {
                    throw t.fail("database units per micron must be positive");
                }
                t.expect(";");
            }
            case "DIEAREA" -> {
                double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
                String p;
                while (!(p = t.require("a die area point or ';'")).equals(";")) {
                    if (!p.equals("(")) {
                        throw t.fail("expected '(' in DIEAREA, found '" + Text.clip(p) + "'");
                    }
                    double x = t.number("an x coordinate") / d.dbu;
                    double y = t.number("a y coordinate") / d.dbu;
                    t.expect(")");
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
                if (box[2] <= box[0] || box[3] <= box[1]) {
                    throw t.fail("DIEAREA has no extent");
                }
                d.dieX0 = box[0];
                d.dieY0 = box[1];
                d.dieX1 = box[2];
                d.dieY1 = box[3];
                die = true;
            }
            case "ROW" -> {
                d.rows++;
                t.skipStatement();
            }
            case "TRACKS" -> tracks(t, d);
            case "COMPONENTS" -> components(t, d, lef, compIndex);
            case "PINS" -> pins(t, d, pinPos);
            case "NETS" -> nets(t, d, compIndex, pinPos);
            case "END" -> {
                String what = t.next();
                if ("DESIGN".equals(what)) {
                    ended = true;
                }
            }
            default -> {
                // VERSION, DIVIDERCHAR, VIAS, SPECIALNETS... are not needed
            }
            }
        }
        if (!die) {
            throw new ParseFailure(file, 0, "no DIEAREA: the design's extent is unknown");
        }
        if (!ended) {
            throw new ParseFailure(file, t.line(), "no 'END DESIGN' (the file is truncated)");
        }
        return d;
    }

    private static void tracks(Tokens t, Def d) throws ParseFailure {
        String axis = t.require("X or Y");
        t.number("the track start");
        t.expect("DO");
        t.number("the track count");
        t.expect("STEP");
        double step = t.number("the track step") / d.dbu;
        String tok;
        while (!(tok = t.require("LAYER or ';'")).equals(";")) {
            if (!tok.equals("LAYER")) {
                continue;
            }
            String layer = t.require("a layer name");
            double[] s = d.trackSteps.computeIfAbsent(layer, k -> new double[2]);
            s[axis.equals("X") ? 0 : 1] = step;
        }
    }

    /**
     * The count a section announces ({@code COMPONENTS 1200 ;}), which sizes its arrays: refused, at its line,
     * when the rest of the file could not hold that many entries (each takes at least 4 bytes), so that a header
     * of a few bytes never asks for gigabytes.
     */
    /** The most components or nets a section may announce (a large chip has a few million). */
    static final int MAX_ENTRIES = 50_000_000;

    private static int announced(Tokens t, String what) throws ParseFailure {
        double n = t.number("the number of " + what);
        if (n < 0 || n != Math.rint(n) || n > t.remaining() / 4.0 || n > MAX_ENTRIES) {
            throw t.fail("the section announces " + Text.clip(String.valueOf((long) n)) + " " + what + ", more than the "
                    + t.remaining() + " bytes left in the file can hold (or the " + MAX_ENTRIES + " a DEF may have)");
        }
        t.expect(";");
        return (int) n;
    }

    private static void components(Tokens t, Def d, Lef lef, Map<String, Integer> index) throws ParseFailure {
        int count = announced(t, "components");
        d.cx = new double[count];
        d.cy = new double[count];
        d.cw = new double[count];
        d.ch = new double[count];
        d.filler = new boolean[count];
        int i = 0;
        String tok;
        while (!(tok = t.require("a component or END COMPONENTS")).equals("END")) {
            if (!tok.equals("-")) {
                throw t.fail("expected '- <name> <macro>' in COMPONENTS, found '" + Text.clip(tok) + "'");
            }
            if (i >= count) {
                throw t.fail("more components than the " + count + " announced");
            }
            String name = t.require("a component name");
            String macro = t.require("a macro name");
            double[] size = lef == null ? null : lef.macroSizes().get(macro);
            d.cw[i] = size == null ? 0 : size[0];
            d.ch[i] = size == null ? 0 : size[1];
            d.cx[i] = Double.NaN;
            d.filler[i] = lef == null ? macro.startsWith("FILL") : lef.isFiller(macro);
            while (!(tok = t.require("';'")).equals(";")) {
                if (tok.equals("PLACED") || tok.equals("FIXED") || tok.equals("COVER")) {
                    t.expect("(");
                    d.cx[i] = t.number("an x coordinate") / d.dbu;
                    d.cy[i] = t.number("a y coordinate") / d.dbu;
                    t.expect(")");
                    String orient = t.require("an orientation");
                    if (orient.startsWith("E") || orient.startsWith("W") || orient.equals("FE") || orient.equals("FW")) {
                        double w = d.cw[i];
                        d.cw[i] = d.ch[i];
                        d.ch[i] = w;
                    }
                    d.placedComponents++;
                }
            }
            index.put(name, i);
            i++;
        }
        t.expect("COMPONENTS");
        d.components = i;
    }

    private static void pins(Tokens t, Def d, Map<String, double[]> pinPos) throws ParseFailure {
        t.number("the number of pins");
        t.expect(";");
        String tok;
        String name = null;
        while (!(tok = t.require("a pin or END PINS")).equals("END")) {
            if (tok.equals("-")) {
                name = t.require("a pin name");
            } else if ((tok.equals("PLACED") || tok.equals("FIXED")) && name != null) {
                t.expect("(");
                double x = t.number("an x coordinate") / d.dbu;
                double y = t.number("a y coordinate") / d.dbu;
                t.expect(")");
                pinPos.put(name, new double[] { x, y });
            }
        }
        t.expect("PINS");
    }

    private static void nets(Tokens t, Def d, Map<String, Integer> comps, Map<String, double[]> pinPos)
            throws ParseFailure {
        int count = announced(t, "nets");
        d.nx0 = new double[count];
        d.ny0 = new double[count];
        d.nx1 = new double[count];
        d.ny1 = new double[count];
        d.npins = new int[count];
        Map<String, Integer> layerIndex = new HashMap<>();
        int n = -1;
        String tok;
        while (!(tok = t.require("a net or END NETS")).equals("END")) {
            if (!tok.equals("-")) {
                throw t.fail("expected '- <net>' in NETS, found '" + Text.clip(tok) + "'");
            }
            n++;
            if (n >= count) {
                throw t.fail("more nets than the " + count + " announced");
            }
            t.require("a net name");
            d.nx0[n] = Double.MAX_VALUE;
            d.ny0[n] = Double.MAX_VALUE;
            d.nx1[n] = -Double.MAX_VALUE;
            d.ny1[n] = -Double.MAX_VALUE;
            boolean routing = false;
            int layer = -1;
            double lastX = 0;
            double lastY = 0;
            boolean havePoint = false;
            while (!(tok = t.require("';' ending the net")).equals(";")) {
                if (tok.equals("(") && !routing) {
                    String comp = t.require("a component name or PIN");
                    String pin = t.require("a pin name");
                    t.expect(")");
                    double[] p;
                    if (comp.equals("PIN")) {
                        p = pinPos.get(pin);
                    } else {
                        Integer c = comps.get(comp);
                        p = c == null || Double.isNaN(d.cx[c]) ? null
                                : new double[] { d.cx[c] + d.cw[c] / 2, d.cy[c] + d.ch[c] / 2 };
                    }
                    if (p != null) {
                        d.nx0[n] = Math.min(d.nx0[n], p[0]);
                        d.ny0[n] = Math.min(d.ny0[n], p[1]);
                        d.nx1[n] = Math.max(d.nx1[n], p[0]);
                        d.ny1[n] = Math.max(d.ny1[n], p[1]);
                        d.npins[n]++;
                    }
                } else if (tok.equals("ROUTED") || tok.equals("FIXED") || tok.equals("COVER") || tok.equals("NEW")) {
                    routing = true;
                    String name = t.require("a layer name");
                    layer = layerIndex.computeIfAbsent(name, k -> {
                        d.layers.add(k);
                        return d.layers.size() - 1;
                    });
                    havePoint = false;
                } else if (tok.equals("(") && routing) {
                    String xs = t.require("an x coordinate");
                    String ys = t.require("a y coordinate");
                    String close = t.require("')'");
                    if (!close.equals(")")) { // an extension value before ')'
                        t.expect(")");
                    }
                    double x = xs.equals("*") ? lastX : Text.number(xs, t.file(), t.line(), "an x coordinate") / d.dbu;
                    double y = ys.equals("*") ? lastY : Text.number(ys, t.file(), t.line(), "a y coordinate") / d.dbu;
                    if ((xs.equals("*") || ys.equals("*")) && !havePoint) {
                        throw t.fail("'*' in the first point of a wire");
                    }
                    if (havePoint && layer >= 0 && (x != lastX || y != lastY)) {
                        d.addSegment(layer, lastX, lastY, x, y);
                    }
                    lastX = x;
                    lastY = y;
                    havePoint = true;
                }
            }
        }
        t.expect("NETS");
        d.nets = n + 1;
    }

    private void addSegment(int layer, double x0, double y0, double x1, double y1) {
        if (segmentCount * 5 + 5 > segments.length) {
            segments = java.util.Arrays.copyOf(segments, Math.max(1024, segments.length * 2));
        }
        int k = segmentCount * 5;
        segments[k] = layer;
        segments[k + 1] = x0;
        segments[k + 2] = y0;
        segments[k + 3] = x1;
        segments[k + 4] = y1;
        segmentCount++;
    }

    public double dieWidth() {
        return dieX1 - dieX0;
    }

    public double dieHeight() {
        return dieY1 - dieY0;
    }
}
