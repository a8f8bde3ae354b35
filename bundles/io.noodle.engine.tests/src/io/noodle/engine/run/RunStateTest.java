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

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.model.results.RunFolder;

class RunStateTest {

    @TempDir
    Path tmp;

    private static CaseRecord done(String name) {
        return new CaseRecord(name, 0, 0, List.of("b"), "resize", Map.of("paths", "3"), "succeeded", null, null, null,
                List.of(new MetricRecord("wns", -120.5, "ps", "r.txt:3")), null, List.of("resize"), 0.5);
    }

    @Test
    void aCheckpointPlusItsJournalGiveBackEveryFinishedCaseAndATornLineIsIgnored() throws Exception {
        RunFolder run = RunFolder.create(tmp);
        Path cp = run.checkpoint();
        Files.createDirectories(cp.getParent());
        RunState s = new RunState();
        s.add(done("b_0_0"));
        s.stageDone("a", List.of("b_0_0"), false);
        s.write(cp, "s");
        s.journal(run.journal(), done("b_1_0"));
        s.journal(run.journal(), done("b_1_1"));
        s.closeJournal();
        // a crash in the middle of appending the next line
        Files.writeString(run.journal(), "{\"name\":\"b_1_2\",\"sta", StandardOpenOption.APPEND);

        RunState back = RunState.read(run);
        assertEquals(List.of("b_0_0", "b_1_0", "b_1_1"), back.all().stream().map(CaseRecord::name).toList());
        assertEquals(-120.5, back.get("b_1_1").metric("wns"));
        assertEquals(List.of("b_0_0"), back.survivorsOf("a"));
        assertNotNull(back.get("b_0_0"));
    }
}
