package io.noodle.model.validation;

import java.util.Locale;

import io.noodle.model.EcoParameter;

/** Checks a parameter value (given as text) against the parameter's type and range. */
public final class ParameterValues {

    private ParameterValues() {
    }

    /** @return null when the value fits, else what is wrong and how to fix it (starting "out of range" for ranges) */
    public static String check(EcoParameter p, String value) {
        if (value == null) {
            return "has no value. Fix: give a value";
        }
        switch (p.getType()) {
        case INT, FLOAT -> {
            double v;
            try {
                v = p.getType() == io.noodle.model.ParameterType.INT ? Long.parseLong(value.strip())
                        : Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                return "'" + value + "' is not " + (p.getType() == io.noodle.model.ParameterType.INT ? "an integer"
                        : "a number") + ". Fix: give a " + p.getType().getLiteral() + " value" + range(p);
            }
            if (Double.isNaN(v) || p.getMin() != null && v < p.getMin() || p.getMax() != null && v > p.getMax()) {
                return "out of range: " + value.strip() + " is not" + range(p) + ". Fix: use a value" + range(p);
            }
            return null;
        }
        case BOOL -> {
            String v = value.strip().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("false") ? null
                    : "'" + value + "' is not a boolean. Fix: use true or false";
        }
        case CHOICE -> {
            return p.getChoices().contains(value) ? null
                    : "'" + value + "' is not one of the choices " + p.getChoices() + ". Fix: use one of them";
        }
        default -> {
            return null;
        }
        }
    }

    private static String range(EcoParameter p) {
        if (p.getMin() != null && p.getMax() != null) {
            return " from " + plain(p.getMin()) + " to " + plain(p.getMax());
        }
        if (p.getMin() != null) {
            return " of at least " + plain(p.getMin());
        }
        if (p.getMax() != null) {
            return " of at most " + plain(p.getMax());
        }
        return "";
    }

    /** A number as people write it: {@code 20} for a whole one, {@code 0.95} otherwise. */
    public static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
