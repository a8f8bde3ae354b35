package io.noodle.engine.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;

/**
 * What an adapter needs to build one trial.
 *
 * @param caseName      deterministic name of the case the trial derives
 * @param stageIndex    index of the stage (-1 for gate 0, the unmodified base case)
 * @param mode          how much of the flow to run
 * @param parentDesigns design snapshots of the parent cases (the base snapshot for gate 0)
 * @param eco           the ECO to apply, or null for gate 0's no-op
 * @param arguments     the ECO's parameter values
 * @param directory     the trial's own working directory (fresh, empty)
 * @param timeout       hard timeout (zero: none)
 */
public record TrialRequest(String caseName, int stageIndex, ExecutionMode mode, List<Path> parentDesigns,
        EcoDefinition eco, Map<String, String> arguments, Path directory, Duration timeout) {
}
