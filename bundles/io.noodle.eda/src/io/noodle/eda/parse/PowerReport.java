package io.noodle.eda.parse;

import java.util.ArrayList;
import java.util.List;

import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.SourceLine;

/**
 * The group table of {@code report_power} (OpenSTA and OpenROAD): internal, switching, leakage and total
 * power per group (Sequential, Combinational, Clock, Macro, Pad) and the Total row, in watts.
 */
public record PowerReport(List<Row> groups, Row total, int lastLine) {

    /** One row of the table, in watts. */
    public record Row(String group, double internal, double switching, double leakage, double total,
            SourceLine source) {
    }

    public List<MetricValue> metrics() {
        List<MetricValue> out = new ArrayList<>();
        out.add(new MetricValue("power_internal", total.internal(), "W", total.source()));
        out.add(new MetricValue("power_switching", total.switching(), "W", total.source()));
        out.add(new MetricValue("power_leakage", total.leakage(), "W", total.source()));
        out.add(new MetricValue("power_total", total.total(), "W", total.source()));
        return out;
    }

    /** Reads the table whose header ({@code Group Internal Switching Leakage Total}) is at {@code header}. */
    static PowerReport parse(String file, List<String> lines, int header) throws ParseFailure {
        List<Row> groups = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("---") || s.startsWith("Power")) {
                continue;
            }
            List<String> f = Text.fields(s);
            // name words, then internal, switching, leakage, total and an optional percentage
            int n = f.size();
            int last = n > 0 && f.get(n - 1).endsWith("%") ? n - 2 : n - 1;
            if (last < 4) {
                throw new ParseFailure(file, i + 1, "expected '<group> <internal> <switching> <leakage> <total>', found '"
                        + Text.clip(s) + "'");
            }
            String name = String.join(" ", f.subList(0, last - 3));
            Row row = new Row(name, Text.number(f.get(last - 3), file, i + 1, "internal power"),
                    Text.number(f.get(last - 2), file, i + 1, "switching power"),
                    Text.number(f.get(last - 1), file, i + 1, "leakage power"),
                    Text.number(f.get(last), file, i + 1, "total power"), new SourceLine(file, i + 1));
            if (name.equals("Total")) {
                return new PowerReport(List.copyOf(groups), row, i + 1);
            }
            groups.add(row);
        }
        throw new ParseFailure(file, header + 1, "the power table starting here has no Total row");
    }
}
