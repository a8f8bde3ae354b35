package io.noodle.model.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import io.noodle.model.Study;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;

/**
 * Studies saved before results moved to run folders kept their cases and verdicts inside the study file.
 * When such a study is loaded, its results move to a run folder of their own (unless the study folder
 * already holds that run's checkpoint, from which they came), and the study file is saved without them.
 * The results are written, durably, before the study file changes: a crash in between keeps both.
 */
public final class LegacyResults {

    /** The outcome status of a run whose results were moved out of a study file. */
    public static final String MIGRATED = "migrated";

    private LegacyResults() {
    }

    /**
     * Moves the results kept in the study file out of it.
     *
     * @return the run folder that holds them now, or null when the study held none
     */
    public static RunFolder migrate(Study study, Path file) throws StudyLoadException {
        if (study.getCases().isEmpty() && study.getVerdicts().isEmpty()) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            RunFolder run = RunFolder.of(folder, RunFolder.LEGACY);
            if (!run.hasCheckpoint()) {
                run = RunFolder.create(folder);
                Checkpoint cp = new Checkpoint(Checkpoint.VERSION, study.getName(), List.of(), List.of(),
                        new LinkedHashMap<>(), study.getCases().stream().map(Results::toRecord).toList(),
                        study.getVerdicts().stream().map(Results::toRecord).toList());
                RunRecords.writeCheckpoint(run.checkpoint(), cp);
                RunRecords.writeOutcome(run, MIGRATED, "results moved out of " + file.getFileName()
                        + " when it was opened", null);
            }
            study.getVerdicts().clear();
            study.getCases().clear();
            StudyStore.saveAs(study, file);
            return run;
        } catch (IOException | RuntimeException e) {
            throw new StudyLoadException(file, 0, 0, "the study file still holds the results of a run, which "
                    + "now live in a run folder of their own, and they could not be moved there ("
                    + io.noodle.core.io.Problems.describe(e) + "). Fix: make " + folder + " writable", e);
        }
    }
}
