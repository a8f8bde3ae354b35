package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.RunResults;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.Results;
import io.noodle.model.results.RunFolder;
import io.noodle.model.yaml.StudyYamlImporter;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.handlers.RunStudyHandler;
import io.noodle.ui.internal.views.StudiesView;

/** Noodle > Run Study on two studies: both run at once as background jobs, sharing the slots, each results in its run folder. */
@ExtendWith(WorkbenchExtension.class)
class RunStudyUiTest {

    private static final String FLOW = """
            #!/bin/sh
            base=-500
            if [ "$3" != "-" ] && [ -f "$3" ]; then base=$(cat "$3"); fi
            date +%s%N > started.txt
            case "$2" in
              none) wns=$base ;;
              slow) sleep 2; wns=$((base + 100)) ;;
            esac
            date +%s%N > ended.txt
            echo "$wns" > design
            echo "wns $wns ps" > report.txt
            """;

    private static Path study(Path root, String name) throws Exception {
        Study s = StudyYamlImporter.importFrom(new StringReader("name: " + name + "\nbase_case: " + name + "_base\n"
                + "ecos: [{name: slow, class: topology_neutral}]\n"
                + "stages:\n  - {name: a, trial_budget: 1, survivor_count: 1, ecos: [slow]}\n"), null).study();
        return StudyStore.save(s, root.resolve(name)).getParent();
    }

    private static void run(StudiesView view, Path folder) {
        UiThread.run(() -> {
            Workbench.page().activate(view);
            view.getViewer().setSelection(new StructuredSelection(folder), true);
            assertEquals(folder, view.getViewer().getStructuredSelection().getFirstElement(), "the study is selected");
            try {
                view.getSite().getService(IHandlerService.class).executeCommand("io.noodle.ui.commands.runStudy", null);
            } catch (Exception e) {
                throw new AssertionError("Run Study failed", e);
            }
        });
    }

    @Test
    void twoStudiesRunAtOnceInTheWorkbench() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Path flow = root.resolve("flow.sh");
        Files.writeString(flow, FLOW);
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        var prefs = InstanceScope.INSTANCE.getNode(io.noodle.eda.flow.ToolchainPreferences.NODE);
        prefs.put(RunStudyHandler.FLOW_PROGRAM, flow.toString());
        Path one = study(root, "run_one");
        Path two = study(root, "run_two");

        StudiesView view = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, StudiesView.class);
        Wait.until("both studies in the navigator", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            List<String> names = java.util.Arrays.stream(view.getViewer().getTree().getItems())
                    .map(org.eclipse.swt.widgets.TreeItem::getText).toList();
            return names.contains("run_one") && names.contains("run_two");
        }));
        java.util.Set<String> seenRunning = java.util.concurrent.ConcurrentHashMap.newKeySet();
        run(view, one);
        run(view, two);
        Wait.until("two run jobs, side by side", Duration.ofSeconds(30), () -> {
            for (Job j : Job.getJobManager().find(RunStudyHandler.FAMILY)) {
                seenRunning.add(j.getName());
            }
            return seenRunning.size() == 2;
        });
        Wait.until("both runs to finish", Duration.ofSeconds(60),
                () -> Job.getJobManager().find(RunStudyHandler.FAMILY).length == 0
                        && Job.getJobManager().find(RunStudyHandler.PREPARE_FAMILY).length == 0);

        for (Path folder : List.of(one, two)) {
            Study s = StudyStore.load(folder);
            assertEquals(0, s.getCases().size(), "the study file holds the design only");
            RunResults r = Results.load(RunFolder.latest(folder).orElseThrow(), s);
            assertEquals(2, r.getCases().size(), folder + ": gate 0 and one trial");
            assertTrue(r.getVerdicts().get(0).isPassed());
        }
        one = RunFolder.latest(one).orElseThrow().root();
        two = RunFolder.latest(two).orElseThrow().root();
        long start1 = Long.parseLong(Files.readString(one.resolve("cases/run_one_base_0_0/stage_0/trial_0/started.txt")).strip());
        long end1 = Long.parseLong(Files.readString(one.resolve("cases/run_one_base_0_0/stage_0/trial_0/ended.txt")).strip());
        long start2 = Long.parseLong(Files.readString(two.resolve("cases/run_two_base_0_0/stage_0/trial_0/started.txt")).strip());
        long end2 = Long.parseLong(Files.readString(two.resolve("cases/run_two_base_0_0/stage_0/trial_0/ended.txt")).strip());
        assertTrue(Math.max(start1, start2) < Math.min(end1, end2), "the two studies' trials overlapped in time");
    }

    @Test
    void aFolderNotTrustedAsksOnceCancelRunsNothingTrustRunsAndIsRemembered() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        boolean wasTrusted = io.noodle.core.workspace.Trust.isTrusted(root);
        io.noodle.core.workspace.Trust.revoke(root); // as if the workspace had arrived from someone else
        try (var flow = Workbench.ownFlow("trust-flow.sh", FLOW)) {
            Path folder = study(root, "trust_me");
            StudiesView view = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, StudiesView.class);
            Wait.until("the study in the navigator", Workbench.TIMEOUT, () -> UiThread.call(() -> java.util.Arrays
                    .stream(view.getViewer().getTree().getItems()).anyMatch(i -> i.getText().equals("trust_me"))));

            run(view, folder);
            awaitQuestion();
            press("Cancel");
            Wait.until("the question gone", Workbench.TIMEOUT, () -> UiThread.call(() -> !questionShowing())
                    && Job.getJobManager().find(RunStudyHandler.PREPARE_FAMILY).length == 0);
            assertTrue(RunFolder.latest(folder).isEmpty(), "nothing ran");
            assertTrue(!io.noodle.core.workspace.Trust.isTrusted(root), "nothing remembered");

            run(view, folder);
            awaitQuestion();
            // what the user sees (kept for docs/images and for review)
            UiThread.run(() -> {
                try {
                    io.noodle.testing.ui.Screenshots.save(java.util.Arrays.stream(UiThread.display().getShells())
                            .filter(sh -> "Trust this folder?".equals(sh.getText())).findFirst().orElseThrow(),
                            Path.of("target/trust-question.png").toAbsolutePath());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            press("Trust and Continue");
            Wait.until("the run to finish", Duration.ofSeconds(60), () -> RunFolder.latest(folder).isPresent()
                    && Job.getJobManager().find(RunStudyHandler.FAMILY).length == 0
                    && Job.getJobManager().find(RunStudyHandler.PREPARE_FAMILY).length == 0);
            assertTrue(io.noodle.core.workspace.Trust.isTrusted(root), "the answer is remembered");
            assertTrue(io.noodle.core.workspace.Trust.trusted().contains(root.toRealPath()));
            assertTrue(RunFolder.latest(folder).map(r -> Files.exists(r.outcome())).orElse(false), "it ran");
        } finally {
            closeQuestions();
            if (wasTrusted) {
                io.noodle.core.workspace.Trust.trust(root);
            }
        }
    }

    private static void awaitQuestion() {
        Wait.until("the question whether to trust the folder", Workbench.TIMEOUT, () -> UiThread.call(
                RunStudyUiTest::questionShowing));
    }

    private static boolean questionShowing() {
        return java.util.Arrays.stream(UiThread.display().getShells()).anyMatch(sh -> !sh.isDisposed() && sh.isVisible()
                && "Trust this folder?".equals(sh.getText()));
    }

    /** Presses the question's button showing {@code label}: focused, then the space bar, as a user would. */
    private static void press(String label) {
        org.eclipse.swt.widgets.Button b = UiThread.call(() -> java.util.Arrays.stream(UiThread.display().getShells())
                .filter(sh -> !sh.isDisposed() && sh.isVisible() && "Trust this folder?".equals(sh.getText()))
                .flatMap(sh -> io.noodle.testing.ui.Widgets.all(sh, org.eclipse.swt.widgets.Button.class,
                        w -> label.equals(io.noodle.testing.ui.Widgets.textOf(w))).stream())
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label)));
        Wait.until(label + " focused", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            b.getShell().forceActive();
            b.setFocus();
            return b.isFocusControl();
        }));
        Input.key(0, ' ', ' ');
    }

    /** Closes a question a failed test left open, so that the next tests are not blocked by it. */
    private static void closeQuestions() {
        UiThread.run(() -> java.util.Arrays.stream(UiThread.display().getShells())
                .filter(sh -> !sh.isDisposed() && "Trust this folder?".equals(sh.getText())).forEach(sh -> sh.close()));
    }
}
