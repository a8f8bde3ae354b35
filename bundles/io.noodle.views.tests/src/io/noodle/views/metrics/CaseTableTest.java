package io.noodle.views.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;

/** The metrics table's model: columns from the metrics, sorting with missing values last, filters, CSV. */
class CaseTableTest {

    private static CaseRecord c(String name, int stage, Double wns, Double congestion) {
        List<MetricRecord> m = new java.util.ArrayList<>();
        if (wns != null) {
            m.add(new MetricRecord("wns", wns, "ps", null));
        }
        if (congestion != null) {
            m.add(new MetricRecord("congestion", congestion, "%", null));
        }
        return new CaseRecord(name, stage, 0, stage < 0 ? List.of() : List.of("b"), stage < 0 ? null : "resize",
                stage < 0 ? Map.of() : Map.of("paths", "2,3"), "succeeded", null, null, null, m, null, List.of(), 1.5);
    }

    private static final List<CaseRecord> RUN = List.of(c("b", -1, -300.0, 40.0), c("b_0_0", 0, -120.0, 55.0),
            c("b_0_1", 0, null, 30.0), c("b_0_2", 0, -200.0, null));

    @Test
    void columnsSortingAndFilters() {
        CaseTable t = new CaseTable(RUN);
        assertEquals(List.of("case", "state", "stage", "eco", "parent", "seconds", "wns", "congestion"), t.columns());
        assertArrayEquals(new int[] { 1, 3, 0, 2 }, t.sort(t.all(), "wns", false), "best WNS first, missing last");
        assertArrayEquals(new int[] { 0, 3, 1, 2 }, t.sort(t.all(), "wns", true), "missing last either way");
        assertArrayEquals(new int[] { 3, 2, 1, 0 }, t.sort(t.all(), "case", false));
        assertArrayEquals(new int[] { 1, 3 }, t.filter("", "wns", -250.0, null));
        assertArrayEquals(new int[] { 2 }, t.filter("0_1", null, null, null));
        assertEquals("case,eco\r\nb_0_0,\"resize paths=2,3\"\r\n", t.csv(new int[] { 1 }, List.of("case", "eco")));
    }

    @Test
    void theParetoFrontOfWnsAgainstCongestion() {
        double[] wns = { -300, -120, -150, -200, -120, Double.NaN };
        double[] cong = { 40, 55, 35, 30, 60, 10 };
        // maximise WNS, minimise congestion: -120/55 (best WNS), -150/35, -200/30; -300/40 and -120/60 dominated
        assertArrayEquals(new int[] { 1, 2, 3 }, Pareto.front(wns, cong, true, false));
    }

    @Test
    void severalRunsInOneTableEachRowNamingItsRun() {
        List<CaseRecord> both = new java.util.ArrayList<>(RUN);
        both.addAll(RUN.subList(0, 2)); // a second run of the study: the same case names
        List<String> runs = List.of("s/run-1", "s/run-1", "s/run-1", "s/run-1", "s/run-2", "s/run-2");
        CaseTable t = new CaseTable(both, runs);
        assertEquals(List.of("run", "case", "state", "stage", "eco", "parent", "seconds", "wns", "congestion"),
                t.columns());
        assertEquals(List.of("wns", "congestion"), t.metricColumns());
        assertEquals("s/run-2", t.text(5, "run"));
        assertArrayEquals(new int[] { 4, 5 }, t.filter("run-2", null, null, null));
        assertArrayEquals(new int[] { 4, 5, 0, 1, 2, 3 }, t.sort(t.all(), "run", false));
        assertEquals("run,case,wns\r\ns/run-2,b_0_0,-120\r\n", t.csv(new int[] { 5 }, List.of("run", "case", "wns")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CaseTable(both, runs.subList(0, 3)));
    }
}
