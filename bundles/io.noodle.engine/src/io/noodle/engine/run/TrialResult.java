package io.noodle.engine.run;

import java.nio.file.Path;
import java.util.List;

import io.noodle.model.derived.MetricValue;
import io.noodle.model.FailureType;
import io.noodle.model.derived.SourceLine;

/**
 * What an adapter read from a finished trial: its metrics (each with provenance) and the design it
 * produced, or a typed failure with its evidence.
 */
public record TrialResult(List<MetricValue> metrics, Path design, FailureType failure, String message,
        SourceLine source) {

    public static TrialResult ok(List<MetricValue> metrics, Path design) {
        return new TrialResult(List.copyOf(metrics), design, null, null, null);
    }

    public static TrialResult failed(FailureType type, String message, SourceLine source) {
        return new TrialResult(List.of(), null, type, message, source);
    }

    public boolean succeeded() {
        return failure == null;
    }

    public MetricValue metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
