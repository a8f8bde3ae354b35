package io.noodle.model.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.noodle.core.io.FileTrees;

/**
 * The folder of one run of a study, and every path in it. Runs live in {@code <study folder>/runs/run-<n>/}
 * (numbered from 1, so earlier runs stay beside later ones and can be compared); a run made before runs had
 * folders of their own used the study folder itself and is read as the run {@value #LEGACY}.
 *
 * <pre>
 * outcome.json                   how it ended (absent while it runs, or when its process died)
 * checkpoints/study_checkpoint.json, checkpoints/finished_cases.ndjson
 * cases/&lt;case&gt;/stage_&lt;i&gt;/trial_&lt;j&gt;/   (gate_0 for the base case)
 * telemetry/&lt;study&gt;/          event_stream.ndjson, study/stage/case telemetry
 * reports/  summaries/  logs/  approvals/&lt;stage&gt;.approved
 * </pre>
 */
public final class RunFolder {

    /** The folder of a study's runs. */
    public static final String RUNS = "runs";
    /** The id of a run made before runs had folders of their own (its files are in the study folder). */
    public static final String LEGACY = "legacy";

    private static final Pattern RUN_ID = Pattern.compile("run-([1-9][0-9]{0,8})");

    private final Path studyFolder;
    private final String id;
    private final Path root;

    private RunFolder(Path studyFolder, String id, Path root) {
        this.studyFolder = studyFolder;
        this.id = id;
        this.root = root;
    }

    /** The run {@code id} of the study folder ({@code run-3}, or {@value #LEGACY}). */
    public static RunFolder of(Path studyFolder, String id) {
        Path study = studyFolder.toAbsolutePath().normalize();
        if (LEGACY.equals(id)) {
            return new RunFolder(study, id, study);
        }
        if (!RUN_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a run id (run-1, run-2 ...)");
        }
        return new RunFolder(study, id, FileTrees.child(study.resolve(RUNS), id));
    }

    /** Every run of the study folder, oldest first (the legacy run, then run-1, run-2 ...). */
    public static List<RunFolder> all(Path studyFolder) {
        List<RunFolder> out = new ArrayList<>();
        RunFolder legacy = of(studyFolder, LEGACY);
        if (legacy.hasCheckpoint()) {
            out.add(legacy);
        }
        Path runs = legacy.studyFolder.resolve(RUNS);
        List<RunFolder> numbered = new ArrayList<>();
        if (Files.isDirectory(runs)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs)) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (RUN_ID.matcher(name).matches() && Files.isDirectory(p)) {
                        numbered.add(of(studyFolder, name));
                    }
                }
            } catch (IOException e) {
                // an unlistable folder holds no run we can read
            }
        }
        numbered.sort(Comparator.comparingInt(RunFolder::number));
        out.addAll(numbered);
        return out;
    }

    /** The newest run of the study folder, if it has any. */
    public static Optional<RunFolder> latest(Path studyFolder) {
        List<RunFolder> all = all(studyFolder);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** Creates the folder of a new run, numbered after the newest (atomically: two runs never share one). */
    public static RunFolder create(Path studyFolder) throws IOException {
        Path runs = Files.createDirectories(studyFolder.toAbsolutePath().normalize().resolve(RUNS));
        int n = all(studyFolder).stream().mapToInt(RunFolder::number).max().orElse(0);
        while (true) {
            RunFolder r = of(studyFolder, "run-" + ++n);
            try {
                Files.createDirectory(r.root);
                return r;
            } catch (FileAlreadyExistsException taken) {
                // another process made this one first: take the next number
            }
            if (n > 999_999_999) {
                throw new IOException("no free run number in " + runs);
            }
        }
    }

    /** The run's number (0 for the legacy run). */
    public int number() {
        Matcher m = RUN_ID.matcher(id);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    public String id() {
        return id;
    }

    public Path root() {
        return root;
    }

    public Path studyFolder() {
        return studyFolder;
    }

    public Path outcome() {
        return root.resolve("outcome.json");
    }

    public Path checkpoint() {
        return root.resolve("checkpoints").resolve("study_checkpoint.json");
    }

    public Path journal() {
        return root.resolve("checkpoints").resolve("finished_cases.ndjson");
    }

    /** Whether the run finished anything (a checkpoint or a journal line). */
    public boolean hasCheckpoint() {
        return Files.exists(checkpoint()) || Files.exists(journal());
    }

    public Path cases() {
        return root.resolve("cases");
    }

    /** The folder of trial {@code trial} of stage {@code stage} (-1: gate 0) deriving {@code caseName}. */
    public Path trialDir(String caseName, int stage, int trial) {
        return FileTrees.child(cases(), caseName).resolve(stage < 0 ? "gate_0" : "stage_" + stage)
                .resolve("trial_" + trial);
    }

    /** {@code telemetry/<study name>/}. */
    public Path telemetry(String studyName) {
        return FileTrees.child(root.resolve("telemetry"), studyName);
    }

    public Path events(String studyName) {
        return telemetry(studyName).resolve("event_stream.ndjson");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path summaries() {
        return root.resolve("summaries");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The file a person creates to approve a human_approval stage of this run. */
    public Path approval(String stage) {
        return FileTrees.child(root.resolve("approvals"), stage + ".approved");
    }

    /** The file a person creates to reject a human_approval stage of this run (its downstream does not run). */
    public Path rejection(String stage) {
        return FileTrees.child(root.resolve("approvals"), stage + ".rejected");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunFolder r && r.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
