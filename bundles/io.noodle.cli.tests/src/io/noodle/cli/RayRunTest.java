package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code noodle ray up|status|down} and {@code run-study --executor ray}: a real Ray cluster started from the
 * command line (a head and a worker node on loopback), the demo study run on it on the real EDA tools with the
 * same cases and timing as on this machine, then the cluster stopped.
 */
class RayRunTest extends CliTest {

    @Test
    void theDemoRunsOnARayClusterWithTheSameResultsAsLocally() throws Exception {
        System.setProperty("noodle.ray.state", tmp.resolve("ray-cluster.json").toString());
        try {
            assertEquals(1, run("ray", "status"));
            assertTrue(out().contains("no Ray cluster of this project runs"), out());
            assertEquals(1, run("run-study", "nothing", "--executor", "ray"));
            assertEquals(0, run("demo"), err());
            assertEquals(1, run("run-study", "demo_mac8", "--executor", "ray"));
            assertTrue(err().contains("no Ray cluster: start one on this machine with ./noodle ray up"), err());

            assertEquals(0, run("ray", "up", "--workers", "1", "--cpus", "2"), err());
            assertTrue(out().matches("(?s).*ray cluster up: address 127\\.0\\.0\\.1:\\d+, dashboard http://127\\.0\\.0\\.1:\\d+.*"),
                    out());
            assertEquals(1, run("ray", "up"), "one cluster at a time");
            assertTrue(err().contains("runs already at 127.0.0.1:"), err());
            assertEquals(0, run("ray", "status"), err());
            assertTrue(out().contains("2 node(s)") && out().contains("Active:"), out());

            assertEquals(0, run("run-study", "demo_mac8"), out() + err());
            assertEquals(0, run("run-study", "demo_mac8", "--new", "--executor", "ray"), out() + err());
            assertTrue(out().contains("on Ray") && out().contains("dashboard http://127.0.0.1:"), out());
            Map<String, String> local = caseResults(ws.resolve("demo_mac8/runs/run-1"));
            assertEquals(local, caseResults(ws.resolve("demo_mac8/runs/run-2")), "the same cases and timing as locally");
        } finally {
            run("ray", "down");
            System.clearProperty("noodle.ray.state");
        }
        assertTrue(out().contains("ray cluster stopped"), out());
        assertEquals(1, run("ray", "status"));
        assertEquals(2, run("ray", "up", "--workers", "x"));
    }
}
