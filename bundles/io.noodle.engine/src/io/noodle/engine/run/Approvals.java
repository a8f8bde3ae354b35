package io.noodle.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import io.noodle.model.Stage;
import io.noodle.model.StageType;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.RunFolder;

/**
 * Approvals of human_approval stages: a file per stage in the run's folder, written by a person (through
 * {@code noodle approve} or the workbench) and read by the engine when the run resumes.
 */
public final class Approvals {

    private Approvals() {
    }

    /** The approval of {@code stage} in the run, if a person gave it: the text of the approval file. */
    public static Optional<String> of(RunFolder run, String stage) throws IOException {
        Path f = run.approval(stage);
        return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /**
     * Approves a human_approval stage of the study's newest run.
     *
     * @return the approval file written
     * @throws IllegalArgumentException when the study has no such stage, or has never run
     */
    public static Path approve(Study study, Path studyFolder, String stageName, String who, String note)
            throws IOException {
        Stage stage = study.findStage(stageName);
        if (stage == null || stage.getType() != StageType.HUMAN_APPROVAL) {
            throw new IllegalArgumentException("study " + study.getName() + " has no human_approval stage '"
                    + stageName + "'");
        }
        RunFolder run = RunFolder.latest(studyFolder).orElseThrow(() -> new IllegalArgumentException("study "
                + study.getName() + " has not run yet: run it first, it stops at the stage to approve"));
        Path file = run.approval(stage.getName());
        StudyStore.writeAtomically(file, ("by " + who + " at " + Instant.now() + (note == null || note.isBlank() ? ""
                : ": " + note) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
