package io.noodle.model.derived;

/**
 * A number read from tool output, with its unit and where it was read (file and line). What the report
 * parsers produce and the engine records; times are in ps.
 */
public record MetricValue(String name, double value, String unit, SourceLine provenance) {
}
