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
        assertEquals(List.of("good", "better", "good", "better", "good"), plan.stream().map(PlannedTrial::ecoName).toList());
        // good on plan_base_9_0: trials 0, 2, 4 -> the default, then the next points of its sweep
        assertEquals("5", plan.get(0).arguments().get("paths"));
        assertEquals(List.of("good", "good"), plan.get(0).ecoPath());
        assertEquals("/d/p1", plan.get(1).parentDesign());
        assertEquals(77, plan.get(3).timeoutSeconds());
        assertEquals(512, plan.get(3).memoryMb());
        String second = plan.get(2).arguments().get("paths");
        String third = plan.get(4).arguments().get("paths");
        assertEquals(false, second.equals("5") || third.equals("5") || second.equals(third),
                "repeats sweep other values: " + second + ", " + third);
        assertEquals(plan, TrialPlanner.plan(s, a, parents, ecos), "the same inputs give the same plan");
        assertEquals(List.of(), TrialPlanner.plan(s, a, List.of(), ecos), "no parent, nothing to plan");
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
