package io.noodle.eda.parse;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The macro sizes of a LEF library (µm): what placement density and RUDY need of the cells. */
public record Lef(Map<String, double[]> macroSizes, java.util.Set<String> spacers) {

    /** Whether a macro is a filler (LEF class CORE SPACER, or named FILL... as qflow's fill cells are). */
    public boolean isFiller(String macro) {
        return spacers.contains(macro) || macro.startsWith("FILL");
    }

    public static Lef parse(Path file) throws ParseFailure {
        return parse(file.toString(), Text.bytes(file));
    }

    public static Lef parse(String file, byte[] bytes) throws ParseFailure {
        Tokens t = new Tokens(file, bytes);
        Map<String, double[]> sizes = new HashMap<>();
        java.util.Set<String> spacers = new java.util.HashSet<>();
        String macro = null;
        String tok;
        while ((tok = t.next()) != null) {
            if (tok.equals("MACRO")) {
                macro = t.require("a macro name");
            } else if (tok.equals("CLASS") && macro != null) {
                String c;
                while (!(c = t.require("';' after CLASS")).equals(";")) {
                    if (c.equals("SPACER")) {
                        spacers.add(macro);
                    }
                }
            } else if (tok.equals("SIZE") && macro != null) {
                double w = t.number("a macro width");
                t.expect("BY");
                double h = t.number("a macro height");
                if (w < 0 || h < 0) {
                    throw t.fail("macro " + macro + " has a negative size");
                }
                sizes.put(macro, new double[] { w, h });
            } else if (tok.equals("END") && macro != null) {
                String name = t.require("the name after END");
                while (name.equals("END")) { // END of a PORT or OBS directly followed by the next END
                    name = t.require("the name after END");
                }
                if (name.equals(macro)) {
                    macro = null;
                }
            }
        }
        if (macro != null) {
            throw new ParseFailure(file, t.line(), "macro " + macro + " has no END (the file is truncated)");
        }
        return new Lef(Map.copyOf(sizes), java.util.Set.copyOf(spacers));
    }
}
