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
 * Decisions on human_approval stages: a file per stage in the run's folder ({@code <stage>.approved} or
 * {@code <stage>.rejected}, with who, when and the note), written by a person (through {@code noodle approve},
 * {@code noodle reject} or the workbench) and read by the engine when the run resumes. A stage is decided
 * once: approving a rejected stage, or the other way round, is refused.
 */
public final class Approvals {

    private Approvals() {
    }

    /** The approval of {@code stage} in the run, if a person gave it: the text of the approval file. */
    public static Optional<String> of(RunFolder run, String stage) throws IOException {
        Path f = run.approval(stage);
        return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /** The rejection of {@code stage} in the run, if a person gave it: the text of the rejection file. */
    public static Optional<String> rejectionOf(RunFolder run, String stage) throws IOException {
        Path f = run.rejection(stage);
        return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /**
     * Approves a human_approval stage of the study's newest run.
     *
     * @return the approval file written
     * @throws IllegalArgumentException when the study has no such stage, has never run, or the stage was rejected
     */
    public static Path approve(Study study, Path studyFolder, String stageName, String who, String note)
            throws IOException {
        return decide(study, studyFolder, stageName, who, note, true);
    }

    /**
     * Rejects a human_approval stage of the study's newest run: when the run resumes, the stage is aborted with
     * the note as its evidence and the stages after it do not run.
     *
     * @return the rejection file written
     * @throws IllegalArgumentException when the study has no such stage, has never run, or the stage was approved
     */
    public static Path reject(Study study, Path studyFolder, String stageName, String who, String note)
            throws IOException {
        return decide(study, studyFolder, stageName, who, note, false);
    }

    private static Path decide(Study study, Path studyFolder, String stageName, String who, String note,
            boolean approve) throws IOException {
        Stage stage = study.findStage(stageName);
        if (stage == null || stage.getType() != StageType.HUMAN_APPROVAL) {
            throw new IllegalArgumentException("study " + study.getName() + " has no human_approval stage '"
                    + stageName + "'");
        }
        RunFolder run = RunFolder.latest(studyFolder).orElseThrow(() -> new IllegalArgumentException("study "
                + study.getName() + " has not run yet: run it first, it stops at the stage to approve"));
        Path other = approve ? run.rejection(stage.getName()) : run.approval(stage.getName());
        if (Files.exists(other)) {
            throw new IllegalArgumentException("stage " + stageName + " of " + run.id() + " was "
                    + (approve ? "rejected" : "approved") + " already (" + other + "); a decision is not changed");
        }
        Path file = approve ? run.approval(stage.getName()) : run.rejection(stage.getName());
        StudyStore.writeAtomically(file, ("by " + who + " at " + Instant.now() + (note == null || note.isBlank() ? ""
                : ": " + note) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
