package io.noodle.eda.parse;

import io.noodle.model.derived.MetricValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/**
 * Table-driven tests of the timing and power report parser on real OpenSTA output (recorded from
 * {@code sta} 2.0.17 on the bundled mac8 design) and OpenROAD report text written from its documented format.
 */
class StaReportTest {

    private static StaReport read(String name, TimeUnit unit) throws ParseFailure {
        return StaReport.parse(TestData.path(name), unit);
    }

    @Test
    void openStaReportWithItsOwnUnitLine() throws ParseFailure {
        StaReport r = read("opensta-mac8.rpt", null);
        assertEquals(1000, r.unit().toPs());
        assertEquals(-380, r.wns().value(), 1e-9);
        assertEquals(-2770, r.tns().value(), 1e-9);
        assertEquals(-380, r.worstSlack().value(), 1e-9);
        // one max path with Cap/Slew columns, three min paths (one full_clock_expanded), two min_max
        assertEquals(6, r.paths().size());
        StaReport.TimingPath first = r.paths().get(0);
        assertEquals("DFFPOSX1_36", first.startpoint());
        assertEquals("max", first.type());
        assertEquals(-379, first.slack(), 1e-9);
        assertEquals(2315, first.required(), 1e-9);
        assertEquals(2694, first.arrival(), 1e-9);
        assertFalse(first.met());
        assertTrue(first.points() > 10, "path points counted: " + first.points());
        assertEquals(62, first.source().line());
        assertEquals(3, r.paths().stream().filter(p -> p.type().equals("min")).count(), "min paths: " + r.paths());
    }

    @Test
    void metricsKeepTheirSourceLines() throws ParseFailure {
        StaReport r = read("opensta-mac8.rpt", null);
        MetricValue wns = r.metrics().stream().filter(m -> m.name().equals("wns")).findFirst().orElseThrow();
        assertEquals("ps", wns.unit());
        assertTrue(wns.provenance().file().endsWith("opensta-mac8.rpt"));
        assertEquals(242, wns.provenance().line());
        MetricValue power = r.metrics().stream().filter(m -> m.name().equals("power_total")).findFirst().orElseThrow();
        assertEquals(1.36e-2, power.value(), 1e-12);
        assertEquals("W", power.unit());
        assertEquals(253, power.provenance().line());
        assertEquals(4, r.power().groups().size());
        assertEquals("Combinational", r.power().groups().get(1).group());
        assertEquals(3.20e-3, r.power().groups().get(1).switching(), 1e-12);
    }

    @Test
    void openRoadReportInPicoseconds() throws ParseFailure {
        StaReport r = read("openroad-asap7.rpt", null);
        assertEquals(1, r.unit().toPs());
        assertEquals(-4.41, r.wns().value(), 1e-9);
        assertEquals(-17.93, r.tns().value(), 1e-9);
        assertEquals(2, r.paths().size());
        assertEquals("max", r.paths().get(0).type());
        assertEquals(-4.41, r.paths().get(0).slack(), 1e-9);
        assertEquals(27.48, r.paths().get(1).slack(), 1e-9);
        assertTrue(r.paths().get(1).met());
        assertEquals(5, r.power().groups().size());
        assertEquals(2.78e-5, r.power().total().total(), 1e-15);
        MetricValue hold = r.metrics().stream().filter(m -> m.name().equals("worst_hold_slack")).findFirst()
                .orElseThrow();
        assertEquals(27.48, hold.value(), 1e-9);
    }

    @Test
    void theLibraryUnitIsUsedWhenTheReportHasNone() throws ParseFailure {
        List<String> lines = List.of("wns -0.25", "tns -1.5");
        StaReport r = StaReport.parse("r.rpt", lines, TimeUnit.parse("1ns"));
        assertEquals(-250, r.wns().value(), 1e-9);
        assertEquals(-1500, r.tns().value(), 1e-9);
        ParseFailure f = assertThrows(ParseFailure.class, () -> StaReport.parse("r.rpt", lines, null));
        assertTrue(f.getMessage().contains("time unit is unknown"), f.getMessage());
    }

    @Test
    void summariesNamingTheirPathTypeAreSetupForMaxAndHoldForMin() throws ParseFailure {
        // as OpenROAD's resizer tests print them (report_worst_slack -max / -min), the last of each kind counts
        List<String> lines = List.of("[INFO ODB-0128] Design: gcd", "worst slack max 1.34",
                "[INFO RSZ-0032] Inserted 84 hold buffers.", "worst slack min 0.20", "worst slack max 1.27",
                "tns max -0.50", "wns min -0.01");
        StaReport r = StaReport.parse("rsz.log", lines, TimeUnit.parse("1ns"));
        assertEquals(1270, r.worstSlack().value(), 1e-9);
        assertEquals(5, r.worstSlack().source().line());
        assertEquals(200, r.hold().worstSlack().value(), 1e-9);
        assertEquals(-500, r.tns().value(), 1e-9);
        assertEquals(-10, r.hold().wns().value(), 1e-9);
        assertNull(r.wns());
        List<String> names = r.metrics().stream().map(MetricValue::name).toList();
        assertEquals(List.of("wns", "tns", "worst_slack", "hold_wns", "worst_hold_slack"), names);
        assertEquals(0, r.metrics().get(0).value(), "a positive worst slack is a WNS of 0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1ns|1000", "1ps|1", "10ps|10", "1e-09|1000", "\"1ns\"|1000", "1us|1000000", "100fs|0.1" })
    void timeUnits(String text, double ps) {
        assertEquals(ps, TimeUnit.parse(text).toPs(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // report lines | line of the failure | words of the reason
            "Startpoint: a (x)\\nEndpoint: b\\nPath Type: max\\n  0.1  data required time|1|no slack line",
            "Startpoint: a\\nPath Type: max\\n -0.2 slack (VIOLATED)|3|without an Endpoint",
            "Startpoint: a\\nEndpoint: b\\nPath Type: typ\\n -0.2 slack (MET)|3|Path Type",
            "Startpoint: a\\nEndpoint: b\\nPath Type: max\\n abc slack (MET)|4|expected a time",
            "wns oops|1|expected a time",
            "wns -0.1 -0.2|1|expected 'wns [max|min] <value>'",
            "worst slack typ 0.2|1|expected 'worst slack [max|min] <value>'",
            "Group Internal Switching Leakage Total\\nSequential 1 2 3|2|expected '<group>",
            "Group Internal Switching Leakage Total\\nSequential 1 2 3 4|1|no Total row" })
    void malformedReportsNameTheLine(String text, int line, String reason) {
        ParseFailure f = assertThrows(ParseFailure.class,
                () -> StaReport.parse("bad.rpt", List.of(text.replace("\\n", "\n").split("\n")), TimeUnit.PS));
        assertEquals(line, f.source().line(), f.getMessage());
        assertEquals("bad.rpt", f.source().file());
        assertTrue(f.getMessage().contains(reason), f.getMessage());
    }

    @Test
    void noPathsIsAnEmptyReport() throws ParseFailure {
        StaReport r = StaReport.parse("e.rpt", List.of("No paths found."), null);
        assertTrue(r.paths().isEmpty());
        assertNull(r.wns());
        assertTrue(r.metrics().isEmpty());
        assertNotNull(r);
    }
}
