package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/**
 * The commands Noodle 2's users know, from the command line on a real run (a flow program whose WNS follows the
 * ECO's effort): list-studies, show, run-study --dry-run, debug, replay and priors.
 */
class InspectCommandsTest extends CliTest {

    private static final String STUDY = """
            name: insp
            base_case: insp_base
            safety_domain: guarded
            ecos:
              - name: spread
                class: placement_local
                parameters: [{name: effort, type: int, default: "1", min: 1, max: 9}]
            stages:
              - {name: place, trial_budget: 3, survivor_count: 1, ecos: [spread]}
            """;

    private Path flow() throws Exception {
        Path flow = cwd.resolve("flow");
        Files.writeString(flow, """
                #!/bin/sh
                # arguments: case eco parent [name=value ...]; WNS gets better with the effort
                effort=0
                for a in "$@"; do case "$a" in effort=*) effort=${a#effort=} ;; esac; done
                wns=$((-300 + 10 * effort))
                echo "trial $1: eco $2, effort $effort"
                echo "$wns" > design
                echo "wns $wns ps" > report.txt
                """);
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        return flow;
    }

    @Test
    void noodle2sCommandsWorkOnARealRun() throws Exception {
        Files.writeString(cwd.resolve("insp.yaml"), STUDY);
        assertEquals(0, run("import", "insp.yaml"), err());
        assertEquals(0, run("list-studies"), err());
        assertTrue(out().matches("(?s)insp\\s+guarded\\s+1 stage\\(s\\)\\s+never run.*"), out());

        // the plan, without compute
        assertEquals(0, run("run-study", "insp", "--dry-run", "--command", flow().toString()), out() + err());
        assertTrue(out().contains("legality: legal"), out());
        assertTrue(out().contains("stage 0 'place': execution, sta_only, budget 3, survivors 1, from the base "
                + "case; ECOs: spread"), out());
        assertTrue(out().contains("  insp_base_0_0  spread {effort=1}\n"), out());
        assertTrue(out().contains("trials: gate 0 and at most 3 more\na run would start\n"), out());
        assertFalse(Files.exists(ws.resolve("insp/runs")), "a dry run writes nothing");

        assertEquals(0, run("run-study", "insp", "--command", flow().toString()), err());
        assertEquals(0, run("ls", "--status", "succeeded", "--domain", "guarded"), err());
        assertTrue(out().contains("succeeded (run-1, best insp_base_0_"), out());
        assertEquals(0, run("list-studies", "--status", "never"));
        assertEquals("", out());
        assertTrue(err().contains("no study in " + ws + " matches"), err());

        assertEquals(0, run("show", "insp"), err());
        assertTrue(out().contains("design: base case insp_base"), out());
        assertTrue(out().contains("  0 place            execution      sta_only       budget   3, survivors  1"), out());
        assertTrue(out().contains("last run: succeeded (run-1"), out());
        assertTrue(out().contains("4 case(s) finished, 4 succeeded, 0 not"), out());

        assertEquals(0, run("debug", "insp", "insp_base_0_1"), err());
        String debug = out();
        assertTrue(debug.startsWith("debug report: case insp_base_0_1 of study insp, run-1\nstate: succeeded\n"), debug);
        assertTrue(debug.matches("(?s).*ECO: spread \\{effort=\\d+\\}.*"), debug);
        assertTrue(debug.contains("trial folder: " + ws.resolve("insp/runs/run-1/cases/insp_base_0_1/stage_0/trial_1")),
                debug);
        assertTrue(debug.contains("tool versions (this machine's toolchain):"), debug);
        assertTrue(debug.matches("(?s).*log tail .*\n  trial insp_base_0_1: eco spread, effort \\d+\n.*"), debug);
        assertTrue(debug.matches("(?s).*metrics:\n  wns = -\\d+\\.0 ps  \\(.*report.txt:1\\).*"), debug);
        // a log with bytes that are not UTF-8 (a tool printing Latin-1) still shows its tail
        Path log = ws.resolve("insp/runs/run-1/cases/insp_base_0_1/stage_0/trial_1/trial.log");
        Files.write(log, new byte[] { 'c', 'a', 'f', (byte) 0xE9, '\n', 'e', 'n', 'd', '\n' },
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("debug", "insp", "insp_base_0_1"), err());
        assertTrue(out().contains("  caf\uFFFD\n  end\n") && !out().contains("cannot be read"), out());

        assertEquals(0, run("replay", "insp", "insp_base_0_1", "--command", flow().toString()), out() + err());
        String replay = out();
        assertTrue(replay.startsWith("replay of insp_base_0_1 (run-1) in "), replay);
        assertTrue(replay.matches("(?s).*\\$ \\S*flow insp_base_0_1 spread \\S+ effort=\\d+\n.*"), replay);
        assertTrue(replay.contains("trial insp_base_0_1: eco spread, effort"), "the log, as it grows: " + replay);
        assertTrue(replay.contains("replay: succeeded"), replay);
        assertTrue(replay.matches("(?s).*  wns = -\\d+\\.0 ps \\(as in the run\\).*"), replay);
        assertEquals(0, run("replay", "insp", "place", "--trial", "1", "--command", flow().toString()), err());
        assertTrue(out().startsWith("replay of insp_base_0_1 (run-1)"), out());

        assertEquals(0, run("priors", "show"), err());
        assertTrue(out().matches("(?s).*\nspread\\s+3\\s+3\\s+.*"), "three applications of spread: " + out());
        assertEquals(0, run("priors", "export", "p.json"), err());
        assertEquals(0, run("priors", "import", "p.json"), err());
        assertTrue(out().startsWith("imported 1 ECO prior(s) from " + cwd.resolve("p.json")), out());
        assertEquals(0, run("priors", "show"), err());
        assertTrue(out().matches("(?s).*\nspread\\s+6\\s+6\\s+.*"), "imported priors add up: " + out());
    }

    @Test
    void mistakesAreSaidPlainly() throws Exception {
        Files.writeString(cwd.resolve("insp.yaml"), STUDY);
        assertEquals(0, run("import", "insp.yaml"), err());
        assertEquals(1, run("debug", "insp", "insp_base_0_0"));
        assertTrue(err().contains("study insp has not run yet"), err());
        assertEquals(0, run("run-study", "insp", "--command", flow().toString()), err());
        assertEquals(1, run("debug", "insp", "nope"));
        assertTrue(err().contains("run-1 of study insp has no finished case 'nope'"), err());
        assertEquals(1, run("replay", "insp", "nope", "--trial", "0"));
        assertTrue(err().contains("--trial N goes with a stage name; study insp has no stage 'nope' (stages: place)"),
                err());
        assertEquals(2, run("replay", "insp", "place", "--trial", "x"));
        assertEquals(2, run("show"));
        assertEquals(2, run("priors", "forget"));
        Files.writeString(cwd.resolve("bad.json"), "{\"spread\": {\"applications\": 1, \"successes\": 5, "
                + "\"meanDeltaWnsPs\": 0}}");
        assertEquals(1, run("priors", "import", "bad.json"));
        assertTrue(err().contains("the prior of 'spread' is not one: 1 applications, 5 successes"), err());
    }
}
