package io.noodle.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.ExecutionMode;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.ParameterType;
import io.noodle.model.RankingPolicyKind;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.TestStudies;
import io.noodle.model.validation.LegalityReport;

/**
 * Noodle 2's own study files, written here from the keys its loaders read: every key of the flat file (its run
 * command) and of the sectioned file (its demo runner) lands in the model, or in a located warning that says
 * what is done instead; nothing is dropped as unknown, and the studies are legal once their designs exist.
 */
class Noodle2ImportTest {

    @TempDir
    Path dir;

    private ImportReport.Message warningAt(ImportReport r, int line) {
        return r.warnings().stream().filter(m -> m.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no warning on line " + line + ": " + r.messages()));
    }

    private static StudyYamlImporter.Result importText(String yaml) throws Exception {
        return StudyYamlImporter.importFrom(new StringReader(yaml), null);
    }

    @Test
    void theFlatFileOfNoodle2sRunCommandImportsWithEveryKey() throws Exception {
        Files.createDirectories(dir.resolve("designs"));
        Files.writeString(dir.resolve("designs/n45_base.odb"), "an OpenROAD database\n");
        StudyYamlImporter.Result r = StudyYamlImporter.importFile(TestStudies.sample("noodle2-flat.yaml", dir));
        Study s = r.study();
        assertTrue(s != null, r.report().messages().toString());
        assertTrue(r.report().warnings().stream().noneMatch(m -> m.text().contains("unknown key")),
                "no key dropped as unknown: " + r.report().messages());

        assertEquals("n45_timing", s.getName());
        assertEquals(SafetyDomain.GUARDED, s.getSafetyDomain());
        assertEquals("n45_base", s.getBaseCaseName());
        assertEquals("Nangate45", s.getPdk());
        assertEquals(dir.resolve("designs/n45_base.odb").toString(), s.getSnapshot().getPath());
        assertEquals("odb", s.getSnapshot().getFormat(), "an .odb snapshot makes a study for the OpenROAD flow");
        assertEquals(64, s.getSnapshot().getSha256().length());
        assertEquals("Fix setup timing on the Nangate45 base case", s.getDescription());
        assertEquals(List.of("timing", "n45"), s.getTags());
        assertEquals("regression", s.getMetadata().get("purpose"));
        assertEquals("pd-team", s.getMetadata().get("owner"));
        assertEquals(List.of("timing_driven_placement"), s.getEcoBlacklist());
        assertEquals(4, s.getEcoWhitelist().size());
        assertEquals(Map.of("OMP_NUM_THREADS", "4", "NOODLE_CORNER", "ss"), Map.copyOf(s.getEnvironment().map()));
        assertEquals("/scripts", s.getMetadata().get("noodle2.custom_script_mounts./home/eda/scripts"));
        assertTrue(warningAt(r.report(), 18).text().startsWith("custom_script_mounts: trials run without containers"));
        assertEquals("https://hooks.example.com/noodle", s.getMetadata().get("noodle2.notification_webhook_url"));
        assertTrue(warningAt(r.report(), 20).text().contains("no notifications are sent"));
        assertEquals("study_complete, stage_abort", s.getMetadata().get("noodle2.notification_events"));

        assertEquals(3, s.getRails().getCatastrophicFailures());
        assertEquals(8.0, s.getRails().getMaxRuntimeHours());
        assertEquals(3600, s.getRails().getTrialTimeoutSeconds(), "rails.abort.timeout_seconds: gate 0 too");
        assertEquals(List.of("exploration", "refinement", "closure"), s.getStages().stream().map(Stage::getName).toList());
        Stage exploration = s.getStages().get(0);
        Stage refinement = s.getStages().get(1);
        Stage closure = s.getStages().get(2);
        assertEquals(ExecutionMode.STA_ONLY, exploration.getExecutionMode());
        assertEquals(10, exploration.getTrialBudget());
        assertEquals(3, exploration.getSurvivorCount());
        assertEquals(List.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL), exploration.getAllowedClasses());
        assertNull(exploration.getRails().getWnsThresholdPs(), "abort_threshold_wns_ps: null is no threshold");
        assertFalse(exploration.isVisualization());
        assertEquals(600, exploration.getRails().getTrialTimeoutSeconds());
        assertEquals(RankingPolicyKind.PURE_TOP_N, exploration.getRanking().getKind(), "pure_top_n by wns_ps");
        assertEquals(0.5, exploration.getRails().getFailureRate(), "rails.stage.failure_rate for every stage");
        assertEquals(-2000.0, refinement.getRails().getWnsThresholdPs());
        assertEquals(3600, refinement.getRails().getTrialTimeoutSeconds(), "rails.abort.timeout_seconds by default");
        assertEquals(RankingPolicyKind.DIVERSE_TOP_N, refinement.getRanking().getKind());
        assertTrue(warningAt(r.report(), 45).text().contains("ranking_metric: 'hot_ratio'"), r.report().messages().toString());
        assertEquals(-5000.0, closure.getRails().getWnsThresholdPs(), "rails.abort.wns_ps by default");
        assertEquals(ExecutionMode.FULL_ROUTE, closure.getExecutionMode());
        assertEquals(2, s.getDependencies().size(), "Noodle 2's stages run one after another");
        assertEquals(closure, s.getDependencies().get(1).getTo());

        assertEquals(List.of("buffer_insertion", "placement_density", "cell_resize", "gate_cloning",
                "timing_driven_placement"), s.getEcos().stream().map(EcoDefinition::getName).toList(),
                "Noodle 2's catalogue as the whitelist allows, and what the blacklist names (never used)");
        EcoDefinition resize = s.getEcos().get(2);
        assertEquals(EcoClass.PLACEMENT_LOCAL, resize.getEcoClass());
        assertEquals(List.of("size_multiplier", "max_paths"), resize.getParameters().stream().map(EcoParameter::getName)
                .toList());
        assertEquals(ParameterType.INT, resize.getParameters().get(1).getType());
        LegalityReport legality = LegalityReport.of(s);
        assertTrue(legality.isLegal(), legality.toText());
    }

    @Test
    void theSectionedFileOfNoodle2sDemoRunnerImportsWithEveryKey() throws Exception {
        Files.createDirectories(dir.resolve("designs/aes"));
        Files.writeString(dir.resolve("designs/aes/aes.v"), "module aes(); endmodule\n");
        StudyYamlImporter.Result r = StudyYamlImporter.importFile(TestStudies.sample("noodle2-sectioned.yaml", dir));
        Study s = r.study();
        assertTrue(s != null, r.report().messages().toString());
        assertTrue(r.report().warnings().stream().noneMatch(m -> m.text().contains("unknown key")),
                "no key dropped as unknown: " + r.report().messages());

        assertEquals("aes_closure", s.getName());
        assertEquals("Close timing on AES with Noodle 2's demo settings", s.getDescription());
        assertEquals("pd-team", s.getAuthor());
        assertEquals("1.2", s.getMetadata().get("version"));
        assertEquals(List.of("aes", "demo"), s.getTags());
        assertEquals("ASAP7", s.getPdk());
        assertEquals("aes_base", s.getBaseCaseName());
        assertEquals(dir.resolve("designs/aes").toString(), s.getSnapshot().getPath());
        assertEquals("-1200", s.getMetadata().get("noodle2.design.initial_metrics.wns_ps"));
        assertTrue(warningAt(r.report(), 13).text().startsWith("design.initial_metrics: gate 0 measures"));
        assertEquals(SafetyDomain.SANDBOX, s.getSafetyDomain());
        assertEquals("ray", s.getExecutor(), "use_ray: true");
        assertTrue(warningAt(r.report(), 20).text().contains("show the Ray dashboard"));
        assertEquals("8265", s.getMetadata().get("noodle2.execution.ray_dashboard_port"));
        assertEquals(4, s.getMaxConcurrentTrials());
        assertEquals(1800, s.getRails().getTrialTimeoutSeconds());

        assertEquals("0.02", s.getMetadata().get("noodle2.viability.min_improvement_threshold"));
        assertEquals("conservative", s.getMetadata().get("noodle2.viability.recovery_strategy"));
        assertEquals("5", s.getMetadata().get("noodle2.prior_learning.min_data_points"));
        assertEquals("/shared/noodle/priors.db", s.getMetadata().get("noodle2.prior_learning.cross_project_db"));
        assertEquals("25", s.getMetadata().get("noodle2.targets.wns_improvement_percent"));
        assertEquals("0.08", s.getMetadata().get("noodle2.targets.hot_ratio_target"));
        assertEquals("out/aes", s.getMetadata().get("noodle2.output.dir"));
        assertEquals("false", s.getMetadata().get("noodle2.output.keep_trial_artifacts"));
        assertEquals("0.65", s.getMetadata().get("noodle2.diagnosis.wire_delay_threshold"));

        assertEquals(List.of("stage_0", "stage_1", "stage_2", "stage_3"), s.getStages().stream().map(Stage::getName)
                .toList());
        assertEquals(List.of(ExecutionMode.STA_ONLY, ExecutionMode.STA_ONLY, ExecutionMode.STA_CONGESTION,
                ExecutionMode.STA_CONGESTION), s.getStages().stream().map(Stage::getExecutionMode).toList());
        assertEquals(List.of(12, 12, 8, 12), s.getStages().stream().map(Stage::getTrialBudget).toList());
        assertEquals(List.of(6, 4, 3, 2), s.getStages().stream().map(Stage::getSurvivorCount).toList(),
                "a funnel from 6 to 2, truncated, never below 2");
        assertEquals(List.of(true, true, true, false), s.getStages().stream().map(Stage::isVisualization).toList());
        Stage first = s.getStages().get(0);
        Stage third = s.getStages().get(2);
        assertEquals(900, first.getRails().getTrialTimeoutSeconds(), "stages.defaults.timeout_seconds");
        assertNull(first.getRails().getWnsThresholdPs(), "defaults: null overrides max_wns_degradation_ps");
        assertEquals(-3000.0, third.getRails().getWnsThresholdPs(), "the \"2+\" override");
        assertEquals(RankingPolicyKind.PARETO_FRONT, s.getStages().get(3).getRanking().getKind());
        assertEquals(1.0, first.getRails().getFailureRate(), "abort_on_stage_failure: a failure-rate rail of 1.0");
        assertEquals(150.0, first.getRanking().getRollbackThresholdPs());
        assertEquals(2, first.getRanking().getSuspiciousSkipAfterStage(), "prior_learning.filter_from_stage");
        assertEquals(0.1, first.getRanking().getExplorationRate());
        assertEquals(List.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL), first.getAllowedClasses(),
                "Noodle 2's default classes for stages 0 and 1");
        assertEquals(4, third.getAllowedClasses().size(), "all four later on, in the sandbox");
        assertEquals(3, s.getDependencies().size());

        assertEquals(List.of("buffer_insertion", "full_optimization", "cell_resize"), s.getEcos().stream()
                .map(EcoDefinition::getName).toList(), "enabled ECOs of every group, higher priority first");
        assertTrue(r.report().warnings().stream().anyMatch(m -> m.text().contains("vt_swap: enabled: false")),
                r.report().messages().toString());
        EcoParameter multiplier = s.getEcos().get(2).getParameters().get(0);
        assertEquals(ParameterType.CHOICE, multiplier.getType(), "a list of values is the variants to try");
        assertEquals(List.of("1.5", "2.0"), multiplier.getChoices());
        assertEquals("1.5", multiplier.getDefaultValue());
        assertEquals("BUF_X2", s.getEcos().get(0).getParameters().get(1).getDefaultValue());
        assertTrue(s.getEcos().get(1).getTags().containsAll(List.of("group:aggressive", "priority:2")));

        assertEquals(ObjectiveMode.WEIGHTED_SUM, s.getObjective().getMode());
        assertEquals(List.of("wns", "congestion"), s.getObjective().getMetricOrder());
        assertEquals(0.7, s.getObjective().getTimingWeight(), 1e-9, "wns_ps and tns_ps weigh as timing");
        assertEquals(0.3, s.getObjective().getCongestionWeight(), 1e-9);
        LegalityReport legality = LegalityReport.of(s);
        assertTrue(legality.isLegal(), legality.toText());
    }

    @Test
    void exportWritesNoodle2sFlatFileThatReadsBackToAnEqualStudy() throws Exception {
        Files.createDirectories(dir.resolve("designs/aes"));
        Files.writeString(dir.resolve("designs/aes/aes.v"), "module aes(); endmodule\n");
        Files.writeString(dir.resolve("designs/n45_base.odb"), "an OpenROAD database\n");
        for (String sample : List.of("noodle2-flat.yaml", "noodle2-sectioned.yaml")) {
            Study s = StudyYamlImporter.importFile(TestStudies.sample(sample, dir)).study();
            String yaml = StudyYamlExporter.toYaml(s);
            // what Noodle 2's loader indexes directly is there, at the top
            for (String key : List.of("name", "safety_domain", "base_case_name", "pdk", "snapshot_path", "stages")) {
                assertTrue(yaml.contains("\n" + key + ":") || yaml.startsWith(key + ":"), key + " in\n" + yaml);
            }
            assertTrue(java.util.regex.Pattern.compile("(?m)^\\s*- name: " + s.getStages().get(0).getName()
                    + "\n\\s+execution_mode: ").matcher(yaml).find(), "stages are a list, as Noodle 2 reads them:\n" + yaml);
            var back = StudyYamlImporter.importFrom(new StringReader(yaml), null);
            assertTrue(back.study() != null && !back.report().hasErrors(), back.report().messages().toString());
            assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(s, back.study()), sample
                    + " differs after export and import:\n" + yaml);
            assertEquals(yaml, StudyYamlExporter.toYaml(back.study()), "export is stable");

            String sectioned = StudyYamlExporter.toSectionedYaml(s);
            assertTrue(sectioned.startsWith("study:\n"), sectioned);
            assertTrue(sectioned.contains("\n  base_case_name: " + s.getBaseCaseName() + "\n"), sectioned);
            var again = StudyYamlImporter.importFrom(new StringReader(sectioned), null);
            assertTrue(again.study() != null && !again.report().hasErrors(), again.report().messages().toString());
            assertEquals(StudyYamlExporter.toYaml(s), StudyYamlExporter.toYaml(again.study()), sample
                    + " differs after a sectioned export and import (as flat files)");
            assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(s, again.study()), sample
                    + " differs after a sectioned export and import:\n" + sectioned);
            assertEquals(sectioned, StudyYamlExporter.toSectionedYaml(again.study()), "sectioned export is stable");
        }
    }

    @Test
    void theFilesOfTheOutsideTryImportAsTheyWere() throws Exception {
        StudyYamlImporter.Result flat = importText("""
                name: nangate45_fix
                safety_domain: guarded
                base_case_name: nangate45_base
                pdk: Nangate45
                snapshot_path: studies/nangate45_base
                rails:
                  abort: {wns_ps: -5000, timeout_seconds: 3600}
                stages:
                  - {name: s0, execution_mode: sta_only, trial_budget: 10, survivor_count: 3, timeout_seconds: 600}
                """);
        assertTrue(flat.study() != null, flat.report().messages().toString());
        StudyYamlImporter.Result sectioned = importText("""
                study: {name: aes_closure}
                design:
                  pdk: ASAP7
                  snapshot_path: designs/aes
                  base_case_name: aes_base
                stages: {count: 3, overrides: [{stages: "2+", execution_mode: sta_congestion}]}
                ecos: {base: {cell_resize: {enabled: true}}}
                """);
        assertTrue(sectioned.study() != null, sectioned.report().messages().toString());
        assertEquals(3, sectioned.study().getStages().size());
        assertEquals(List.of(25, 25, 25), sectioned.study().getStages().stream().map(Stage::getTrialBudget).toList(),
                "the budget Noodle 2 gives when the file gives none");
    }

    @Test
    void mistakesInNoodle2FilesAreLocatedErrors() throws Exception {
        Map<String, String> cases = Map.of(
                "name: x\nsafety_domain: guarded\nbase_case_name: b\npdk: p\nstages: []\n",
                "the study needs 'snapshot_path'",
                "study: {name: x}\ndesign: {pdk: p, base_case_name: b, snapshot_path: d}\nstages:\n  count: 2\n"
                        + "  overrides: [{stages: \"5+\", trial_budget: 3}]\n",
                "stages: 5 is not a stage of this study (0..1)",
                "study: {name: x}\ndesign: {pdk: p, base_case_name: b, snapshot_path: d}\nstages:\n"
                        + "  survivor_progression: {type: pyramid}\n",
                "survivor_progression.type = 'pyramid' is not one of fixed, funnel, custom",
                "study: {name: x}\ndesign: {pdk: p, base_case_name: b, snapshot_path: d}\necos:\n  base:\n"
                        + "    warp_drive: {enabled: true}\n",
                "'warp_drive' is not an ECO of Noodle 2's catalogue",
                "study: {name: x}\ndesign: {pdk: p, base_case_name: b, snapshot_path: d}\nstages:\n  - {name: a}\n",
                "stages must be a mapping",
                "name: x\nsafety_domain: guarded\nbase_case_name: b\npdk: p\nsnapshot_path: d\nenvironment: {\"A B\": 1}\n"
                        + "stages: []\n",
                "'A B' is not a variable name");
        for (var c : cases.entrySet()) {
            StudyYamlImporter.Result r = importText(c.getKey());
            assertNull(r.study(), c.getKey());
            String errors = r.report().errors().stream().map(m -> m.line() + ": " + m.text())
                    .collect(Collectors.joining("\n"));
            assertTrue(errors.contains(c.getValue()), c.getKey() + "\n-> " + errors);
            assertTrue(r.report().errors().stream().allMatch(m -> m.line() > 0), errors);
        }
    }
}
