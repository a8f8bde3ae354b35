package io.noodle.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.Case;
import io.noodle.model.DesignSnapshot;
import io.noodle.model.EcoApplication;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.NoodleFactory;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.ParameterValue;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.TestStudies;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.validation.StudyValidator.Rule;

/** Every rule with a study that breaks it and the same study mended. */
class StudyValidatorTest {

    private static final NoodleFactory F = NoodleFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static List<Diagnostic> problems(Study s) {
        return StudyValidation.problems(StudyValidation.validate(s));
    }

    private static List<Diagnostic> errors(Study s) {
        return problems(s).stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
    }

    /** Asserts the broken study fails with exactly this rule (message containing the text), and the mended one passes. */
    private static Diagnostic assertRule(Rule rule, String text, Consumer<Study> breakIt, Consumer<Study> mendIt) {
        Study s = TestStudies.diamond();
        assertEquals(List.of(), errors(s), "the diamond study is legal");
        breakIt.accept(s);
        List<Diagnostic> errs = errors(s);
        List<Diagnostic> matching = errs.stream().filter(d -> d.getCode() == rule.ordinal()
                && StudyValidator.SOURCE.equals(d.getSource())).toList();
        assertEquals(1, matching.size(), rule + " expected once, got " + errs.stream().map(Diagnostic::getMessage).toList());
        Diagnostic d = matching.get(0);
        assertTrue(d.getMessage().contains(text), d.getMessage());
        assertTrue(d.getMessage().contains("Fix"), "every message says how to fix it: " + d.getMessage());
        assertEquals(2, d.getData().size(), "data names the object and the feature");
        mendIt.accept(s);
        assertEquals(List.of(), errors(s).stream().map(Diagnostic::getMessage).toList(), "mended study is legal");
        return d;
    }

    @Test
    void moreStageDependenciesThanTheLimitAreRefusedAndTheInputsMapMatchesEachStagesInputs() {
        assertRule(Rule.TOO_LARGE, "stage dependencies, more than the 10000", s -> {
            Stage a = s.getStages().get(0);
            Stage last = s.getStages().get(s.getStages().size() - 1);
            for (int i = 0; i <= StudyLimits.MAX_DEPENDENCIES; i++) {
                io.noodle.model.StageDependency d = F.createStageDependency();
                d.setFrom(a);
                d.setTo(last);
                s.getDependencies().add(d);
            }
        }, s -> s.getDependencies().subList(4, s.getDependencies().size()).clear());
        Study s = TestStudies.diamond();
        var inputs = io.noodle.model.derived.StageGraph.inputs(s);
        for (Stage st : s.getStages()) {
            assertEquals(st.getInputs(), inputs.get(st), st.getName());
        }
    }

    @Test
    void studyRailsStayInTheirRanges() {
        Diagnostic d = assertRule(Rule.RAIL_VALUE, "trial timeout is 0 s", s -> {
            s.setRails(F.createStudyRails());
            s.getRails().setTrialTimeoutSeconds(0);
        }, s -> s.getRails().setTrialTimeoutSeconds(60));
        assertSame(Literals.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS, d.getData().get(1));
        assertRule(Rule.RAIL_VALUE, "run time limit is -1.0 h", s -> {
            s.setRails(F.createStudyRails());
            s.getRails().setMaxRuntimeHours(-1);
        }, s -> s.getRails().setMaxRuntimeHours(0));
    }

    @Test
    void anObjectiveThatCannotTellCasesApartIsWarnedAbout() {
        Study s = TestStudies.diamond();
        s.setObjective(F.createObjective());
        s.getObjective().setTimingWeight(0);
        s.getObjective().setCongestionWeight(0);
        List<Diagnostic> w = problems(s).stream().filter(x -> x.getCode() == Rule.OBJECTIVE_WEIGHTS.ordinal()).toList();
        assertEquals(1, w.size(), problems(s).toString());
        assertEquals(Diagnostic.WARNING, w.get(0).getSeverity());
        assertSame(Literals.OBJECTIVE__TIMING_WEIGHT, w.get(0).getData().get(1));
        s.getObjective().setMode(io.noodle.model.ObjectiveMode.LEXICOGRAPHIC);
        s.getObjective().getMetricOrder().addAll(List.of("wns", "tns"));
        List<Diagnostic> m = problems(s).stream().filter(x -> x.getCode() == Rule.OBJECTIVE_METRIC.ordinal()).toList();
        assertEquals(1, m.size(), problems(s).toString());
        assertTrue(m.get(0).getMessage().contains("'tns'") && m.get(0).getMessage().contains("Fix: use wns or congestion"),
                m.get(0).getMessage());
        s.getObjective().getMetricOrder().set(1, "congestion");
        assertEquals(List.of(), problems(s).stream().filter(x -> x.getCode() == Rule.OBJECTIVE_METRIC.ordinal()
                || x.getCode() == Rule.OBJECTIVE_WEIGHTS.ordinal()).toList(), "mended");
    }

    @Test
    void stageGraphMustBeAcyclic() {
        Diagnostic d = assertRule(Rule.STAGE_CYCLE, "cycle a -> b -> d -> a",
                s -> TestStudies.depend(s, "d", "a"), s -> s.getDependencies().remove(4));
        assertSame(Literals.STUDY__DEPENDENCIES, d.getData().get(1));
    }

    @Test
    void aStageMayNotDependOnItself() {
        assertRule(Rule.STAGE_CYCLE, "cycle b -> b", s -> TestStudies.depend(s, "b", "b"),
                s -> s.getDependencies().remove(4));
    }

    @Test
    void dependenciesMustPointAtStagesOfTheStudy() {
        Stage stranger = F.createStage();
        stranger.setName("stranger");
        assertRule(Rule.UNRESOLVED_REFERENCE, "not in the study",
                s -> s.getDependencies().get(0).setTo(stranger), s -> s.getDependencies().get(0).setTo(s.findStage("b")));
    }

    @Test
    void survivorsMayNotExceedTheBudget() {
        Diagnostic d = assertRule(Rule.SURVIVORS_EXCEED_BUDGET, "5 survivors exceed the trial budget of 4",
                s -> s.getStages().get(1).setSurvivorCount(5), s -> s.getStages().get(1).setSurvivorCount(4));
        assertEquals("b", ((Stage) d.getData().get(0)).getName());
        assertSame(Literals.STAGE__SURVIVOR_COUNT, d.getData().get(1));
    }

    @Test
    void theBudgetMustBePositive() {
        assertRule(Rule.BUDGET_NOT_POSITIVE, "a budget of 0 trials", s -> {
            s.getStages().get(0).setTrialBudget(0);
            s.getStages().get(0).setSurvivorCount(0);
        }, s -> s.getStages().get(0).setTrialBudget(1));
    }

    @Test
    void anEcoMayNotBeWhiteAndBlacklisted() {
        assertRule(Rule.ECO_IN_BOTH_LISTS, "'resize' is both whitelisted and blacklisted", s -> {
            s.getEcoWhitelist().add("resize");
            s.getEcoBlacklist().add("resize");
        }, s -> s.getEcoBlacklist().clear());
    }

    @Test
    void stageClassesMustBeAllowedByTheSafetyDomain() {
        assertRule(Rule.CLASS_NOT_ALLOWED_BY_DOMAIN, "class global_disruptive is not allowed in the guarded safety domain",
                s -> s.getStages().get(2).getAllowedClasses().add(EcoClass.GLOBAL_DISRUPTIVE),
                s -> s.setSafetyDomain(SafetyDomain.SANDBOX));
    }

    @Test
    void stageEcosMustBeAllowedByTheDomain() {
        assertRule(Rule.CLASS_NOT_ALLOWED_BY_DOMAIN, "ECO 'resize' is routing_affecting",
                s -> {
                    s.setSafetyDomain(SafetyDomain.LOCKED);
                    s.getEcos().get(0).setEcoClass(EcoClass.ROUTING_AFFECTING);
                    s.getStages().forEach(st -> st.getEcoNames().clear());
                    s.getStages().get(0).getEcoNames().add("resize");
                    s.getStages().get(0).getAllowedClasses().clear();
                }, s -> s.setSafetyDomain(SafetyDomain.GUARDED));
    }

    @Test
    void stageEcosMustBeAllowedByTheStage() {
        assertRule(Rule.ECO_CLASS_NOT_ALLOWED_BY_STAGE, "which the stage does not allow",
                s -> {
                    s.getEcos().get(0).setEcoClass(EcoClass.PLACEMENT_LOCAL);
                    s.getStages().forEach(st -> st.getAllowedClasses().add(EcoClass.PLACEMENT_LOCAL));
                    s.getStages().get(3).getAllowedClasses().remove(EcoClass.PLACEMENT_LOCAL);
                }, s -> s.getStages().get(3).getAllowedClasses().add(EcoClass.PLACEMENT_LOCAL));
    }

    @Test
    void compoundEcosTakeTheLargestClassOfTheirParts() {
        assertRule(Rule.CLASS_NOT_ALLOWED_BY_DOMAIN, "ECO 'both' is global_disruptive", s -> {
            EcoDefinition big = F.createEcoDefinition();
            big.setName("big");
            big.setEcoClass(EcoClass.GLOBAL_DISRUPTIVE);
            EcoDefinition both = F.createEcoDefinition();
            both.setName("both");
            both.getParts().add(s.getEcos().get(0));
            both.getParts().add(big);
            s.getEcos().add(big);
            s.getEcos().add(both);
            s.getStages().get(0).getEcoNames().add("both");
        }, s -> s.getStages().get(0).getEcoNames().remove("both"));
    }

    @Test
    void blacklistedEcosMayNotBeUsedByStages() {
        assertRule(Rule.ECO_NOT_ALLOWED_BY_LISTS, "Stage 'a' (ecoNames): ECO 'resize' is blacklisted", s -> {
            s.getEcoBlacklist().add("resize");
            s.getStages().subList(1, 4).forEach(st -> st.getEcoNames().clear());
        }, s -> s.getEcoBlacklist().clear());
        assertRule(Rule.ECO_NOT_ALLOWED_BY_LISTS, "is not whitelisted", s -> {
            EcoDefinition other = F.createEcoDefinition();
            other.setName("other");
            s.getEcos().add(other);
            s.getEcoWhitelist().add("other");
            s.getStages().subList(1, 4).forEach(st -> st.getEcoNames().clear());
        }, s -> s.getEcoWhitelist().add("resize"));
    }

    @Test
    void unknownEcosAreReported() {
        assertRule(Rule.UNKNOWN_ECO, "unknown ECO 'teleport'", s -> s.getStages().get(1).getEcoNames().add("teleport"),
                s -> s.getStages().get(1).getEcoNames().remove("teleport"));
        assertRule(Rule.UNKNOWN_ECO, "unknown ECO 'nope'", s -> s.getEcoWhitelist().add("nope"),
                s -> s.getEcoWhitelist().clear());
    }

    @Test
    void parameterValuesMustBeInRangeAndOfTheirType() {
        assertRule(Rule.PARAMETER_OUT_OF_RANGE, "out of range: 12 is not from 1 to 10", s -> apply(s, "paths", "12"),
                s -> s.getCases().get(0).getApplied().get(0).getArguments().get(0).setValue("10"));
        assertRule(Rule.PARAMETER_BAD_VALUE, "'ten' is not an integer", s -> apply(s, "paths", "ten"),
                s -> s.getCases().get(0).getApplied().get(0).getArguments().get(0).setValue("1"));
        assertRule(Rule.UNKNOWN_PARAMETER, "has no parameter 'depth'", s -> apply(s, "depth", "1"),
                s -> s.getCases().get(0).getApplied().get(0).getArguments().get(0).setName("paths"));
        assertRule(Rule.PARAMETER_OUT_OF_RANGE, "(defaultValue): out of range",
                s -> s.getEcos().get(0).getParameters().get(0).setDefaultValue("0"),
                s -> s.getEcos().get(0).getParameters().get(0).setDefaultValue("1"));
    }

    private static void apply(Study s, String param, String value) {
        Case base = F.createCase();
        base.setName("d_base");
        Case c = F.createCase();
        c.setName("d_base_0_0");
        c.getParents().add(base);
        EcoApplication a = F.createEcoApplication();
        a.setEcoName("resize");
        ParameterValue v = F.createParameterValue();
        v.setName(param);
        v.setValue(value);
        a.getArguments().add(v);
        c.getApplied().add(a);
        s.getCases().add(c);
        s.getCases().add(base);
    }

    @Test
    void snapshotMustExistAndMatchItsHash() throws Exception {
        Path design = Files.createDirectories(dir.resolve("design"));
        Files.writeString(design.resolve("top.v"), "module top(); endmodule\n");
        String hash = Snapshots.sha256(design);
        Study s = TestStudies.diamond();
        DesignSnapshot snap = F.createDesignSnapshot();
        snap.setPath("design");
        snap.setSha256(hash);
        s.setSnapshot(snap);
        StudyStore.save(s, dir); // relative snapshot paths resolve against the study folder
        assertEquals(List.of(), errors(s));

        Files.writeString(design.resolve("top.v"), "module top(input a); endmodule\n");
        List<Diagnostic> errs = errors(s);
        assertEquals(Rule.SNAPSHOT_CHANGED.ordinal(), errs.get(0).getCode(), errs.toString());
        assertTrue(errs.get(0).getMessage().contains("changed since the study was made"), errs.get(0).getMessage());

        snap.setPath("gone");
        errs = errors(s);
        assertEquals(Rule.SNAPSHOT_MISSING.ordinal(), errs.get(0).getCode());
        assertTrue(errs.get(0).getMessage().contains(dir.resolve("gone") + " does not exist"), errs.get(0).getMessage());

        snap.setPath("design");
        snap.setSha256(null);
        List<Diagnostic> all = problems(s);
        assertEquals(1, all.size());
        assertEquals(Diagnostic.WARNING, all.get(0).getSeverity(), "no hash is a warning");
    }

    @Test
    void namesMustBeUniqueAndSafe() {
        assertRule(Rule.DUPLICATE_NAME, "Duplicate stage name 'a'", s -> s.getStages().get(3).setName("a"),
                s -> s.getStages().get(3).setName("d"));
        assertRule(Rule.UNSAFE_NAME, "names may hold letters, digits", s -> s.getStages().get(0).setName("a; rm -rf /"),
                s -> s.getStages().get(0).setName("a"));
    }

    @Test
    void compoundEcosMayNotContainThemselves() {
        assertRule(Rule.COMPOUND_CYCLE, "contains itself through its parts", s -> {
            EcoDefinition loop = F.createEcoDefinition();
            loop.setName("loop");
            loop.getParts().add(loop);
            s.getEcos().add(loop);
        }, s -> s.getEcos().get(1).getParts().clear());
    }

    @Test
    void caseNamesFollowTheBaseStageIndexScheme() {
        assertRule(Rule.BAD_CASE_NAME, "is neither the base case", s -> TestStudies.addCase(s, "random", null, 0),
                s -> s.getCases().get(0).setName("d_base_1_0"));
        assertRule(Rule.BAD_CASE_NAME, "stage index 9 does not exist", s -> TestStudies.addCase(s, "d_base_9_0", null, 0),
                s -> s.getCases().get(0).setName("d_base_3_0"));
    }

    @Test
    void sandboxWarnsAboutGlobalDisruptiveEcos() {
        Study s = TestStudies.diamond();
        s.setSafetyDomain(SafetyDomain.SANDBOX);
        s.getEcos().get(0).setEcoClass(EcoClass.GLOBAL_DISRUPTIVE);
        s.getStages().forEach(st -> st.getAllowedClasses().add(EcoClass.GLOBAL_DISRUPTIVE));
        List<Diagnostic> all = problems(s);
        assertEquals(1, all.size(), all.toString());
        assertEquals(Diagnostic.WARNING, all.get(0).getSeverity());
        assertEquals(Rule.SANDBOX_GLOBAL_DISRUPTIVE.ordinal(), all.get(0).getCode());
    }

    @Test
    void legalityReportSaysWhenABudgetExceedsTheDistinctTrials() {
        Study s = TestStudies.diamond();
        String text = LegalityReport.of(s).toText();
        assertFalse(text.contains("distinct trials"), "resize has 10 argument sets: room for the budget of 4\n" + text);
        s.getEcos().get(0).getParameters().clear(); // resize named without parameters: one argument set
        LegalityReport r = LegalityReport.of(s);
        assertTrue(r.isLegal(), "fewer trials is no error");
        text = r.toText();
        assertTrue(text.contains("Stage 0 'a'\n  allowed classes: topology_neutral\n  ECOs: resize (topology_neutral)\n"
                + "  trial timeout: 14400 s (4 h) (Noodle's default)\n  distinct trials: at most 1 (parents x ECOs and "
                + "their parameter variants); the budget of 4 is more, so at most 1 run, none twice\n"), text);
        assertTrue(text.contains("  distinct trials: at most 2 (parents x ECOs"), "b: a's 2 survivors x 1\n" + text);
        assertTrue(r.toJson().contains("\"distinct_trials_at_most\" : 1"), r.toJson());
    }

    @Test
    void legalityReportListsEachStageItsClassesAndViolations() {
        Study s = TestStudies.diamond();
        s.getStages().get(1).setSurvivorCount(9);
        s.getStages().get(2).getAllowedClasses().add(EcoClass.GLOBAL_DISRUPTIVE);
        LegalityReport r = LegalityReport.of(s);
        assertFalse(r.isLegal());
        assertEquals(2, r.errorCount());
        String text = r.toText();
        assertTrue(text.startsWith("Run legality report for study 'diamond'\nSafety domain guarded: allows "
                + "topology_neutral, placement_local, routing_affecting\nGate 0 trial timeout: 14400 s (4 h) (Noodle's "
                + "default)\n"), text);
        assertTrue(text.contains("Stage 0 'a'\n  allowed classes: topology_neutral\n  ECOs: resize (topology_neutral)\n"
                + "  trial timeout: 14400 s (4 h) (Noodle's default)\n  violations: none\n"), text);
        assertTrue(text.contains("Stage 1 'b'\n  allowed classes: topology_neutral\n  ECOs: resize (topology_neutral)\n"
                + "  trial timeout: 14400 s (4 h) (Noodle's default)\n  ERROR: Stage 'b' (survivorCount): 9 survivors exceed the trial budget of 4."), text);
        assertTrue(text.contains("Stage 2 'c'\n  allowed classes: topology_neutral\n"), "global_disruptive is not effective: " + text);
        assertTrue(text.endsWith("ILLEGAL: no compute will run (2 error(s), 0 warning(s))\n"), text);
        String json = r.toJson();
        assertTrue(json.contains("\"legal\" : false"), json);
        assertTrue(json.contains("\"rule\" : \"survivors_exceed_budget\""), json);
        assertTrue(json.contains("\"rule\" : \"class_not_allowed_by_domain\""), json);
        assertTrue(LegalityReport.of(TestStudies.diamond()).isLegal());
    }

    @Test
    void theFullSampleStudyIsLegal() throws Exception {
        Study s = TestStudies.importSample("flat-full.yaml", dir);
        List<Diagnostic> all = problems(s);
        assertEquals(List.of(), all.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
        assertEquals(1, all.size(), "only the sandbox warning: " + all);
    }
}
