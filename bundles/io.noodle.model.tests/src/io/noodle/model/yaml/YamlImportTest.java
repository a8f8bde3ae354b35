package io.noodle.model.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.DependencyKind;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.ParameterType;
import io.noodle.model.PriorConfidence;
import io.noodle.model.RankingPolicyKind;
import io.noodle.model.RollbackPolicy;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.StageType;
import io.noodle.model.Study;
import io.noodle.model.TestStudies;
import io.noodle.model.persistence.Snapshots;

class YamlImportTest {

    @TempDir
    Path dir;

    private static ImportReport importText(String yaml) throws Exception {
        return StudyYamlImporter.importFrom(new StringReader(yaml), null).report();
    }

    @Test
    void anExecutorWeDoNotHaveIsALocatedError() throws Exception {
        ImportReport r = importText("name: s\nbase_case: b\nexecutor: local+cloud\n");
        assertEquals(1, r.errors().size(), r.messages().toString());
        assertEquals(3, r.errors().get(0).line());
        assertTrue(r.errors().get(0).text().contains("'cloud' is not an executor: say local, ssh, ray"),
                r.errors().get(0).text());
    }

    @Test
    void mergeKeysSecondDocumentsAndDeepNestingAreLocatedErrorsNotSilentlyDropped() throws Exception {
        ImportReport merge = importText("defaults: &d {trial_budget: 3}\nname: s\nbase_case: b\nstages:\n"
                + "  - {<<: *d, name: a}\n");
        assertEquals(1, merge.errors().size(), merge.messages().toString());
        assertEquals(5, merge.errors().get(0).line());
        assertTrue(merge.errors().get(0).text().contains("merge key (<<) is not read here"), merge.messages().toString());

        ImportReport two = importText("name: s\nbase_case: b\n---\nname: t\nbase_case: c\n");
        assertEquals(1, two.errors().size(), two.messages().toString());
        assertEquals(4, two.errors().get(0).line()); // the first key of the second document
        assertTrue(two.errors().get(0).text().contains("a second YAML document starts here"), two.messages().toString());

        ImportReport deep = importText("name: s\nbase_case: b\ndescription: " + "[".repeat(40) + "]".repeat(40) + "\n"
                + "tags: " + "{a: ".repeat(70) + "x" + "}".repeat(70) + "\n");
        assertTrue(deep.errors().stream().anyMatch(m -> m.line() == 4 && m.text().contains("nest more than 64 levels")),
                deep.messages().toString());
    }

    @Test
    void aControlCharacterInAnUnknownKeyIsEscapedWhereItIsEchoed() throws Exception {
        ImportReport r = importText("name: s\nbase_case: b\n\"k\\u009b2J\\u202e\": 1\n");
        String shown = r.messages().get(0).format(Path.of("s.yaml"));
        assertTrue(shown.startsWith("s.yaml:3:"), shown);
        assertTrue(!shown.contains("\u009b") && !shown.contains("\u202e") && shown.contains("\\u009b"), shown);
    }

    @Test
    void flatFormatReadsEveryField() throws Exception {
        Study s = TestStudies.importSample("flat-full.yaml", dir);
        assertEquals("mac8_timing", s.getName());
        assertEquals("Close timing on the 8-bit MAC with resizing, buffering and re-placement", s.getDescription());
        assertEquals("pd-team", s.getAuthor());
        assertEquals(List.of("timing", "mac8"), s.getTags());
        assertEquals(SafetyDomain.SANDBOX, s.getSafetyDomain());
        assertEquals("mac8_base", s.getBaseCaseName());
        assertEquals("osu018", s.getPdk());
        assertEquals("local+ray", s.getExecutor(), "where it runs, normalized");
        assertEquals(dir.resolve("designs/mac8").toString(), s.getSnapshot().getPath());
        assertEquals(Snapshots.sha256(dir.resolve("designs/mac8")), s.getSnapshot().getSha256());
        assertEquals("verilog", s.getSnapshot().getFormat());
        assertEquals(6, s.getEcoWhitelist().size());
        assertEquals(List.of("global_replace"), s.getEcoBlacklist());
        assertEquals(ObjectiveMode.WEIGHTED_SUM, s.getObjective().getMode());
        assertEquals(0.7, s.getObjective().getTimingWeight());
        assertEquals(0.3, s.getObjective().getCongestionWeight());
        assertEquals(List.of("wns", "tns", "congestion"), s.getObjective().getMetricOrder());
        assertEquals(2, s.getRails().getCatastrophicFailures());
        assertEquals(1.5, s.getRails().getMaxRuntimeHours());

        assertEquals(7, s.getEcos().size());
        EcoDefinition resize = s.getEcos().get(0);
        assertEquals("2", resize.getVersion());
        assertEquals(List.of("sizing"), resize.getTags());
        assertEquals("Upsize cells on the worst paths", resize.getDescription());
        assertEquals(List.of("netlist_has_timing"), resize.getPreconditions());
        assertEquals(2, resize.getParameters().size());
        assertEquals("paths", resize.getParameters().get(0).getName());
        assertEquals(ParameterType.INT, resize.getParameters().get(0).getType());
        assertEquals("10", resize.getParameters().get(0).getDefaultValue());
        assertEquals(1.0, resize.getParameters().get(0).getMin());
        assertEquals(100.0, resize.getParameters().get(0).getMax());
        assertEquals("worst paths to resize", resize.getParameters().get(0).getDescription());
        assertEquals(ParameterType.BOOL, s.getEcos().get(1).getParameters().get(1).getType());
        assertEquals(List.of("3", "4", "5"), s.getEcos().get(3).getParameters().get(0).getChoices());
        EcoDefinition compound = s.getEcos().get(6);
        assertTrue(compound.isCompound());
        assertEquals(List.of("resize_worst", "buffer_fanout"), compound.getParts().stream().map(EcoDefinition::getName).toList());
        assertEquals(RollbackPolicy.FAILED_PART, compound.getRollbackPolicy());
        assertEquals(EcoClass.PLACEMENT_LOCAL, compound.getEffectiveClass(), "largest class of its parts");

        assertEquals(4, s.getStages().size());
        Stage resizeStage = s.getStages().get(0);
        assertEquals(StageType.EXECUTION, resizeStage.getType());
        assertEquals(ExecutionMode.STA_ONLY, resizeStage.getExecutionMode());
        assertEquals(6, resizeStage.getTrialBudget());
        assertEquals(3, resizeStage.getSurvivorCount());
        assertEquals(List.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL), resizeStage.getAllowedClasses());
        assertEquals(List.of("resize_worst", "resize_then_buffer"), resizeStage.getEcoNames());
        assertEquals(RankingPolicyKind.WNS_DELTA, resizeStage.getRanking().getKind());
        assertEquals(200.0, resizeStage.getRanking().getRollbackThresholdPs());
        assertEquals(1, resizeStage.getRanking().getSuspiciousSkipAfterStage());
        assertEquals(0.1, resizeStage.getRanking().getExplorationRate());
        assertEquals(-5000.0, resizeStage.getRails().getWnsThresholdPs());
        assertEquals(300, resizeStage.getRails().getTrialTimeoutSeconds());
        assertEquals(120, resizeStage.getRails().getSoftTimeoutSeconds());
        assertEquals(0.5, resizeStage.getRails().getFailureRate());
        assertEquals(0.4, resizeStage.getRails().getCatastrophicRate());
        assertFalse(resizeStage.isVisualization());
        Stage place = s.getStages().get(1);
        assertTrue(place.isVisualization());
        assertEquals(RankingPolicyKind.MULTI_OBJECTIVE, place.getRanking().getKind());
        assertEquals(0.5, place.getRanking().getTimingWeight());
        Stage route = s.getStages().get(2);
        assertEquals(0.4, route.getRanking().getMinDiversity());
        assertEquals(1, route.getRanking().getRandomSurvivors());
        assertTrue(route.getRanking().isAlwaysKeepBest());
        Stage resynth = s.getStages().get(3);
        assertEquals(List.of("place", "route"), resynth.getInputs().stream().map(Stage::getName).toList());
        assertEquals(RankingPolicyKind.PARETO_FRONT, resynth.getRanking().getKind());
        assertEquals(4, s.getDependencies().size());
        assertEquals(DependencyKind.BRANCHING, s.getDependencies().get(0).getKind());
        assertEquals(DependencyKind.CONVERGENCE, s.getDependencies().get(3).getKind());

        assertEquals(2, s.getPriors().size());
        assertEquals(PriorConfidence.TRUSTED, s.getPriors().get(0).getConfidence());
        assertEquals(PriorConfidence.SUSPICIOUS, s.getPriors().get(1).getConfidence());
        assertEquals(35.5, s.getPriors().get(0).getMeanDeltaWnsPs());
    }

    @Test
    void demoFormatExpandsCountDefaultsOverridesAndTheSurvivorFunnel() throws Exception {
        Study s = TestStudies.importSample("demo-full.yaml", dir);
        assertEquals("fir_demo", s.getName());
        assertEquals("FIR filter timing closure demo", s.getDescription());
        assertEquals("demo", s.getAuthor());
        assertEquals(List.of("demo", "fir"), s.getTags());
        assertEquals("fir_base", s.getBaseCaseName());
        assertEquals("osu018", s.getPdk());
        assertEquals("ssh", s.getExecutor());
        assertEquals(dir.resolve("designs/fir").toString(), s.getSnapshot().getPath());
        assertNotNull(s.getSnapshot().getSha256());
        assertEquals("verilog", s.getSnapshot().getFormat());
        assertEquals(SafetyDomain.GUARDED, s.getSafetyDomain());
        assertEquals(List.of("resynth"), s.getEcoBlacklist());
        assertEquals(0.5, s.getRails().getMaxRuntimeHours());
        assertEquals(4, s.getRails().getCatastrophicFailures());
        assertEquals(ObjectiveMode.LEXICOGRAPHIC, s.getObjective().getMode());
        assertEquals(0.8, s.getObjective().getTimingWeight());
        assertEquals(List.of("wns", "congestion"), s.getObjective().getMetricOrder());
        assertEquals(1, s.getPriors().size());

        assertEquals(List.of("stage_0", "buffer", "reroute"), s.getStages().stream().map(Stage::getName).toList());
        assertEquals(List.of(3, 2, 1), s.getStages().stream().map(Stage::getSurvivorCount).toList());
        assertEquals(List.of(4, 4, 2), s.getStages().stream().map(Stage::getTrialBudget).toList());
        Stage first = s.getStages().get(0);
        assertEquals(ExecutionMode.STA_ONLY, first.getExecutionMode(), "execution.execution_mode default");
        assertEquals(240, first.getRails().getTrialTimeoutSeconds());
        assertEquals(60, first.getRails().getSoftTimeoutSeconds());
        assertEquals(-8000.0, first.getRails().getWnsThresholdPs());
        assertEquals(0.6, first.getRails().getFailureRate());
        assertEquals(0.3, first.getRails().getCatastrophicRate());
        assertEquals(1, first.getRanking().getSuspiciousSkipAfterStage());
        assertEquals(0.2, first.getRanking().getExplorationRate());
        assertEquals(RankingPolicyKind.PURE_TOP_N, first.getRanking().getKind());
        assertTrue(first.isVisualization(), "output.visualization");
        assertEquals(List.of("upsize"), first.getEcoNames());
        Stage buffer = s.getStages().get(1);
        assertEquals(ExecutionMode.STA_CONGESTION, buffer.getExecutionMode());
        assertEquals(List.of("buffer"), buffer.getEcoNames());
        Stage reroute = s.getStages().get(2);
        assertEquals(List.of(EcoClass.ROUTING_AFFECTING), reroute.getAllowedClasses());
        assertEquals(List.of("buffer"), reroute.getInputs().stream().map(Stage::getName).toList(), "sequential by default");
        assertEquals(2, s.getDependencies().size());
    }

    @Test
    void unknownKeysAreWarningsWithTheirLine() throws Exception {
        var r = StudyYamlImporter.importFrom(new StringReader("""
                name: s
                base_case: b
                colour: blue
                stages:
                  - name: a
                    budget: 3
                """), null);
        assertNotNull(r.study(), "warnings do not stop the import");
        List<String> w = r.report().warnings().stream().map(m -> m.line() + ": " + m.text()).toList();
        assertEquals(List.of("3: unknown key 'colour' ignored", "6: unknown key 'stages[0].budget' ignored"), w);
    }

    @Test
    void malformedYamlIsAnErrorWithItsLine() throws Exception {
        ImportReport r = importText("name: s\nstages:\n  - name: a\n   bad: [1, 2\n");
        assertTrue(r.hasErrors());
        ImportReport.Message m = r.errors().get(0);
        assertTrue(m.text().startsWith("malformed YAML"), m.text());
        assertTrue(m.line() >= 3 && m.line() <= 5, "line " + m.line());
        assertTrue(m.format(Path.of("x.yaml")).startsWith("x.yaml:" + m.line() + ":"), m.format(Path.of("x.yaml")));
    }

    @Test
    void wrongTypesUnknownValuesAndDanglingNamesAreLocatedErrors() throws Exception {
        var r = StudyYamlImporter.importFrom(new StringReader("""
                name: s
                base_case: b
                safety_domain: paranoid
                stages:
                  - name: a
                    trial_budget: many
                  - name: b
                    depends_on: [zzz]
                ecos:
                  - {name: e, parts: [nope]}
                """), null);
        assertNull(r.study());
        List<String> e = r.report().errors().stream().map(m -> m.line() + ": " + m.text()).toList();
        assertEquals(List.of("3: safety_domain = 'paranoid' is not one of sandbox, guarded, locked",
                "6: stages[0].trial_budget must be an integer, not 'many'",
                "8: stage 'b' depends on unknown stage 'zzz' (stages: a, b)",
                "10: compound ECO 'e' has unknown part 'nope'"), e);
    }

    @Test
    void missingNameIsAnError() throws Exception {
        ImportReport r = importText("base_case: b\n");
        assertEquals("the study needs 'name'", r.errors().get(0).text());
    }

    @Test
    void exportWritesTheFlatFormatAndReadsBackToTheSameStudy() throws Exception {
        for (String sample : List.of("flat-full.yaml", "demo-full.yaml")) {
            Study s = TestStudies.importSample(sample, dir.resolve(sample + ".d"));
            String yaml = StudyYamlExporter.toYaml(s);
            assertTrue(yaml.startsWith("name: " + s.getName() + "\n"), yaml);
            var back = StudyYamlImporter.importFrom(new StringReader(yaml), null);
            assertTrue(back.report().messages().isEmpty(), back.report().messages().toString());
            assertTrue(EcoreUtil.equals(s, back.study()), sample + " differs after export and import:\n" + yaml);
            assertEquals(yaml, StudyYamlExporter.toYaml(back.study()), "export is stable");
        }
    }
}
