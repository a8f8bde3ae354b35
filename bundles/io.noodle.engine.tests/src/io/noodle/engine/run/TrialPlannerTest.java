package io.noodle.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.noodle.engine.run.TrialPlanner.PlannedTrial;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ParameterType;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.results.CaseRecord;

/** The planner alone: no process, no file, no clock. */
class TrialPlannerTest {

    private static CaseRecord parent(String name, String design) {
        return new CaseRecord(name, 0, 0, List.of(), "good", Map.of(), "succeeded", null, null, null, List.of(), design,
                List.of("good"), 0);
    }

    @Test
    void trialsRotateParentsAndEcosAndSweepParametersOnRepeats() throws Exception {
        Study s = EngineFixture.study("plan", """
                stages:
                  - {name: a, trial_budget: 5, survivor_count: 1, ecos: [good, better], trial_timeout_seconds: 77,
                     trial_memory_mb: 512}
                """);
        s.getEcos().forEach(e -> e.getParameters().clear()); // the planner's own sweep, nothing from the fixture
        EcoParameter paths = NoodleFactory.eINSTANCE.createEcoParameter();
        paths.setName("paths");
        paths.setType(ParameterType.INT);
        paths.setDefaultValue("5");
        paths.setMin(1.0);
        paths.setMax(9.0);
        io.noodle.model.derived.Ecos.find(s, "good").getParameters().add(paths);
        Stage a = s.getStages().get(0);
        List<EcoDefinition> ecos = List.of(io.noodle.model.derived.Ecos.find(s, "good"),
                io.noodle.model.derived.Ecos.find(s, "better"));
        List<CaseRecord> parents = List.of(parent("plan_base_9_0", "/d/p0"), parent("plan_base_9_1", "/d/p1"));
        List<PlannedTrial> plan = TrialPlanner.plan(s, a, parents, ecos);
        assertEquals(List.of("plan_base_0_0", "plan_base_0_1", "plan_base_0_2", "plan_base_0_3", "plan_base_0_4"),
                plan.stream().map(PlannedTrial::caseName).toList());
        assertEquals(List.of("plan_base_9_0", "plan_base_9_1", "plan_base_9_0", "plan_base_9_1", "plan_base_9_0"),
                plan.stream().map(PlannedTrial::parent).toList());
        // every (parent, ECO) pair once before any twice: 'better' has nothing to vary, so it never runs twice on
        // a parent (the old rotation ran it on plan_base_9_1 in trials 1 and 3: the same trial twice)
        assertEquals(List.of("good", "better", "better", "good", "good"), plan.stream().map(PlannedTrial::ecoName).toList());
        assertEquals("5", plan.get(0).arguments().get("paths"));
        assertEquals(List.of("good", "good"), plan.get(0).ecoPath());
        assertEquals("/d/p1", plan.get(1).parentDesign());
        assertEquals(77, plan.get(3).timeoutSeconds());
        assertEquals(512, plan.get(3).memoryMb());
        assertEquals("5", plan.get(3).arguments().get("paths"), "good on the other parent: its defaults");
        String second = plan.get(4).arguments().get("paths");
        assertEquals(false, second.equals("5"), "good again on plan_base_9_0: the next point of its sweep, " + second);
        assertEquals(plan, TrialPlanner.plan(s, a, parents, ecos), "the same inputs give the same plan");
        assertEquals(List.of(), TrialPlanner.plan(s, a, List.of(), ecos), "no parent, nothing to plan");
    }

    @Test
    void noTrialIsPlannedTwiceAndABudgetBeyondTheDistinctTrialsRunsFewer() throws Exception {
        Study s = EngineFixture.study("dup", """
                stages:
                  - {name: a, trial_budget: 20, survivor_count: 1, ecos: [good, better]}
                """);
        s.getEcos().forEach(e -> e.getParameters().clear()); // ECOs named without parameters
        EcoDefinition good = io.noodle.model.derived.Ecos.find(s, "good");
        EcoDefinition better = io.noodle.model.derived.Ecos.find(s, "better");
        Stage a = s.getStages().get(0);
        List<CaseRecord> base = List.of(parent("dup_base", "/d/base"));

        // ECOs named without parameters: one trial each, however large the budget
        List<PlannedTrial> plan = TrialPlanner.plan(s, a, base, List.of(good, better));
        assertEquals(List.of("good", "better"), plan.stream().map(PlannedTrial::ecoName).toList());
        assertEquals("stage 'a': its budget of 20 trials exceeds the 2 distinct ones (1 parent(s) x 2 ECO(s) and their "
                + "parameter variants); 2 run, none twice", TrialPlanner.distinctLimit(a, 1, 2, plan.size()));

        // two parameters with 2 and 5 values besides the default: 1 + 2 + 5 distinct trials, all of them
        good.getParameters().add(choice("mode", "x", "x", "y", "z"));
        good.getParameters().add(choice("cell", "c0", "c0", "c1", "c2", "c3", "c4", "c5"));
        plan = TrialPlanner.plan(s, a, base, List.of(good));
        assertEquals(8, plan.size(), plan.stream().map(PlannedTrial::arguments).toList().toString());
        assertEquals(8, plan.stream().map(PlannedTrial::arguments).distinct().count(), "none twice");
        assertEquals(List.of("dup_base_0_0", "dup_base_0_7"), List.of(plan.get(0).caseName(), plan.get(7).caseName()),
                "names stay contiguous");

        // a budget within the distinct trials: exactly the budget, and no message
        a.setTrialBudget(5);
        assertEquals(5, TrialPlanner.plan(s, a, base, List.of(good)).size());
        assertEquals(null, TrialPlanner.distinctLimit(a, 1, 1, 5));
    }

    private static EcoParameter choice(String name, String dflt, String... choices) {
        EcoParameter p = NoodleFactory.eINSTANCE.createEcoParameter();
        p.setName(name);
        p.setType(ParameterType.CHOICE);
        p.setDefaultValue(dflt);
        p.getChoices().addAll(List.of(choices));
        return p;
    }

    @Test
    void gateZeroRunsTheBaseCaseWithTheStudysTimeout() throws Exception {
        Study s = EngineFixture.study("g0", "rails: {trial_timeout_seconds: 33}\nstages:\n  - {name: a, ecos: [good]}\n");
        PlannedTrial g = TrialPlanner.gateZero(s, "/snap");
        assertEquals("g0_base", g.caseName());
        assertEquals(-1, g.stage());
        assertEquals(33, g.timeoutSeconds());
        assertEquals(null, g.eco());
        assertEquals("/snap", g.parentDesign());
    }
}
