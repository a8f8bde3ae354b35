package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/**
 * {@code noodle report}: the HTML report of a real run (a flow program that writes a RUDY map its ECO lowers in
 * one corner), found by study name or run folder, into the run's folder or the one given; wrong arguments and a
 * folder that is not a report's said plainly.
 */
class ReportCommandTest extends CliTest {

    private static final String STUDY = """
            name: rep
            base_case: rep_base
            ecos:
              - {name: spread, class: placement_local}
            stages:
              - {name: place, trial_budget: 2, survivor_count: 1, ecos: [spread]}
            """;

    private Path flow() throws Exception {
        Path flow = cwd.resolve("flow");
        Files.writeString(flow, """
                #!/bin/sh
                case "$2" in none) wns=-300; hot=95 ;; *) wns=-200; hot=40 ;; esac
                echo "$wns" > design
                echo "wns $wns ps" > report.txt
                echo "congestion 12 %" >> report.txt
                mkdir -p heatmaps
                printf 'x0,y0,x1,y1,value (%%)\\n0,0,5,5,%s\\n5,0,10,5,20\\n0,5,5,10,30\\n5,5,10,10,10\\n' "$hot" \\
                  > heatmaps/rudy.csv
                """);
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        return flow;
    }

    @Test
    void aRunsReportIsWrittenBesideItOrWhereAsked() throws Exception {
        Files.writeString(cwd.resolve("rep.yaml"), STUDY);
        assertEquals(0, run("import", "rep.yaml"), err());
        assertEquals(0, run("run-study", "rep", "--command", flow().toString()), err());

        assertEquals(0, run("report", "rep"), err());
        Path page = ws.resolve("rep/runs/run-1/report/index.html");
        assertEquals(page.toString(), out().strip());
        String html = Files.readString(page);
        assertTrue(html.contains("<h1>rep/run-1</h1>"), html);
        assertTrue(html.contains("placement_local"), "the ECO's class from the study");
        assertTrue(html.matches("(?s).*rep_base_0_\\d minus rep_base: 1 improved, 0 degraded, 3 unchanged.*"), html);
        assertTrue(Files.exists(page.resolveSibling("cases.csv")));

        assertEquals(0, run("report", ws.resolve("rep/runs/run-1").toString(), "--out", "elsewhere"), err());
        assertTrue(Files.exists(cwd.resolve("elsewhere/index.html")));
        assertTrue(Files.exists(cwd.resolve("elsewhere/lineage.svg")));
    }

    @Test
    void wrongArgumentsAreSaidPlainly() throws Exception {
        assertEquals(2, run("report"));
        assertTrue(err().startsWith("usage: noodle report"), err());
        assertEquals(2, run("report", "rep", "--out"));
        assertTrue(err().contains("--out needs a folder"), err());
        Files.writeString(cwd.resolve("rep.yaml"), STUDY);
        assertEquals(0, run("import", "rep.yaml"), err());
        assertEquals(1, run("report", "rep"));
        assertTrue(err().contains("study rep has not run yet"), err());
        assertEquals(0, run("run-study", "rep", "--command", flow().toString()), err());
        Files.writeString(cwd.resolve("notes.txt"), "mine");
        assertEquals(1, run("report", "rep", "--out", "."));
        assertTrue(err().contains("holds files that are not an earlier report's"), err());
        assertEquals("mine", Files.readString(cwd.resolve("notes.txt")));
    }
}
