package io.noodle.model.validation;

/**
 * The sizes a study may have. They are far above what a real study needs and low enough that planning,
 * validation and the views stay fast and within memory; the importer checks them before it builds anything,
 * and validation reports a study beyond them as illegal. Documented in the user guide.
 */
public final class StudyLimits {

    /** Stages of one study. */
    public static final int MAX_STAGES = 1_000;
    /** Trials of one stage. */
    public static final int MAX_TRIAL_BUDGET = 100_000;
    /** Trials of all stages of a study together. */
    public static final long MAX_TOTAL_TRIALS = 1_000_000;
    /** Dependencies between the stages of one study (a stage may feed every later one of a chain of 100). */
    public static final int MAX_DEPENDENCIES = 10_000;
    /** ECOs of the catalogue. */
    public static final int MAX_ECOS = 10_000;
    /** Bytes of a YAML study file (Noodle 2's files are a few kilobytes). */
    public static final long MAX_YAML_BYTES = 4L * 1024 * 1024;

    private StudyLimits() {
    }
}
