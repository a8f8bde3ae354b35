package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/**
 * {@code noodle compare}: two real runs of a study (a flow program whose ECO improves WNS by more in the second
 * run), compared as text and as JSON, by study and by run folder; wrong arguments said plainly.
 */
class CompareCommandTest extends CliTest {

    private static final String STUDY = """
            name: cmp
            base_case: cmp_base
            ecos:
              - {name: good, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 9}]}
            stages:
              - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good]}
            """;

    private Path flow(int gain) throws Exception {
        Path flow = cwd.resolve("flow-" + gain);
        Files.writeString(flow, """
                #!/bin/sh
                base=-500
                if [ "$3" != "-" ] && [ -f "$3" ]; then base=$(cat "$3"); fi
                case "$2" in none) wns=$base ;; *) wns=$((base + %d)) ;; esac
                echo "$wns" > design
                echo "wns $wns ps" > report.txt
                echo "congestion $((40 + %d / 10)) %%" >> report.txt
                """.formatted(gain, gain));
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        return flow;
    }

    @Test
    void twoRunsSideBySideAsTextAndJson() throws Exception {
        Files.writeString(cwd.resolve("cmp.yaml"), STUDY);
        assertEquals(0, run("import", "cmp.yaml"), err());
        assertEquals(0, run("run-study", "cmp", "--command", flow(100).toString()), err());
        assertEquals(0, run("run-study", "cmp", "--command", flow(250).toString(), "--new"), err());

        assertEquals(0, run("compare", ws.resolve("cmp/runs/run-1").toString(), "cmp"), err());
        String text = out();
        assertTrue(text.contains("cmp/run-1") && text.contains("cmp/run-2"), text);
        assertTrue(text.matches("(?s).*best WNS \\(ps\\)\\s+-400\\s+-250\\s+\\+150\\.00.*"), text);
        assertTrue(text.matches("(?s).*cases\\s+3\\s+3\\s+\\+0.*"), text);
        assertTrue(text.contains("Pareto front (WNS high, congestion low):"), text);

        assertEquals(0, run("compare", "cmp/runs/run-1", ws.resolve("cmp/runs/run-2").toString(), "--json"), err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertEquals(-400.0, json.path("first").path("best_wns_ps").asDouble());
        assertEquals(-250.0, json.path("second").path("best_wns_ps").asDouble());
        assertEquals(150.0, json.path("delta").path("best_wns_ps").asDouble());
        assertEquals("succeeded", json.path("second").path("outcome").asText());
        assertTrue(json.path("second").path("pareto_front").size() >= 1);
    }

    @Test
    void wrongArgumentsAreSaidPlainly() throws Exception {
        assertEquals(2, run("compare", "only-one"));
        assertTrue(err().startsWith("usage: noodle compare"), err());
        Files.writeString(cwd.resolve("cmp.yaml"), STUDY);
        assertEquals(0, run("import", "cmp.yaml"), err());
        assertEquals(1, run("compare", "cmp", "cmp"));
        assertTrue(err().contains("study cmp has not run yet (run it with ./noodle run-study cmp)"), err());
        assertEquals(1, run("compare", "nowhere", "cmp"));
        assertTrue(err().contains("nowhere is neither a run folder"), err());
    }
}
