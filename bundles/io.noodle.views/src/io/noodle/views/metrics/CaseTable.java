package io.noodle.views.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.noodle.model.results.CaseRecord;

/**
 * The cases of a run (or of several, each row naming its run) as the metrics table shows them: fixed columns
 * (case, state, stage, ECO, parent, runtime) and a column per metric any case has, in first-seen order. Sorting and filtering give row orders (indexes into
 * the cases), so a virtual table of 100,000 rows asks only for the rows it draws. Numbers sort as numbers, a
 * missing value last in either direction. Free of SWT.
 */
public final class CaseTable {

    /** The fixed columns before the metrics. */
    public static final List<String> FIXED = List.of("case", "state", "stage", "eco", "parent", "seconds");

    /** The column naming each case's run, first, in a table of several runs. */
    public static final String RUN = "run";

    private final List<CaseRecord> cases;
    private final List<String> runs;
    private final List<String> columns;
    private final int fixed;

    /** The cases of one run. */
    public CaseTable(List<CaseRecord> cases) {
        this(cases, null);
    }

    /**
     * The cases of several runs (a case name recurs in each run of a study: the run column tells them apart).
     *
     * @param runs the run of each case ({@code study/run-n}), in the cases' order; null for one run
     */
    public CaseTable(List<CaseRecord> cases, List<String> runs) {
        this.cases = List.copyOf(cases);
        if (runs != null && runs.size() != this.cases.size()) {
            throw new IllegalArgumentException(runs.size() + " runs for " + this.cases.size() + " cases");
        }
        this.runs = runs == null ? null : List.copyOf(runs);
        Set<String> metrics = new LinkedHashSet<>();
        for (CaseRecord c : this.cases) {
            c.metrics().forEach(m -> metrics.add(m.name()));
        }
        List<String> cols = new ArrayList<>();
        if (runs != null) {
            cols.add(RUN);
        }
        cols.addAll(FIXED);
        this.fixed = cols.size();
        cols.addAll(metrics);
        this.columns = List.copyOf(cols);
    }

    /** The metric columns, in first-seen order. */
    public List<String> metricColumns() {
        return columns.subList(fixed, columns.size());
    }

    /** The run of a row ({@code study/run-n}), or null in a table of one run. */
    public String run(int row) {
        return runs == null ? null : runs.get(row);
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return cases.size();
    }

    public CaseRecord row(int i) {
        return cases.get(i);
    }

    /** A cell as text ("" when the case has no such value). */
    public String text(int row, String column) {
        CaseRecord c = cases.get(row);
        return switch (column) {
        case RUN -> runs == null ? "" : runs.get(row);
        case "case" -> c.name();
        case "state" -> c.failure() != null ? c.failure() : c.state();
        case "stage" -> c.stage() < 0 ? "gate 0" : Integer.toString(c.stage());
        case "eco" -> c.eco() == null ? "" : io.noodle.views.lineage.LineageModel.ecoLabel(c.eco(), c.arguments());
        case "parent" -> String.join(", ", c.parents());
        case "seconds" -> String.format(Locale.ROOT, "%.1f", c.seconds());
        default -> {
            Double v = c.metric(column);
            yield v == null ? "" : io.noodle.model.validation.ParameterValues.plain(v);
        }
        };
    }

    /** A cell as a number, NaN when it has none (text columns: NaN). */
    public double number(int row, String column) {
        CaseRecord c = cases.get(row);
        return switch (column) {
        case "stage" -> c.stage();
        case "seconds" -> c.seconds();
        case RUN, "case", "state", "eco", "parent" -> Double.NaN;
        default -> {
            Double v = c.metric(column);
            yield v == null ? Double.NaN : v;
        }
        };
    }

    private static boolean numeric(String column) {
        return !Set.of(RUN, "case", "state", "eco", "parent").contains(column);
    }

    /** The rows in {@code rows} sorted by a column (stable; missing values last). */
    public int[] sort(int[] rows, String column, boolean ascending) {
        int n = rows.length;
        if (numeric(column)) {
            // primitive keys, then one index sort: no boxing per comparison
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = number(rows[i], column);
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                double x = key[a];
                double y = key[b];
                boolean nx = Double.isNaN(x);
                boolean ny = Double.isNaN(y);
                if (nx || ny) {
                    return nx == ny ? 0 : nx ? 1 : -1;
                }
                return ascending ? Double.compare(x, y) : Double.compare(y, x);
            });
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = rows[order[i]];
            }
            return out;
        }
        String[] key = new String[n];
        for (int i = 0; i < n; i++) {
            key[i] = text(rows[i], column);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            boolean ea = key[a].isEmpty();
            boolean eb = key[b].isEmpty();
            if (ea || eb) {
                return ea == eb ? 0 : ea ? 1 : -1;
            }
            return ascending ? key[a].compareTo(key[b]) : key[b].compareTo(key[a]);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }

    /** Every row, in the cases' order. */
    public int[] all() {
        int[] out = new int[cases.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * The rows whose text contains {@code text} in any column (ignoring case; empty: all) and whose {@code column}
     * lies within [min, max] (null bounds: open).
     */
    public int[] filter(String text, String column, Double min, Double max) {
        String low = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int[] out = new int[cases.size()];
        int n = 0;
        for (int i = 0; i < cases.size(); i++) {
            if (!low.isEmpty() && !matches(i, low)) {
                continue;
            }
            if (column != null && (min != null || max != null)) {
                double v = number(i, column);
                if (Double.isNaN(v) || min != null && v < min || max != null && v > max) {
                    continue;
                }
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    private boolean matches(int row, String low) {
        for (String col : columns) {
            if (text(row, col).toLowerCase(Locale.ROOT).contains(low)) {
                return true;
            }
        }
        return false;
    }

    /** The rows as CSV (RFC 4180 quoting), with a header of the columns shown. */
    public String csv(int[] rows, List<String> shown) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", shown.stream().map(CaseTable::quote).toList())).append("\r\n");
        for (int r : rows) {
            b.append(String.join(",", shown.stream().map(col -> quote(text(r, col))).toList())).append("\r\n");
        }
        return b.toString();
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
