package io.noodle.views.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.VerdictRecord;

/**
 * The HTML report of a run: written from case records and real map files in trial folders; every picture it
 * shows is a file beside it that parses as SVG; the map diff is against the nearest ancestor with the map; names
 * from the run are escaped; nothing points outside the folder; an earlier report is replaced, a foreign folder
 * refused untouched.
 */
class RunReportTest {

    @TempDir
    Path tmp;

    /** A trial folder with a design file and a 2×2 RUDY map of the given values (bottom row first). */
    private String trial(String name, double... v) throws IOException {
        Path t = Files.createDirectories(tmp.resolve("cases").resolve(name));
        Files.writeString(t.resolve("design.v"), "module m; endmodule\n");
        Files.createDirectories(t.resolve("heatmaps"));
        Files.writeString(t.resolve("heatmaps/rudy.csv"), "x0,y0,x1,y1,value (%)\n0,0,10,10," + v[0] + "\n10,0,20,10,"
                + v[1] + "\n0,10,10,20," + v[2] + "\n10,10,20,20," + v[3] + "\n");
        return t.resolve("design.v").toString();
    }

    private static CaseRecord c(String name, int stage, String parent, String eco, double wns, double cong,
            String design, String failure) {
        return new CaseRecord(name, stage, 0, parent == null ? List.of() : List.of(parent), eco, Map.of(),
                failure == null ? "succeeded" : "failed", failure, null, null, failure != null ? List.of()
                        : List.of(new MetricRecord("wns", wns, "ps", null), new MetricRecord("congestion", cong, "%", null)),
                design, eco == null ? List.of() : List.of(eco), 2.5);
    }

    private RunReport.Input run() throws IOException {
        List<CaseRecord> cases = List.of(c("m", -1, null, null, -300, 40, null, null),
                c("m_0_0", 0, "m", "resize_<b>", -200, 45, trial("m_0_0", 10, 20, 30, 90), null),
                c("m_0_1", 0, "m", "resize_<b>", -250, 30, null, null),
                c("m_1_0", 1, "m_0_0", "reroute", -150, 35, trial("m_1_0", 5, 20, 30, 99), null),
                c("m_1_1", 1, "m_0_0", "reroute", 0, 0, null, "tool_crash"));
        List<VerdictRecord> verdicts = List.of(
                new VerdictRecord("gate0", true, null, -300.0, null, List.of("m"), "the base case yields timing",
                        List.of("/x/sta.rpt:12")),
                new VerdictRecord("failure_rate", false, 0.25, 0.5, "b", List.of("m_1_1"), "<script>alert(1)</script>",
                        List.of()));
        return new RunReport.Input("s/run-1", new Outcome("succeeded", "all 2 stages ran", "m_1_0", null), cases,
                verdicts, Set.of("m_0_0", "m_1_0"), Map.of("reroute", "routing_affecting"), null, null, tmp);
    }

    @Test
    void theReportShowsTheRunWithItsPicturesBesideIt() throws Exception {
        Path out = tmp.resolve("report");
        List<Path> files = RunReport.write(run(), out);
        assertEquals(out.resolve("index.html"), files.get(0));
        String page = Files.readString(files.get(0));
        for (String id : List.of("summary", "gates", "trajectory", "leaderboard", "pareto", "heatmaps", "lineage",
                "cases")) {
            assertTrue(page.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(page.contains("m_1_0, WNS -150 ps (+150.0 ps over the base)"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>"),
                "the run's words are escaped");
        assertTrue(page.contains("resize_&lt;b&gt;"));
        assertTrue(page.contains("From cases/m_0_0/heatmaps/rudy.csv."), "files named from the run's folder");
        // the winner's map against its nearest ancestor with one (the base has none): one bin down, one up
        assertTrue(page.contains("m_1_0 minus m_0_0: 1 improved, 1 degraded, 2 unchanged"), page);
        assertTrue(page.contains("Pareto front (WNS higher, congestion lower is better): m_1_0 (-150, 35), "
                + "m_0_1 (-250, 30)"), page);
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertEquals(List.of("trajectory.svg", "pareto.svg", "m_1_0-rudy.svg", "m_1_0-minus-m_0_0-rudy.svg",
                "lineage.svg"), shown);
        var xml = DocumentBuilderFactory.newInstance();
        for (String f : shown) {
            assertTrue(files.contains(out.resolve(f)), f);
            assertEquals("svg", xml.newDocumentBuilder().parse(out.resolve(f).toFile()).getDocumentElement()
                    .getNodeName(), f);
        }
        assertFalse(page.contains("http:") || page.contains("https:") || page.contains("<script"),
                "the page needs no network and no script");
        String diff = Files.readString(out.resolve("m_1_0-minus-m_0_0-rudy.svg"));
        assertEquals(4, diff.split("class=\"bin\"", -1).length - 1, "a rectangle per bin");
    }

    @Test
    void anEarlierReportIsReplacedAndAForeignFolderRefused() throws Exception {
        Path out = tmp.resolve("report");
        RunReport.write(run(), out);
        Files.writeString(out.resolve("old-case-rudy.svg"), "<svg/>");
        RunReport.write(run(), out);
        assertFalse(Files.exists(out.resolve("old-case-rudy.svg")), "pictures of an earlier report are removed");
        assertTrue(Files.exists(out.resolve("pareto.svg")));

        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        IOException e = assertThrows(IOException.class, () -> RunReport.write(run(), mine));
        assertTrue(e.getMessage().contains("holds files that are not an earlier report's (notes.txt)"), e.getMessage());
        assertEquals(List.of(mine.resolve("notes.txt")), Files.list(mine).toList(), "nothing is touched");
    }
}
