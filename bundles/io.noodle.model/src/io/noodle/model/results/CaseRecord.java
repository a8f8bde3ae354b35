package io.noodle.model.results;

import java.util.List;
import java.util.Map;

/**
 * A finished case as a run records it in its checkpoint and journal (succeeded, failed, timed out or
 * gate-rejected; a cancelled trial is not finished). Immutable; lists missing from a damaged file are read
 * as empty.
 *
 * @param stage   index of the stage that derived it (-1 for the base case)
 * @param index   its index within the stage
 * @param ecoPath the ECOs applied from the base case to this one, in order
 * @param design  the design snapshot it produced (its children start from it), or null
 * @param queued  when its trial was handed to the executor (ISO-8601 instant), or null when not recorded
 * @param started when its trial's process started, or null
 * @param finished when its trial ended, or null
 * @param ranOn   where its trial ran ({@code local}, {@code ssh:<host> <folder there>}, {@code ray:<task id> node
 *                <node id> (dashboard <url>)}), or null when not recorded
 */
public record CaseRecord(String name, int stage, int index, List<String> parents, String eco,
        Map<String, String> arguments, String state, String failure, String failureMessage, String failureSource,
        List<MetricRecord> metrics, String design, List<String> ecoPath, double seconds, String queued,
        String started, String finished, String ranOn) {

    /** A case without the executor that ran it (runs of earlier versions, tests). */
    public CaseRecord(String name, int stage, int index, List<String> parents, String eco,
            Map<String, String> arguments, String state, String failure, String failureMessage, String failureSource,
            List<MetricRecord> metrics, String design, List<String> ecoPath, double seconds, String queued,
            String started, String finished) {
        this(name, stage, index, parents, eco, arguments, state, failure, failureMessage, failureSource, metrics,
                design, ecoPath, seconds, queued, started, finished, null);
    }

    /** A case without the times of its trial (runs of earlier versions, tests). */
    public CaseRecord(String name, int stage, int index, List<String> parents, String eco,
            Map<String, String> arguments, String state, String failure, String failureMessage, String failureSource,
            List<MetricRecord> metrics, String design, List<String> ecoPath, double seconds) {
        this(name, stage, index, parents, eco, arguments, state, failure, failureMessage, failureSource, metrics,
                design, ecoPath, seconds, null, null, null);
    }

    public CaseRecord {
        parents = parents == null ? List.of() : parents;
        arguments = arguments == null ? Map.of() : arguments;
        metrics = metrics == null ? List.of() : metrics.stream().filter(m -> m != null && m.name() != null).toList();
        ecoPath = ecoPath == null ? List.of() : ecoPath;
    }

    /** The value of a metric, or null when the case has none of that name. */
    public Double metric(String n) {
        for (MetricRecord m : metrics) {
            if (m.name().equals(n)) {
                return m.value();
            }
        }
        return null;
    }
}
