package io.noodle.eda.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a Liberty library the flows need: its time unit, and each cell's area and the function of
 * its outputs (cells with the same functions and pins are drive-strength variants of each other, which is
 * what a resize ECO chooses from). A small brace-aware scanner, linear in the file size.
 */
public record Liberty(String name, TimeUnit timeUnit, Map<String, Cell> cells) {

    /**
     * A cell: area in the library's area unit (µm² for osu018), its pins and output functions as one key (cells
     * with equal keys do the same thing), its input pins, each output's function as the library writes it, the
     * least {@code max_capacitance} of its outputs in farads (NaN when the library gives none), and the pairs of
     * input pins that can be swapped without changing any output (commutative inputs), found when the library is
     * read.
     */
    public record Cell(String name, double area, String signature, List<String> inputs, Map<String, String> functions,
            double maxCapacitance, List<List<String>> swappablePins) {

        /** Whether the cell is a buffer: one input, one output that is that input. */
        public boolean isBuffer() {
            return inputs.size() == 1 && functions.size() == 1
                    && functions.values().iterator().next().replaceAll("[\\s()]", "").equals(inputs.get(0));
        }
    }

    /** The input pairs that no output's function tells apart, each output's truth table computed once. */
    private static List<List<String>> swappable(List<String> inputs, Map<String, String> functions) {
        List<List<String>> out = new ArrayList<>();
        if (functions.isEmpty() || inputs.size() > 8) {
            return out;
        }
        List<boolean[]> tables = new ArrayList<>();
        for (String f : functions.values()) {
            boolean[] t = LibertyFunction.truthTable(f, inputs);
            if (t == null) {
                return out; // an output that is a state, not a function of the inputs
            }
            tables.add(t);
        }
        for (int a = 0; a < inputs.size(); a++) {
            for (int b = a + 1; b < inputs.size(); b++) {
                int x = a;
                int y = b;
                if (tables.stream().allMatch(t -> LibertyFunction.symmetric(t, x, y))) {
                    out.add(List.of(inputs.get(a), inputs.get(b)));
                }
            }
        }
        return List.copyOf(out);
    }

    public static Liberty parse(Path file) throws ParseFailure {
        return parse(file.toString(), new String(Text.bytes(file), StandardCharsets.ISO_8859_1));
    }

    public static Liberty parse(String file, String text) throws ParseFailure {
        String library = null;
        TimeUnit unit = null;
        double farads = 1e-12; // Liberty's default capacitive_load_unit is 1 pF
        Map<String, Cell> cells = new LinkedHashMap<>();
        int line = 1;
        int depth = 0;
        String cell = null;
        int cellDepth = -1;
        double area = Double.NaN;
        List<String> functions = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        double maxCap = Double.NaN;
        String pin = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new ParseFailure(file, line, "unterminated comment");
                }
                line += count(text, i, end);
                i = end + 2;
            } else if (c == '{') {
                depth++;
                i++;
            } else if (c == '}') {
                if (depth == 0) {
                    throw new ParseFailure(file, line, "'}' without a matching '{'");
                }
                if (depth == cellDepth) {
                    functions.sort(null);
                    pins.sort(null);
                    cells.put(cell, new Cell(cell, area, String.join(",", pins) + "|" + String.join(";", functions),
                            List.copyOf(inputs), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs)),
                            maxCap * farads, swappable(inputs, outputs)));
                    cell = null;
                    cellDepth = -1;
                }
                depth--;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                String word = text.substring(start, i);
                int eol = text.indexOf('\n', i);
                String rest = text.substring(i, eol < 0 ? n : eol).strip();
                switch (word) {
                case "library" -> library = group(rest);
                case "time_unit" -> {
                    unit = TimeUnit.parse(value(rest));
                    if (unit == null) {
                        throw new ParseFailure(file, line, "time_unit is not a time: '" + Text.clip(rest) + "'");
                    }
                }
                case "cell" -> {
                    if (cell == null && rest.startsWith("(")) {
                        cell = group(rest);
                        cellDepth = depth + 1;
                        area = Double.NaN;
                        functions.clear();
                        pins.clear();
                        inputs.clear();
                        outputs.clear();
                        maxCap = Double.NaN;
                    }
                }
                case "pin" -> {
                    if (cell != null && rest.startsWith("(")) {
                        pin = group(rest);
                        pins.add(pin);
                    }
                }
                case "area" -> {
                    if (cell != null && depth == cellDepth && rest.startsWith(":")) {
                        area = Text.number(value(rest), file, line, "a cell area");
                    }
                }
                case "function" -> {
                    if (cell != null && pin != null && rest.startsWith(":")) {
                        functions.add(pin + "=" + value(rest).replace(" ", ""));
                        outputs.put(pin, value(rest));
                    }
                }
                case "direction" -> {
                    if (cell != null && pin != null && rest.startsWith(":") && value(rest).equals("input")
                            && !inputs.contains(pin)) {
                        inputs.add(pin);
                    }
                }
                case "max_capacitance" -> {
                    if (cell != null && pin != null && rest.startsWith(":")) {
                        double v = Text.number(value(rest), file, line, "a max_capacitance");
                        maxCap = Double.isNaN(maxCap) ? v : Math.min(maxCap, v);
                    }
                }
                case "capacitive_load_unit" -> {
                    if (cell == null) {
                        farads = capacitanceUnit(rest, file, line);
                    }
                }
                default -> {
                    // other attributes are not needed
                }
                }
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new ParseFailure(file, line, "unterminated string");
                }
                line += count(text, i, end);
                i = end + 1;
            } else {
                i++;
            }
        }
        if (depth != 0) {
            throw new ParseFailure(file, line, "the file ends inside a group ('{' without '}')");
        }
        if (library == null) {
            throw new ParseFailure(file, 1, "not a Liberty library: no 'library (<name>)' group");
        }
        return new Liberty(library, unit, Map.copyOf(cells));
    }

    /**
     * The drive-strength variants of a cell: same pins and functions and, where names carry a drive suffix
     * ({@code BUFX2}, {@code BUFX4}), the same family, so a data buffer never becomes a clock buffer. Weakest
     * first by area.
     */
    public List<Cell> variants(String cellName) {
        Cell c = cells.get(cellName);
        if (c == null || c.signature().endsWith("|")) {
            return List.of();
        }
        String family = family(c);
        return cells.values().stream().filter(o -> o.signature().equals(c.signature()) && family(o).equals(family))
                .sorted(Comparator.comparingDouble(Cell::area).thenComparingInt(Liberty::drive).thenComparing(Cell::name))
                .toList();
    }

    /** The name without its drive suffix: {@code BUFX4} to {@code BUFX}, {@code CLKBUF1} stays whole. */
    static String family(Cell c) {
        int d = drive(c);
        return d == 0 ? c.name() : c.name().substring(0, c.name().length() - Integer.toString(d).length());
    }

    /** The drive strength in a name such as {@code NAND2X4} (4), or 0. */
    static int drive(Cell c) {
        String n = c.name();
        int end = n.length();
        int start = end;
        while (start > 0 && Character.isDigit(n.charAt(start - 1))) {
            start--;
        }
        if (start == end || start == 0 || n.charAt(start - 1) != 'X' || end - start > 4) {
            return 0;
        }
        return Integer.parseInt(n.substring(start, end));
    }

    /** {@code capacitive_load_unit (1,pf);} in farads. */
    private static double capacitanceUnit(String rest, String file, int line) throws ParseFailure {
        String[] f = group(rest).split(",");
        if (f.length != 2) {
            throw new ParseFailure(file, line, "capacitive_load_unit is not (number, unit): '" + Text.clip(rest) + "'");
        }
        double scale = switch (f[1].strip().toLowerCase(java.util.Locale.ROOT)) {
        case "ff" -> 1e-15;
        case "pf" -> 1e-12;
        case "nf" -> 1e-9;
        case "uf" -> 1e-6;
        default -> throw new ParseFailure(file, line, "capacitive_load_unit has an unknown unit '" + f[1].strip()
                + "' (ff, pf, nf, uf)");
        };
        return Text.number(f[0].strip(), file, line, "a capacitive_load_unit") * scale;
    }

    private static int count(String text, int from, int to) {
        int k = 0;
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == '\n') {
                k++;
            }
        }
        return k;
    }

    private static String group(String rest) {
        int open = rest.indexOf('(');
        int close = rest.indexOf(')', open + 1);
        return open < 0 || close < 0 ? "" : rest.substring(open + 1, close).replace("\"", "").strip();
    }

    private static String value(String rest) {
        String v = rest.startsWith(":") ? rest.substring(1) : rest;
        int semi = v.indexOf(';');
        return (semi >= 0 ? v.substring(0, semi) : v).replace("\"", "").strip();
    }
}
