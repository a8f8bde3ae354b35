package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The commands as the script runs them, on real files in a temporary workspace. */
class StudyCommandsTest extends CliTest {

    private static final String STUDY = """
            name: mac8_timing
            base_case: mac8_base
            safety_domain: guarded
            ecos:
              - {name: resize, class: topology_neutral}
            stages:
              - {name: resize, trial_budget: 4, survivor_count: 2, allowed_eco_classes: [topology_neutral], ecos: [resize]}
              - {name: place, trial_budget: 2, survivor_count: 1, depends_on: [resize]}
            """;

    @Test
    void importCreatesTheStudyInTheWorkspaceAndPrintsItsPath() throws Exception {
        Files.writeString(cwd.resolve("s.yaml"), STUDY + "colour: blue\n");
        assertEquals(0, run("import", "s.yaml"), err());
        Path file = ws.resolve("mac8_timing/mac8_timing.noodle");
        assertEquals(file + "\n", out());
        assertTrue(Files.isRegularFile(file));
        assertEquals(cwd.resolve("s.yaml") + ":9:1: warning: unknown key 'colour' ignored\n", err());

        assertEquals(1, run("import", "s.yaml"));
        assertTrue(err().contains(ws.resolve("mac8_timing") + " exists already; nothing was overwritten"), err());
    }

    @Test
    void importOfBrokenYamlPrintsLocatedErrorsAndWritesNothing() throws Exception {
        Files.writeString(cwd.resolve("bad.yaml"), "name: x\nbase_case: b\nstages:\n  - name: a\n    trial_budget: lots\n");
        assertEquals(1, run("import", "bad.yaml"));
        assertTrue(err().startsWith(cwd.resolve("bad.yaml") + ":5:19: error: stages[0].trial_budget must be an integer"),
                err());
        assertTrue(err().contains("nothing was imported"), err());
        try (var s = Files.list(ws)) {
            assertEquals(0, s.count());
        }
        assertEquals(1, run("import", "missing.yaml"));
        assertTrue(err().contains("missing.yaml: no such file"), err());
    }

    @Test
    void validatePrintsTheLegalityReportAndFailsOnAnIllegalStudy() throws Exception {
        Files.writeString(cwd.resolve("s.yaml"), STUDY);
        assertEquals(0, run("import", "s.yaml"));
        assertEquals(0, run("validate", "mac8_timing"), err() + out());
        assertTrue(out().startsWith("Run legality report for study 'mac8_timing'"), out());
        assertTrue(out().endsWith("LEGAL (0 error(s), 0 warning(s))\n"), out());

        Files.writeString(cwd.resolve("bad.yaml"), STUDY.replace("mac8_timing", "bad").replace("survivor_count: 2",
                "survivor_count: 9"));
        assertEquals(0, run("import", "bad.yaml"), "an illegal study can be imported, to be mended");
        assertTrue(err().contains("not legal yet"), err());
        assertEquals(1, run("validate", ws.resolve("bad/bad.noodle").toString()));
        assertTrue(out().contains("ERROR: Stage 'resize' (survivorCount): 9 survivors exceed"), out());
        assertEquals(1, run("validate", "bad", "--json"));
        assertTrue(out().contains("\"legal\" : false"), out());

        assertEquals(1, run("validate", "nowhere"));
        assertTrue(err().startsWith("noodle validate: " + cwd.resolve("nowhere") + ": no such study file or folder"), err());
        Files.writeString(cwd.resolve("junk.noodle"), "<not xml");
        assertEquals(1, run("validate", "junk.noodle"));
        assertTrue(err().matches("(?s)noodle validate: " + java.util.regex.Pattern.quote(cwd.resolve("junk.noodle").toString())
                + ":1:\\d+: .*"), err());
    }

    @Test
    void exportWritesFlatYamlThatImportsAgain() throws Exception {
        Files.writeString(cwd.resolve("s.yaml"), STUDY);
        assertEquals(0, run("import", "s.yaml"));
        assertEquals(0, run("export", "mac8_timing", "out/again.yaml"), err());
        Path again = cwd.resolve("out/again.yaml");
        assertEquals(again + "\n", out());
        String yaml = Files.readString(again);
        assertTrue(yaml.startsWith("name: mac8_timing\n"), yaml);
        assertTrue(yaml.contains("depends_on:\n  - resize") || yaml.contains("depends_on:\n    - resize"), yaml);
        Files.writeString(again, yaml.replace("name: mac8_timing", "name: copy"));
        assertEquals(0, run("import", "out/again.yaml"), err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("export", "only-one"));
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertEquals(0, run("help"));
        assertTrue(out().contains("import <file.yaml>"), out());
    }
}
