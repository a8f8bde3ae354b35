package io.noodle.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.run.RunState.FinishedCase;

class RunStateTest {

    @TempDir
    Path tmp;

    private static FinishedCase done(String name) {
        return new FinishedCase(name, 0, 0, List.of("b"), "resize", Map.of("paths", "3"), "succeeded", null, null, null,
                List.of(new RunState.Metric("wns", -120.5, "ps", "r.txt:3")), null, List.of("resize"), 0.5);
    }

    @Test
    void aCheckpointPlusItsJournalGiveBackEveryFinishedCaseAndATornLineIsIgnored() throws Exception {
        Path cp = tmp.resolve("checkpoints/study_checkpoint.json");
        Files.createDirectories(cp.getParent());
        RunState s = new RunState();
        s.add(done("b_0_0"));
        s.stageDone("a", List.of("b_0_0"), false);
        s.write(cp, "s");
        s.journal(cp, done("b_1_0"));
        s.journal(cp, done("b_1_1"));
        // a crash in the middle of appending the next line
        Files.writeString(RunState.journalOf(cp), "{\"name\":\"b_1_2\",\"sta", StandardOpenOption.APPEND);

        RunState back = RunState.read(cp);
        assertEquals(List.of("b_0_0", "b_1_0", "b_1_1"), back.all().stream().map(FinishedCase::name).toList());
        assertEquals(-120.5, back.get("b_1_1").metric("wns"));
        assertEquals(List.of("b_0_0"), back.survivorsOf("a"));
        assertNotNull(back.get("b_0_0"));
    }
}
