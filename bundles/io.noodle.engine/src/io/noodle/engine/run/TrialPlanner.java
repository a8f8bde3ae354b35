package io.noodle.engine.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.derived.TrialTimeouts;
import io.noodle.model.results.CaseRecord;

/**
 * Plans the trials of a stage: which case each derives, from which parent, with which ECO and arguments,
 * with what timeout and memory. A pure function of the study, the stage, its parents and its ECOs: no
 * files, no processes, no clock, so the same study gives the same plan whatever the number of slots or the
 * order in which trials finish.
 */
public final class TrialPlanner {

    /**
     * One planned trial.
     *
     * @param stage        index of the stage (-1 for gate 0)
     * @param index        index of the trial in the stage
     * @param parent       the parent case (null for gate 0)
     * @param parentDesign the design the trial starts from (the parent's, or the study's snapshot for gate 0)
     * @param eco          the ECO to apply (null for gate 0)
     * @param ecoPath      the ECOs applied from the base case to the new case
     */
    public record PlannedTrial(String caseName, int stage, int index, ExecutionMode mode, String parent,
            String parentDesign, EcoDefinition eco, Map<String, String> arguments, List<String> ecoPath,
            int timeoutSeconds, int memoryMb) {

        public String ecoName() {
            return eco == null ? null : eco.getName();
        }
    }

    private TrialPlanner() {
    }

    /** Gate 0: the base case, unmodified, from the study's design snapshot, with the study's trial timeout. */
    public static PlannedTrial gateZero(Study study, String baseDesign) {
        return new PlannedTrial(study.getBaseCaseName(), -1, 0, ExecutionMode.STA_ONLY, null, baseDesign, null,
                Map.of(), List.of(), TrialTimeouts.studyDefault(study), 0);
    }

    /**
     * The trials of a stage. Trial {@code j} derives {@code <base>_<stage>_<j>} from parent {@code j mod n}
     * with ECO {@code j mod m}; the first application of an ECO to a parent uses its defaults, each further
     * one the next point of its parameter sweep.
     *
     * @param parents the survivors of the stage's inputs (the base case for a first stage), in a fixed order
     * @param ecos    the ECOs the stage may apply, in a fixed order
     */
    public static List<PlannedTrial> plan(Study study, Stage stage, List<CaseRecord> parents, List<EcoDefinition> ecos) {
        List<PlannedTrial> plan = new ArrayList<>();
        if (ecos.isEmpty() || parents.isEmpty()) {
            return plan;
        }
        int si = stage.getIndex();
        int timeout = TrialTimeouts.seconds(study, stage);
        Map<String, Integer> repetitions = new HashMap<>();
        for (int j = 0; j < stage.getTrialBudget(); j++) {
            CaseRecord parent = parents.get(j % parents.size());
            EcoDefinition eco = ecos.get(j % ecos.size());
            // the same ECO on the same parent again: the next point of its parameter sweep
            int repetition = repetitions.merge(parent.name() + "\u0000" + eco.getName(), 1, Integer::sum) - 1;
            List<String> path = new ArrayList<>(parent.ecoPath());
            path.add(eco.getName());
            plan.add(new PlannedTrial(CaseNames.name(study.getBaseCaseName(), si, j), si, j, stage.getExecutionMode(),
                    parent.name(), parent.design(), eco, ParameterSweep.values(eco, repetition), List.copyOf(path),
                    timeout, Math.max(0, stage.getTrialMemoryMb())));
        }
        return plan;
    }
}
