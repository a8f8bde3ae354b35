package io.noodle.eda.parse;

import java.util.List;
import java.util.Map;

/**
 * A Liberty {@code function} expression evaluated over its inputs: {@code !} and postfix {@code '} (not),
 * {@code ^} (xor), {@code *}, {@code &} or a space between operands (and), {@code +} and {@code |} (or), in that
 * order of precedence, with parentheses and the constants 0 and 1. Used to find the inputs of a cell that can be
 * swapped (Noodle 2's pin_swap).
 */
public final class LibertyFunction {

    private final String text;
    private int at;
    private Map<String, Boolean> values;

    private LibertyFunction(String text) {
        this.text = text;
    }

    /** The value of the expression for the given input values; an unknown input or bad syntax throws. */
    public static boolean eval(String expression, Map<String, Boolean> values) {
        LibertyFunction f = new LibertyFunction(expression);
        f.values = values;
        boolean v = f.or();
        f.skipSpace();
        if (f.at != f.text.length()) {
            throw new IllegalArgumentException("unexpected '" + f.text.charAt(f.at) + "' at " + f.at + " in " + expression);
        }
        return v;
    }

    /**
     * The expression's value for every combination of the inputs (bit k of the index is input k), or null when it
     * names anything that is not one of {@code inputs} (a flip-flop's state) or cannot be read. At most 16 inputs and
     * 4,096 characters (the parser recurses on parentheses).
     */
    public static boolean[] truthTable(String expression, List<String> inputs) {
        if (inputs.size() > 16 || expression.length() > 4096) {
            return null;
        }
        boolean[] t = new boolean[1 << inputs.size()];
        Map<String, Boolean> v = new java.util.HashMap<>();
        try {
            for (int bits = 0; bits < t.length; bits++) {
                for (int k = 0; k < inputs.size(); k++) {
                    v.put(inputs.get(k), (bits >> k & 1) == 1);
                }
                t[bits] = eval(expression, v);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return t;
    }

    /** Whether a truth table over {@code inputs} stays the same when inputs {@code a} and {@code b} trade values. */
    public static boolean symmetric(boolean[] table, int a, int b) {
        for (int bits = 0; bits < table.length; bits++) {
            int swapped = bits & ~(1 << a) & ~(1 << b) | (bits >> a & 1) << b | (bits >> b & 1) << a;
            if (table[bits] != table[swapped]) {
                return false;
            }
        }
        return true;
    }

    /** Whether swapping inputs {@code x} and {@code y} leaves the function unchanged; false when it cannot be read. */
    public static boolean symmetric(String expression, List<String> inputs, String x, String y) {
        boolean[] t = truthTable(expression, inputs);
        return t != null && symmetric(t, inputs.indexOf(x), inputs.indexOf(y));
    }

    private boolean or() {
        boolean v = and();
        while (true) {
            skipSpace();
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '|')) {
                at++;
                boolean r = and();
                v = v | r;
            } else {
                return v;
            }
        }
    }

    private boolean and() {
        boolean v = xor();
        while (true) {
            skipSpace();
            if (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '&')) {
                at++;
                boolean r = xor();
                v = v & r;
            } else if (at < text.length() && startsOperand(text.charAt(at))) {
                boolean r = xor(); // two operands side by side ("A B", "A(B)", "A !B") are an and
                v = v & r;
            } else {
                return v;
            }
        }
    }

    private boolean xor() {
        boolean v = unary();
        while (true) {
            skipSpace();
            if (at < text.length() && text.charAt(at) == '^') {
                at++;
                boolean r = unary();
                v = v ^ r;
            } else {
                return v;
            }
        }
    }

    private boolean unary() {
        skipSpace();
        if (at >= text.length()) {
            throw new IllegalArgumentException("the expression ends early: " + text);
        }
        boolean v;
        char c = text.charAt(at);
        if (c == '!') {
            at++;
            v = !unary();
        } else if (c == '(') {
            at++;
            v = or();
            skipSpace();
            if (at >= text.length() || text.charAt(at) != ')') {
                throw new IllegalArgumentException("'(' without ')' in " + text);
            }
            at++;
        } else if (c == '0' || c == '1') {
            at++;
            v = c == '1';
        } else if (Character.isLetter(c) || c == '_') {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                    || text.charAt(at) == '[' || text.charAt(at) == ']')) {
                at++;
            }
            String name = text.substring(start, at);
            Boolean b = values.get(name);
            if (b == null) {
                throw new IllegalArgumentException("'" + name + "' is not an input of " + text);
            }
            v = b;
        } else {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + at + " in " + text);
        }
        while (at < text.length() && text.charAt(at) == '\'') {
            at++;
            v = !v;
        }
        return v;
    }

    private static boolean startsOperand(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '(' || c == '!';
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
