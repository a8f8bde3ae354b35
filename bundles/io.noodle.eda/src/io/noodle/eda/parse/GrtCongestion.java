package io.noodle.eda.parse;

import java.util.ArrayList;
import java.util.List;

import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.SourceLine;

/**
 * OpenROAD's global-route congestion table ({@code [INFO GRT-0096] Final congestion report:}): per layer the
 * resource, demand, usage and overflow (max horizontal / max vertical / total), and the Total row.
 */
public record GrtCongestion(List<Layer> layers, Layer total) {

    public record Layer(String name, long resource, long demand, double usagePercent, long maxHOverflow,
            long maxVOverflow, long totalOverflow, SourceLine source) {
    }

    public static final String MARK = "GRT-0096";

    /**
     * The total usage and overflow ({@code grt_usage}, {@code grt_overflow}, {@code congestion}), each layer's
     * ({@code grt_usage_<layer>}, {@code grt_overflow_<layer>}), and the worst layer's usage
     * ({@code grt_worst_layer_usage}, its source the layer's row); every value with the line it was read from.
     */
    public List<MetricValue> metrics() {
        List<MetricValue> out = new ArrayList<>(List.of(
                new MetricValue("grt_usage", total.usagePercent(), "%", total.source()),
                new MetricValue("grt_overflow", total.totalOverflow(), "gcells", total.source()),
                new MetricValue("congestion", total.usagePercent(), "%", total.source())));
        for (Layer l : layers) {
            String key = metricKey(l.name());
            out.add(new MetricValue("grt_usage_" + key, l.usagePercent(), "%", l.source()));
            out.add(new MetricValue("grt_overflow_" + key, l.totalOverflow(), "gcells", l.source()));
        }
        Layer worst = worstLayer();
        if (worst != null) {
            out.add(new MetricValue("grt_worst_layer_usage", worst.usagePercent(), "%", worst.source()));
        }
        return out;
    }

    /** The layer with the highest usage (more overflow, then the lower layer, break ties); null without layers. */
    public Layer worstLayer() {
        Layer worst = null;
        for (Layer l : layers) {
            if (worst == null || l.usagePercent() > worst.usagePercent()
                    || l.usagePercent() == worst.usagePercent() && l.totalOverflow() > worst.totalOverflow()) {
                worst = l;
            }
        }
        return worst;
    }

    /** A layer's name as part of a metric name: letters, digits and _ ({@code met1.1} gives {@code met1_1}). */
    static String metricKey(String layer) {
        String k = layer.replaceAll("[^A-Za-z0-9_]", "_");
        return k.isEmpty() ? "_" : k;
    }

    /** Reads the table following the GRT-0096 line; null when the text has none. */
    public static GrtCongestion parse(String file, List<String> lines) throws ParseFailure {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(MARK)) {
                start = i; // the last report wins (incremental routing prints several)
            }
        }
        if (start < 0) {
            return null;
        }
        List<Layer> layers = new ArrayList<>();
        boolean header = false;
        for (int i = start + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("---")) {
                continue;
            }
            if (s.startsWith("Layer")) {
                header = true;
                continue;
            }
            if (!header) {
                throw new ParseFailure(file, i + 1, "expected the congestion table header 'Layer Resource Demand ...'");
            }
            List<String> f = Text.fields(s.replace("/", " / "));
            // name resource demand usage% h / v / total
            if (f.size() != 9 || !f.get(3).endsWith("%") || !f.get(5).equals("/") || !f.get(7).equals("/")) {
                throw new ParseFailure(file, i + 1, "expected '<layer> <resource> <demand> <usage>% <h> / <v> / <total>',"
                        + " found '" + Text.clip(s) + "'");
            }
            int line = i + 1;
            Layer l = new Layer(f.get(0), (long) Text.number(f.get(1), file, line, "a resource count"),
                    (long) Text.number(f.get(2), file, line, "a demand count"),
                    Text.number(f.get(3).substring(0, f.get(3).length() - 1), file, line, "a usage percentage"),
                    (long) Text.number(f.get(4), file, line, "a horizontal overflow"),
                    (long) Text.number(f.get(6), file, line, "a vertical overflow"),
                    (long) Text.number(f.get(8), file, line, "a total overflow"), new SourceLine(file, line));
            if (l.name().equals("Total")) {
                return new GrtCongestion(List.copyOf(layers), l);
            }
            layers.add(l);
        }
        throw new ParseFailure(file, start + 1, "the congestion report starting here has no Total row");
    }
}
