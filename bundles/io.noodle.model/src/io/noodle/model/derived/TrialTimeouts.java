package io.noodle.model.derived;

import io.noodle.model.Stage;
import io.noodle.model.Study;

/**
 * The hard timeout of every trial: a stage's own ({@code rails.trialTimeoutSeconds}), else the study's
 * default ({@code StudyRails.trialTimeoutSeconds}), else {@link #DEFAULT_SECONDS}. Gate 0 takes the study's
 * default. No trial runs without a timeout, so a hanging tool cannot hang a run.
 */
public final class TrialTimeouts {

    /** The default when neither the stage nor the study sets one: 4 hours. */
    public static final int DEFAULT_SECONDS = 4 * 3600;

    private TrialTimeouts() {
    }

    /** The hard timeout in seconds of a trial of this stage; gate 0 when {@code stage} is null. */
    public static int seconds(Study study, Stage stage) {
        return stageHasOwn(stage) ? stage.getRails().getTrialTimeoutSeconds() : studyDefault(study);
    }

    /** The study's default trial timeout in seconds (gate 0, and stages without their own). */
    public static int studyDefault(Study study) {
        return studyHasOwn(study) ? study.getRails().getTrialTimeoutSeconds() : DEFAULT_SECONDS;
    }

    /** Where the timeout of this stage's trials comes from, in words. */
    public static String source(Study study, Stage stage) {
        return stageHasOwn(stage) ? "the stage's rails" : studyHasOwn(study) ? "the study's default" : "Noodle's default";
    }

    private static boolean stageHasOwn(Stage stage) {
        return stage != null && stage.getRails() != null && stage.getRails().getTrialTimeoutSeconds() > 0;
    }

    private static boolean studyHasOwn(Study study) {
        return study.getRails() != null && study.getRails().getTrialTimeoutSeconds() > 0;
    }

    /** Seconds in words: {@code 14400 s (4 h)}. */
    public static String describe(int seconds) {
        if (seconds % 3600 == 0) {
            return seconds + " s (" + seconds / 3600 + " h)";
        }
        return seconds % 60 == 0 ? seconds + " s (" + seconds / 60 + " min)" : seconds + " s";
    }
}
