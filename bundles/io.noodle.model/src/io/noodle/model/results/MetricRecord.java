package io.noodle.model.results;

/** A metric as a run records it: name, value (times in ps), unit and provenance ({@code file:line}). */
public record MetricRecord(String name, double value, String unit, String provenance) {
}
