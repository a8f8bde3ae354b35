package io.noodle.eda.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.SourceLine;

/**
 * A structural (gate-level) Verilog netlist as written by Yosys, qflow and OpenSTA's {@code write_verilog}:
 * the top module's name and its cell instances. Enough to count cells and sum their area.
 */
public record Netlist(String module, Map<String, String> instances, SourceLine source) {

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("module", "endmodule", "input", "output",
            "inout", "wire", "reg", "assign", "supply0", "supply1", "tri", "parameter", "localparam");

    public static Netlist parse(Path file) throws ParseFailure {
        return parse(file.toString(), new String(Text.bytes(file), StandardCharsets.ISO_8859_1));
    }

    /** Reads the first module of the text; statements are split at ';' outside comments. */
    public static Netlist parse(String file, String text) throws ParseFailure {
        String module = null;
        Map<String, String> instances = new LinkedHashMap<>();
        int n = text.length();
        int line = 1;
        int stmtLine = 1;
        StringBuilder stmt = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int eol = text.indexOf('\n', i);
                i = (eol < 0 ? n : eol) - 1;
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new ParseFailure(file, line, "unterminated comment");
                }
                for (int j = i; j < end; j++) {
                    line += text.charAt(j) == '\n' ? 1 : 0;
                }
                i = end + 1;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            if (stmt.isEmpty() && Character.isWhitespace(c)) {
                stmtLine = line;
                continue;
            }
            if (c == ';' || (c == 'e' && stmt.isEmpty() && text.startsWith("endmodule", i))) {
                if (c != ';') {
                    if (module == null) {
                        throw new ParseFailure(file, line, "'endmodule' before any 'module'");
                    }
                    return new Netlist(module, instances, new SourceLine(file, line));
                }
                String s = stmt.toString().strip();
                stmt.setLength(0);
                if (s.isEmpty()) {
                    continue;
                }
                int sp = firstSpace(s);
                String head = sp < 0 ? s : s.substring(0, sp);
                if (head.equals("module")) {
                    if (module != null) {
                        throw new ParseFailure(file, stmtLine, "a module inside module '" + module + "'");
                    }
                    String rest = s.substring(sp).strip();
                    int end = 0;
                    while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_'
                            || rest.charAt(end) == '$' || rest.charAt(end) == '\\')) {
                        end++;
                    }
                    module = rest.substring(0, end);
                    if (module.isEmpty()) {
                        throw new ParseFailure(file, stmtLine, "a module without a name");
                    }
                } else if (module == null) {
                    throw new ParseFailure(file, stmtLine, "expected 'module', found '" + Text.clip(head) + "'");
                } else if (!KEYWORDS.contains(head) && !head.startsWith("`") && sp > 0) {
                    String rest = s.substring(sp).strip();
                    int paren = rest.indexOf('(');
                    if (paren <= 0 || !rest.endsWith(")")) {
                        throw new ParseFailure(file, stmtLine, "expected '<cell> <instance> ( ... );', found '"
                                + Text.clip(s) + "'");
                    }
                    String inst = rest.substring(0, paren).strip();
                    if (instances.put(inst, head) != null) {
                        throw new ParseFailure(file, stmtLine, "instance '" + inst + "' is defined twice");
                    }
                }
                stmtLine = line;
                continue;
            }
            stmt.append(c);
        }
        throw new ParseFailure(file, line, module == null ? "no module in the file" : "module '" + module
                + "' has no 'endmodule' (the file is truncated)");
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '(') {
                return i;
            }
        }
        return -1;
    }

    /** Instances per cell type. */
    public Map<String, Integer> cellCounts() {
        Map<String, Integer> out = new TreeMap<>();
        instances.values().forEach(c -> out.merge(c, 1, Integer::sum));
        return out;
    }

    /**
     * Cell area and count from the library; cells the library does not know (black boxes such as fill cells
     * written without a model) are counted apart, never guessed.
     */
    public java.util.List<MetricValue> metrics(Liberty lib) {
        double area = 0;
        int known = 0;
        for (String cell : instances.values()) {
            Liberty.Cell c = lib.cells().get(cell);
            if (c != null && !Double.isNaN(c.area())) {
                area += c.area();
                known++;
            }
        }
        return java.util.List.of(new MetricValue("cell_area", area, "um2", source),
                new MetricValue("cell_count", known, "cells", source),
                new MetricValue("unknown_cells", instances.size() - known, "cells", source));
    }
}
