package io.noodle.model.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The number forms of YAML 1.1 and 1.2 as Noodle 2's files may hold them ({@code 1_000}, {@code 0x10},
 * {@code 0o17}, {@code 0b101}, {@code .inf}, {@code -.Inf}, {@code .nan}, {@code 1e3}), read exactly.
 * The YAML parser recognises these as numbers but hands over their text unconverted.
 */
final class YamlNumbers {

    private YamlNumbers() {
    }

    /** The value of a YAML number, which may be infinite or NaN; null when the text is no number. */
    static Double toDouble(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("_", "");
        String lower = t.toLowerCase(Locale.ROOT);
        switch (lower) {
        case ".inf", "+.inf" -> {
            return Double.POSITIVE_INFINITY;
        }
        case "-.inf" -> {
            return Double.NEGATIVE_INFINITY;
        }
        case ".nan" -> {
            return Double.NaN;
        }
        default -> {
            BigInteger radix = radix(lower);
            if (radix != null) {
                return radix.doubleValue();
            }
            try {
                return new BigDecimal(t).doubleValue();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        }
    }

    /** The value of a YAML integer; null when the text is no integer (a fraction, infinite, NaN, not a number). */
    static BigInteger toInteger(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("_", "");
        BigInteger radix = radix(t.toLowerCase(Locale.ROOT));
        if (radix != null) {
            return radix;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            return d.stripTrailingZeros().scale() <= 0 ? d.toBigIntegerExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static BigInteger radix(String lower) {
        boolean negative = lower.startsWith("-");
        String t = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        int base = t.startsWith("0x") ? 16 : t.startsWith("0o") ? 8 : t.startsWith("0b") ? 2 : 0;
        if (base == 0 || t.length() < 3 || t.length() > 200) {
            return null;
        }
        try {
            BigInteger v = new BigInteger(t.substring(2), base);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
