package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void noodle2sOwnFilesImportAndWhatTheLocalFlowCannotDoIsSaid() throws Exception {
        assertEquals(0, run("demo"), err()); // the demo's design, as a Noodle 2 user's snapshot folder
        Path design = ws.resolve("demo_mac8/design");
        if (!Files.isDirectory(design)) {
            try (var s = Files.list(ws.resolve("demo_mac8"))) {
                design = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("runs"))
                        .findFirst().orElseThrow();
            }
        }
        Files.writeString(cwd.resolve("n2.yaml"), """
                study: {name: n2_demo, version: "1.0"}
                design: {pdk: osu018, base_case_name: mac8, snapshot_path: %s}
                execution: {max_concurrent_trials: 2, ray_dashboard_port: 8265}
                stages: {count: 2, defaults: {trial_budget: 2, survivor_count: 1, execution_mode: sta_only}}
                ecos: {base: {cell_resize: {enabled: true, parameters: {max_paths: [10, 20]}}, tie_fanout_repair: {}}}
                """.formatted(design));
        assertEquals(0, run("import", "n2.yaml"), err());
        assertTrue(err().contains("n2.yaml:3:") && err().contains("ray_dashboard_port: the dashboard's port"), err());
        assertEquals(0, run("validate", "n2_demo"), out() + err());
        assertEquals(0, run("run-study", "n2_demo", "--dry-run"), out() + err());
        assertTrue(out().contains("; ECOs: cell_resize\n  insp") || out().contains("; ECOs: cell_resize\n"), out());
        assertTrue(out().contains("left out, as the flow cannot run them: tie_fanout_repair"), "said, not silent: " + out());

        // a flat file names no ECOs: Noodle 2's catalogue; the stage applies those the local flow runs, and says
        // which it leaves out
        Files.writeString(cwd.resolve("flat_all.yaml"), """
                name: n2_all
                safety_domain: guarded
                base_case_name: mac8
                pdk: osu018
                snapshot_path: %s
                stages:
                  - {name: s0, execution_mode: sta_only, trial_budget: 2, survivor_count: 1}
                """.formatted(design));
        assertEquals(0, run("import", "flat_all.yaml"), err());
        assertEquals(0, run("run-study", "n2_all", "--dry-run"), out() + err());
        assertTrue(out().contains("; ECOs: noop, buffer_insertion, placement_density, cell_resize, cell_swap, gate_cloning, "
                + "hold_repair, power_recovery, repair_design, aggressive_timing, buffer_removal, pin_swap, "
                + "dead_logic_elimination, multi_pass_timing, sequential_repair\n"), out());
        assertTrue(out().contains("  stage 's0': left out, as the flow cannot run them: tie_fanout_repair, clock_net_repair, "
                + "vt_swap\n"), out());
        assertTrue(out().contains("a run would start"), out());

        Files.writeString(cwd.resolve("n45.odb"), "an OpenROAD database");
        Files.writeString(cwd.resolve("flat.yaml"), """
                name: n45
                safety_domain: guarded
                base_case_name: n45_base
                pdk: Nangate45
                snapshot_path: n45.odb
                stages:
                  - {name: s0, execution_mode: sta_only, trial_budget: 2, survivor_count: 1}
                """);
        assertEquals(0, run("import", "flat.yaml"), err());
        assertEquals(5, run("run-study", "n45"));
        assertTrue((out() + err()).contains("is an OpenROAD database (.odb), which the local flow"), out() + err());
        assertEquals(0, run("export", "n45", "back.yaml"), err());
        assertTrue(Files.readString(cwd.resolve("back.yaml")).contains("\nbase_case_name: n45_base\n"));
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
    void exportWritesNoodle2sFlatFileThatImportsAgain() throws Exception {
        Files.writeString(cwd.resolve("s.yaml"), STUDY);
        assertEquals(0, run("import", "s.yaml"));
        assertEquals(0, run("export", "mac8_timing", "out/again.yaml"), err());
        Path again = cwd.resolve("out/again.yaml");
        assertEquals(again + "\n", out());
        String yaml = Files.readString(again);
        assertTrue(yaml.startsWith("name: mac8_timing\n"), yaml);
        assertTrue(yaml.contains("\nbase_case_name: mac8_base\n") && yaml.contains("\nstages:\n"),
                "Noodle 2's flat file, which its loader reads:\n" + yaml);
        assertTrue(err().contains("warning: the study has no pdk and no design snapshot, which Noodle 2's loader "
                + "requires ('pdk', 'snapshot_path')"), "nothing invented, and said: " + err());
        assertTrue(java.util.regex.Pattern.compile("(?m)^workbench:$[\\s\\S]*depends_on:\\s*\\n\\s*- resize")
                .matcher(yaml).find(), "the stage DAG under workbench:, which Noodle 2 ignores:\n" + yaml);
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
