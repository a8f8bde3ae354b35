package io.noodle.model.derived;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.ParameterType;
import io.noodle.model.validation.ParameterValues;

/**
 * The parameter values of the k-th application of an ECO to the same parent within a stage: the defaults
 * first, then, one parameter at a time, values spread over its range (a van der Corput sequence between min
 * and max) or the other choices. Deterministic, so a study gives the same trials however it is scheduled;
 * every value is checked against the parameter's declaration. The planner takes its trials' arguments from here
 * and the legality report its count of distinct trials ({@link Ecos#distinctVariants}), so both follow one set of
 * rules.
 */
public final class ParameterSweep {

    private ParameterSweep() {
    }

    public static Map<String, String> values(EcoDefinition eco, int repetition) {
        Map<String, String> args = new LinkedHashMap<>();
        for (EcoParameter p : eco.getParameters()) {
            if (p.getDefaultValue() != null) {
                args.put(p.getName(), p.getDefaultValue());
            }
        }
        List<EcoParameter> sweepable = eco.getParameters().stream().filter(ParameterSweep::sweepable).toList();
        if (repetition <= 0 || sweepable.isEmpty()) {
            return args;
        }
        EcoParameter p = sweepable.get((repetition - 1) % sweepable.size());
        int round = (repetition - 1) / sweepable.size() + 1;
        String v = value(p, round);
        if (v != null && ParameterValues.check(p, v) == null) {
            args.put(p.getName(), v);
        }
        return args;
    }

    /** How many of the ECO's parameters the sweep varies. */
    public static int sweepable(EcoDefinition eco) {
        return (int) eco.getParameters().stream().filter(ParameterSweep::sweepable).count();
    }

    private static boolean sweepable(EcoParameter p) {
        if (p.getType() == ParameterType.CHOICE) {
            return p.getChoices().size() > 1;
        }
        return (p.getType() == ParameterType.INT || p.getType() == ParameterType.FLOAT) && p.getMin() != null
                && p.getMax() != null && p.getMax() > p.getMin();
    }

    /**
     * How many values other than the default the sweep can give a parameter: the other choices of a choice, each
     * other whole number of an int range, {@link Long#MAX_VALUE} for a float range, 0 for what it does not vary.
     */
    public static long distinctValues(EcoParameter p) {
        if (!sweepable(p)) {
            return 0;
        }
        if (p.getType() == ParameterType.CHOICE) {
            return p.getChoices().stream().filter(c -> !c.equals(p.getDefaultValue())).distinct().count();
        }
        if (p.getType() == ParameterType.FLOAT) {
            return Long.MAX_VALUE;
        }
        long lo = (long) Math.ceil(p.getMin());
        long hi = (long) Math.floor(p.getMax());
        long values = Math.max(0, hi - lo + 1);
        try {
            long d = Long.parseLong(String.valueOf(p.getDefaultValue()).strip());
            if (d >= lo && d <= hi) {
                values--;
            }
        } catch (NumberFormatException e) {
            // no whole-number default: every value of the range is another
        }
        return values;
    }

    /** The round-th value other than the default. */
    public static String value(EcoParameter p, int round) {
        if (p.getType() == ParameterType.CHOICE) {
            List<String> others = p.getChoices().stream().filter(c -> !c.equals(p.getDefaultValue())).toList();
            return others.isEmpty() ? null : others.get((round - 1) % others.size()); // every choice the default
        }
        // the round-th distinct value other than the default along a van der Corput walk of [min, max];
        // a small integer range has few: the rounds then go round them again
        double min = p.getMin();
        double max = p.getMax();
        java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
        int limit = Math.min(round, 10_000) * 4 + 64;
        for (int i = 1; i < limit && distinct.size() < round; i++) {
            double x = min + (max - min) * vanDerCorput(i);
            String s = p.getType() == ParameterType.INT ? Long.toString(Math.round(x)) : trim(x);
            if (!s.equals(p.getDefaultValue())) {
                distinct.add(s);
            }
        }
        if (distinct.isEmpty()) {
            return null;
        }
        List<String> values = List.copyOf(distinct);
        return values.get((round - 1) % values.size());
    }

    static double vanDerCorput(int n) {
        double v = 0;
        double base = 0.5;
        while (n > 0) {
            if ((n & 1) != 0) {
                v += base;
            }
            base /= 2;
            n >>= 1;
        }
        return v;
    }

    private static String trim(double x) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
