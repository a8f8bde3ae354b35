package io.noodle.eda.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.SourceLine;

/**
 * What an OpenSTA or OpenROAD timing report says: the paths of {@code report_checks} (any field set, any
 * path style, min and max), {@code report_wns}, {@code report_tns}, {@code report_worst_slack} and the group
 * table of {@code report_power}. Times are stored in ps, converted with the report's own unit line when it
 * has one ({@code report_units}: {@code time 1ns}) or with the unit the caller read from the library. The
 * summaries may name their path type, as newer OpenSTA and OpenROAD do ({@code worst slack max 1.34},
 * {@code tns min 0.00}): {@code max} (or none) is setup, {@code min} is hold.
 *
 * @param wns        {@code report_wns} (setup)
 * @param tns        {@code report_tns} (setup)
 * @param worstSlack {@code report_worst_slack} (setup)
 * @param hold       the same three for hold ({@code -min}), each null when the report has none
 */
public record StaReport(List<TimingPath> paths, Value wns, Value tns, Value worstSlack, Hold hold,
        PowerReport power, TimeUnit unit) {

    /** The hold ({@code min}) summaries. */
    public record Hold(Value wns, Value tns, Value worstSlack) {
    }

    /** A number read from a line of a file. */
    public record Value(double value, SourceLine source) {
    }

    /** One path of {@code report_checks}. Times in ps. */
    public record TimingPath(String startpoint, String endpoint, String group, String type, double required,
            double arrival, double slack, boolean met, int points, SourceLine source) {
    }

    /** Every metric the report holds, named as the engine names them (wns and tns in ps). */
    public List<MetricValue> metrics() {
        List<MetricValue> out = new ArrayList<>();
        Value w = wns != null ? wns : worstSlack;
        TimingPath worstMax = worst("max");
        if (w != null) {
            out.add(new MetricValue("wns", Math.min(0, w.value()), "ps", w.source()));
        } else if (worstMax != null) {
            out.add(new MetricValue("wns", Math.min(0, worstMax.slack()), "ps", worstMax.source()));
        }
        if (tns != null) {
            out.add(new MetricValue("tns", tns.value(), "ps", tns.source()));
        }
        if (worstSlack != null) {
            out.add(new MetricValue("worst_slack", worstSlack.value(), "ps", worstSlack.source()));
        } else if (worstMax != null) {
            out.add(new MetricValue("worst_slack", worstMax.slack(), "ps", worstMax.source()));
        }
        TimingPath worstMin = worst("min");
        if (hold.wns() != null) {
            out.add(new MetricValue("hold_wns", Math.min(0, hold.wns().value()), "ps", hold.wns().source()));
        }
        if (hold.tns() != null) {
            out.add(new MetricValue("hold_tns", hold.tns().value(), "ps", hold.tns().source()));
        }
        if (hold.worstSlack() != null) {
            out.add(new MetricValue("worst_hold_slack", hold.worstSlack().value(), "ps", hold.worstSlack().source()));
        } else if (worstMin != null) {
            out.add(new MetricValue("worst_hold_slack", worstMin.slack(), "ps", worstMin.source()));
        }
        if (power != null) {
            out.addAll(power.metrics());
        }
        return out;
    }

    /** The path of the given type ("max" or "min") with the smallest slack, or null. */
    public TimingPath worst(String type) {
        TimingPath best = null;
        for (TimingPath p : paths) {
            if (p.type().equals(type) && (best == null || p.slack() < best.slack())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Reads a report. {@code libraryUnit} is used when the report has no unit line of its own; when neither
     * is known, times cannot be stored in ps and the report is refused.
     */
    public static StaReport parse(Path file, TimeUnit libraryUnit) throws ParseFailure {
        return parse(file.toString(), Text.lines(file), libraryUnit);
    }

    public static StaReport parse(String file, List<String> lines, TimeUnit libraryUnit) throws ParseFailure {
        TimeUnit unit = libraryUnit;
        for (String line : lines) { // the report's own unit line wins
            List<String> f = Text.fields(line);
            if (f.size() == 2 && f.get(0).equals("time")) {
                TimeUnit u = TimeUnit.parse(f.get(1));
                if (u != null) {
                    unit = u;
                }
            }
        }
        List<TimingPath> paths = new ArrayList<>();
        Value[] setup = new Value[3]; // wns, tns, worst slack
        Value[] holds = new Value[3];
        PowerReport power = null;
        boolean needsUnit = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.startsWith("Startpoint:")) {
                i = path(file, lines, i, unit, paths);
            } else if (s.startsWith("wns ") || s.startsWith("tns ") || s.startsWith("worst slack ")) {
                List<String> f = Text.fields(s);
                int name = s.startsWith("worst") ? 2 : 1; // words naming the summary
                String what = String.join(" ", f.subList(0, name));
                String type = f.size() == name + 2 ? f.get(name) : null;
                if (f.size() > name + 2 || f.size() < name + 1 || type != null && !type.equals("max") && !type.equals("min")) {
                    throw new ParseFailure(file, i + 1, "expected '" + what + " [max|min] <value>', found '"
                            + Text.clip(s) + "'");
                }
                double v = Text.number(f.get(f.size() - 1), file, i + 1, "a time after '" + what + "'");
                if (unit == null) {
                    needsUnit = true;
                    continue;
                }
                Value[] into = "min".equals(type) ? holds : setup;
                into[s.startsWith("wns") ? 0 : s.startsWith("tns") ? 1 : 2] = new Value(unit.ps(v),
                        new SourceLine(file, i + 1));
            } else if (s.startsWith("Group") && s.contains("Internal") && s.contains("Total")) {
                power = PowerReport.parse(file, lines, i);
                i = power.lastLine() - 1;
            }
        }
        if (unit == null && (needsUnit || !paths.isEmpty())) {
            throw new ParseFailure(file, 0, "the time unit is unknown: the report has no 'time <unit>' line and no "
                    + "library unit was given (pass --time-unit or --liberty)");
        }
        return new StaReport(List.copyOf(paths), setup[0], setup[1], setup[2], new Hold(holds[0], holds[1], holds[2]),
                power, unit);
    }

    /** Reads one path block starting at {@code start}; returns the index of its last line. */
    private static int path(String file, List<String> lines, int start, TimeUnit unit, List<TimingPath> out)
            throws ParseFailure {
        String startpoint = after(lines.get(start), "Startpoint:");
        String endpoint = null;
        String group = "";
        String type = null;
        Double required = null;
        Double arrival = null;
        int points = 0;
        for (int i = start + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.startsWith("Startpoint:")) {
                break;
            } else if (s.startsWith("Endpoint:")) {
                endpoint = after(s, "Endpoint:");
            } else if (s.startsWith("Path Group:")) {
                group = after(s, "Path Group:");
            } else if (s.startsWith("Path Type:")) {
                type = after(s, "Path Type:");
                if (!type.equals("max") && !type.equals("min")) {
                    throw new ParseFailure(file, i + 1, "expected 'Path Type: max' or 'min', found '" + Text.clip(s) + "'");
                }
            } else if (s.endsWith("data required time")) {
                double v = firstNumber(file, i, s, "data required time");
                required = required == null ? v : required; // the summary repeats it
            } else if (s.endsWith("data arrival time")) {
                double v = firstNumber(file, i, s, "data arrival time");
                arrival = arrival == null ? v : arrival; // the summary repeats it, negated
            } else if (s.endsWith("slack (MET)") || s.endsWith("slack (VIOLATED)")) {
                double slack = firstNumber(file, i, s, "slack");
                if (endpoint == null || type == null) {
                    throw new ParseFailure(file, i + 1, "slack of a path without " + (endpoint == null ? "an Endpoint:"
                            : "a 'Path Type:'") + " line (the path starts at line " + (start + 1) + ")");
                }
                if (unit != null) {
                    out.add(new TimingPath(startpoint, endpoint, group, type,
                            required == null ? Double.NaN : unit.ps(required), arrival == null ? Double.NaN : unit.ps(arrival),
                            unit.ps(slack), s.endsWith("(MET)"), points, new SourceLine(file, i + 1)));
                } else {
                    out.add(new TimingPath(startpoint, endpoint, group, type, Double.NaN, Double.NaN, Double.NaN,
                            s.endsWith("(MET)"), points, new SourceLine(file, i + 1)));
                }
                return i;
            } else if (s.endsWith(")") && (s.contains(" ^ ") || s.contains(" v "))) {
                points++;
            }
        }
        throw new ParseFailure(file, start + 1, "the path starting here has no slack line ('<value> slack (MET|VIOLATED)')");
    }

    private static double firstNumber(String file, int i, String s, String what) throws ParseFailure {
        List<String> f = Text.fields(s);
        return Text.number(f.get(0), file, i + 1, "a time before '" + what + "'");
    }

    private static String after(String line, String label) {
        String s = line.strip().substring(label.length()).strip();
        int paren = s.indexOf(" (");
        return paren > 0 ? s.substring(0, paren) : s;
    }
}
