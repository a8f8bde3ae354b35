package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code demo} and {@code parse} as the script runs them, on real files. */
class EdaCommandsTest extends CliTest {

    @Override
    @BeforeEach
    void dirs() throws Exception {
        cwd = tmp; // the user's folder is the test's, as before
        ws = tmp.resolve("ws");
    }

    @Test
    void demoWritesTheStudyOnceAndPrintsItsFolder() throws Exception {
        assertEquals(0, run("demo"), err.toString());
        Path folder = Path.of(out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(tmp.resolve("ws/demo_mac8"), folder);
        assertTrue(Files.isRegularFile(folder.resolve("demo_mac8.noodle")));
        assertTrue(Files.isRegularFile(folder.resolve("design/source/mac8.v")));
        Files.writeString(folder.resolve("note.txt"), "mine");
        assertEquals(0, run("demo"));
        assertTrue(Files.exists(folder.resolve("note.txt")), "an existing demo is left as it is");
        assertEquals(0, run("validate", folder.toString()), out.toString());
    }

    @Test
    void demosAskedForAtOnceAllFindTheOneDemoAndLeaveNoTemporaryFolder() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Path>> made = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(pool.submit(() -> {
                go.await();
                return io.noodle.eda.flow.DemoStudy.create(ws);
            }));
        }
        go.countDown();
        for (var f : made) {
            assertEquals(ws.resolve("demo_mac8"), f.get(), "each finds the demo, none fails");
        }
        pool.shutdown();
        try (var entries = Files.list(ws)) {
            assertEquals(java.util.List.of("demo_mac8"), entries.map(p -> p.getFileName().toString()).toList(),
                    "no temporary folder left beside it");
        }
    }

    @Test
    void parseReadsReportsAndMapsAndListsWhatItCannot() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run/reports"));
        Files.writeString(run.resolve("sta.rpt"), "time 1ns\nwns -0.25\ntns -1.00\n");
        Files.writeString(tmp.resolve("run/density.csv"), "x0,y0,x1,y1,value (%)\n0,0,10,10,90\n10,0,20,10,30\n");
        Files.writeString(tmp.resolve("run/notes.md"), "not tool output\n");
        assertEquals(0, run("parse", "run"), err.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new ObjectMapper().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        List<?> files = (List<?>) json.get("files");
        assertEquals(2, files.size(), json.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"value\" : -250.0") && text.contains("sta.rpt:2"), text);
        assertTrue(text.contains("\"hot_ratio\" : 0.5"), text);
        assertEquals(1, ((List<?>) json.get("skipped")).size());

        Files.writeString(run.resolve("broken.rpt"), "time 1ns\nStartpoint: a\nEndpoint: b\nPath Type: max\n");
        assertEquals(1, run("parse", "run"), "a file that could not be read fails the command");
        String broken = out.toString(StandardCharsets.UTF_8);
        assertTrue(broken.contains("broken.rpt") && broken.contains("\"line\" : 2") && broken.contains("no slack line"),
                broken);
        assertEquals(1, run("parse", "run/reports/none.rpt"));
        assertEquals(2, run("parse"));
    }

    @Test
    void runStudyOnOpenRoadWithoutItIsRefusedBeforeAnyCompute() throws Exception {
        assertEquals(0, run("demo"));
        assertEquals(5, run("run-study", "demo_mac8", "--flow", "openroad"), out.toString() + err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("OpenROAD is not configured"), out.toString());
        assertTrue(Files.notExists(tmp.resolve("ws/demo_mac8/runs/run-1/cases/mac8")), "no trial ran, not even gate 0");
        assertEquals(2, run("run-study", "demo_mac8", "--flow", "magic"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown flow 'magic'"), err.toString());
    }
}
