package io.noodle.eda.parse;

/**
 * The time unit a report or library is written in, as a factor to picoseconds. Read from a Liberty
 * {@code time_unit}, an OpenSTA/OpenROAD {@code report_units} line ({@code time 1ns}) or given by the user;
 * never assumed.
 */
public record TimeUnit(String text, double toPs) {

    public static final TimeUnit PS = new TimeUnit("1ps", 1);

    /** Parses {@code 1ns}, {@code 10ps}, {@code 1e-9}, {@code 1 ns}...; null when the text is not a time unit. */
    public static TimeUnit parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("\"", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        String[][] suffixes = { { "fs", "1e-3" }, { "ps", "1" }, { "ns", "1e3" }, { "us", "1e6" }, { "ms", "1e9" },
                { "s", "1e12" } };
        for (String[] sfx : suffixes) {
            if (t.endsWith(sfx[0])) {
                String number = t.substring(0, t.length() - sfx[0].length());
                Double n = number.isEmpty() ? Double.valueOf(1) : Text.numberOrNull(number);
                return n == null || n <= 0 ? null : new TimeUnit(text.strip(), n * Double.parseDouble(sfx[1]));
            }
        }
        Double seconds = Text.numberOrNull(t); // OpenSTA's sta::unit_scale time: seconds per unit
        return seconds == null || seconds <= 0 ? null : new TimeUnit(text.strip(), seconds * 1e12);
    }

    public double ps(double value) {
        return value * toPs;
    }
}
