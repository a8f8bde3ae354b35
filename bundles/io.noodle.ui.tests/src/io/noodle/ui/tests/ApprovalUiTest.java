package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.yaml.StudyYamlImporter;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;
import io.noodle.ui.internal.handlers.RunStudyHandler;

/**
 * Run control from the study editor. A human_approval stage: Run stops there, Approve records the decision with
 * a note, Run again offers Resume, and the run goes through the approved stage to the end. Stop Run: the
 * running trials' processes are killed at once, the run ends cancelled with gate 0 kept, and Run offers Resume.
 */
@ExtendWith(WorkbenchExtension.class)
class ApprovalUiTest {

    private StudyEditor editor;

    private static final String FLOW = """
            #!/bin/sh
            base=-500
            if [ "$3" != "-" ] && [ -f "$3" ]; then base=$(cat "$3"); fi
            case "$2" in
              none) wns=$base ;;
              good) wns=$((base + 100)) ;;
            esac
            echo "$wns" > design
            echo "wns $wns ps" > report.txt
            """;

    @Test
    void aStageIsApprovedFromTheEditorAndTheRunResumesThroughIt() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        try (var flow = Workbench.ownFlow("approval-flow.sh", FLOW)) {
            Study s = StudyYamlImporter.importFrom(new StringReader("""
                    name: gated_ui
                    base_case: g_base
                    ecos: [{name: good, class: topology_neutral}]
                    stages:
                      - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good]}
                      - {name: review, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}
                      - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [review]}
                    """), null).study();
            Path file = StudyStore.save(s, root.resolve("gated_ui"));
            StudyEditor editor = Workbench.openStudy(file);
            Wait.until("the study checked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null
                    && editor.getLegality().isLegal()));
            UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
            this.editor = editor;

            press("study.runButton");
            Wait.until("the run waiting for the approval", Duration.ofSeconds(60), () -> UiThread.call(
                    () -> editor.getResults() != null && "waiting".equals(editor.getResults().getStatus())));
            Button approve = visible("study.approve");
            assertTrue(UiThread.call(approve::getText).contains("review"), UiThread.call(approve::getText));

            press("study.approve");
            Wait.until("the approval dialog", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Approve Stage".equals(UiThread.display().getActiveShell().getText())));
            Input.type("looks fine");
            Input.key(0, SWT.CR, '\r');
            Path approval = root.resolve("gated_ui/runs/run-1/approvals/review.approved");
            Wait.until("the approval written", Workbench.TIMEOUT, () -> Files.exists(approval));
            String text = Files.readString(approval);
            assertTrue(text.startsWith("by " + System.getProperty("user.name") + " at ") && text.contains(": looks fine"),
                    text);

            // Run again: the run has work left, so it offers Resume (the default button)
            press("study.runButton");
            Wait.until("the resume question", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Run Study".equals(UiThread.display().getActiveShell().getText())));
            Input.key(0, SWT.CR, '\r');
            Wait.until("the run through the approved stage", Duration.ofSeconds(60), () -> UiThread.call(
                    () -> editor.getResults() != null && "succeeded".equals(editor.getResults().getStatus())));
            assertEquals("run-1", UiThread.call(() -> editor.getResults().getRunId()), "the same run, resumed");
            assertTrue(UiThread.call(() -> editor.getResults().getVerdicts().stream()
                    .anyMatch(v -> v.getRail().equals("human_approval") && v.getMessage().contains("looks fine"))));
            assertTrue(UiThread.call(() -> editor.getResults().getCases().stream()
                    .anyMatch(c -> c.getName().equals("g_base_2_0"))), "stage b ran after the approval");
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    @Test
    void runWithTheDialogTakesTheTrialsAtOnceChosenAndResumes() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        try (var flow = Workbench.ownFlow("approval-flow.sh", FLOW)) {
            Study s = StudyYamlImporter.importFrom(new StringReader("""
                    name: dialog_ui
                    base_case: d_base
                    ecos: [{name: good, class: topology_neutral}]
                    stages:
                      - {name: a, trial_budget: 3, survivor_count: 1, ecos: [good]}
                      - {name: review, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}
                      - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [review]}
                    """), null).study();
            Path file = StudyStore.save(s, root.resolve("dialog_ui"));
            StudyEditor editor = Workbench.openStudy(file);
            Wait.until("the study checked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null
                    && editor.getLegality().isLegal()));
            UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
            this.editor = editor;

            // Run With…: one trial at once, typed into the dialog
            press("study.runWithButton");
            Wait.until("the run dialog", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Run Study".equals(UiThread.display().getActiveShell().getText())));
            org.eclipse.swt.widgets.Spinner slots = UiThread.call(() -> Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Spinner.class, NoodleUi.TEST_ID, "run.slots"));
            assertTrue(UiThread.call(() -> Widgets.visibleByTestId(org.eclipse.swt.widgets.Combo.class,
                    NoodleUi.TEST_ID, "run.executor").getText()).startsWith("Local: this machine"));
            UiThread.run(slots::setFocus);
            Wait.until("the spinner focused", Workbench.TIMEOUT, () -> UiThread.call(slots::isFocusControl));
            Input.key(0, SWT.END, '\0');
            for (int i = 0; i < 3; i++) {
                Input.key(0, SWT.BS, '\b');
            }
            Input.type("1");
            Wait.until("one trial at once", Workbench.TIMEOUT, () -> UiThread.call(() -> slots.getSelection() == 1));
            Workbench.shot("run-dialog.png");
            Input.key(0, SWT.CR, '\r');
            Wait.until("the run waiting for the approval", Duration.ofSeconds(60), () -> UiThread.call(
                    () -> editor.getResults() != null && "waiting".equals(editor.getResults().getStatus())));
            String start = Files.readAllLines(root.resolve("dialog_ui/runs/run-1/telemetry/dialog_ui/event_stream.ndjson"))
                    .stream().filter(l -> l.contains("\"study_start\"")).findFirst().orElseThrow();
            assertTrue(start.contains("\"slots\":1"), start);

            press("study.approve");
            Wait.until("the approval dialog", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Approve Stage".equals(UiThread.display().getActiveShell().getText())));
            Input.key(0, SWT.CR, '\r');
            Wait.until("the approval written", Workbench.TIMEOUT, () -> Files.exists(
                    root.resolve("dialog_ui/runs/run-1/approvals/review.approved")));

            // Run With… again: the last run has work left, so Resume is offered and chosen
            press("study.runWithButton");
            Wait.until("the run dialog again", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Run Study".equals(UiThread.display().getActiveShell().getText())));
            Button resume = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "run.resume"));
            assertTrue(UiThread.call(() -> resume.getSelection() && resume.getText().startsWith("Resume run-1")),
                    UiThread.call(resume::getText));
            Input.key(0, SWT.CR, '\r');
            Wait.until("the run through the approved stage", Duration.ofSeconds(60), () -> UiThread.call(
                    () -> editor.getResults() != null && "succeeded".equals(editor.getResults().getStatus())));
            assertEquals("run-1", UiThread.call(() -> editor.getResults().getRunId()), "the same run, resumed");
            // what the run taught about 'good' shows in the Overview's priors (read again when the run ended)
            Wait.until("the priors of good", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.overviewPriors().stream()
                    .anyMatch(r -> r.startsWith("good=") && !r.endsWith("(0)"))));
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    @Test
    void aStageIsRejectedFromTheEditorAndWhatFollowsItNeverRuns() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        try (var flow = Workbench.ownFlow("approval-flow.sh", FLOW)) {
            Study s = StudyYamlImporter.importFrom(new StringReader("""
                    name: vetoed_ui
                    base_case: v_base
                    ecos: [{name: good, class: topology_neutral}]
                    stages:
                      - {name: a, trial_budget: 1, survivor_count: 1, ecos: [good]}
                      - {name: review, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}
                      - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [review]}
                    """), null).study();
            Path file = StudyStore.save(s, root.resolve("vetoed_ui"));
            StudyEditor editor = Workbench.openStudy(file);
            Wait.until("the study checked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null
                    && editor.getLegality().isLegal()));
            UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
            this.editor = editor;
            press("study.runButton");
            Wait.until("the run waiting for the decision", Duration.ofSeconds(60), () -> UiThread.call(
                    () -> editor.getResults() != null && "waiting".equals(editor.getResults().getStatus())));
            press("study.reject");
            Wait.until("the rejection dialog", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Reject Stage".equals(UiThread.display().getActiveShell().getText())));
            Input.type("not this one");
            Input.key(0, SWT.CR, '\r');
            Path rejection = root.resolve("vetoed_ui/runs/run-1/approvals/review.rejected");
            Wait.until("the rejection written", Workbench.TIMEOUT, () -> Files.exists(rejection));
            assertTrue(Files.readString(rejection).contains(": not this one"));

            press("study.runButton"); // Resume (the default button)
            Wait.until("the resume question", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Run Study".equals(UiThread.display().getActiveShell().getText())));
            Input.key(0, SWT.CR, '\r');
            Wait.until("the run aborted at the rejected stage", Duration.ofSeconds(60), () -> UiThread.call(
                    () -> editor.getResults() != null && "aborted".equals(editor.getResults().getStatus())));
            assertTrue(UiThread.call(() -> editor.getResults().getVerdicts().stream().anyMatch(v -> v.getRail()
                    .equals("human_approval") && !v.isPassed() && v.getMessage().contains("not this one"))));
            assertTrue(UiThread.call(() -> editor.getResults().getCases().stream()
                    .noneMatch(c -> c.getName().startsWith("v_base_2_"))), "stage b never ran");
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    private static final String HANGING_FLOW = """
            #!/bin/sh
            case "$2" in
              none) echo "-500" > design; echo "wns -500 ps" > report.txt ;;
              hang) exec sleep 300 ;;
            esac
            """;

    @Test
    void aRunIsStoppedFromTheEditorAndKeepsWhatFinished() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        try (var flow = Workbench.ownFlow("hanging-flow.sh", HANGING_FLOW)) {
            Study s = StudyYamlImporter.importFrom(new StringReader("""
                    name: stopped_ui
                    base_case: st_base
                    ecos: [{name: hang, class: topology_neutral}]
                    stages:
                      - {name: a, trial_budget: 2, survivor_count: 1, ecos: [hang]}
                    """), null).study();
            Path file = StudyStore.save(s, root.resolve("stopped_ui"));
            StudyEditor editor = Workbench.openStudy(file);
            Wait.until("the study checked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null
                    && editor.getLegality().isLegal()));
            UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
            this.editor = editor;

            press("study.runButton");
            Wait.until("a trial hanging", Duration.ofSeconds(60), () -> sleepers(file.getParent()) > 0);
            press("study.stopButton");
            Wait.until("the run cancelled", Duration.ofSeconds(30), () -> UiThread.call(
                    () -> editor.getResults() != null && "cancelled".equals(editor.getResults().getStatus())));
            assertEquals(0, sleepers(file.getParent()), "no trial process left running");
            assertTrue(UiThread.call(() -> editor.getResults().getCases().stream()
                    .anyMatch(c -> c.getName().equals("st_base"))), "gate 0 is kept");

            press("study.runButton"); // work left: Resume is offered
            Wait.until("the resume question", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Run Study".equals(UiThread.display().getActiveShell().getText())));
            Input.key(0, SWT.ESC, (char) 27); // and declined: nothing runs
            Wait.until("the question closed", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() == null
                            || !"Run Study".equals(UiThread.display().getActiveShell().getText())));
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    /** How many processes of this study's trials sleep (the hanging ECO), by their working folder. */
    private static long sleepers(Path studyFolder) {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("sleep"))
                .filter(p -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd"))
                                .startsWith(studyFolder);
                    } catch (java.io.IOException | UnsupportedOperationException e) {
                        return false; // gone meanwhile
                    }
                }).count();
    }

    private static Button visible(String id) {
        return UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, id));
    }

    /** Presses a button from the keyboard (focus, Space): pointer clicks on GTK buttons are unreliable under Xvfb. */
    private void press(String id) {
        try {
            Wait.until("no dialog over the workbench", Workbench.TIMEOUT, () -> UiThread.call(() -> {
                var active = UiThread.display().getActiveShell();
                return active == null || active == Workbench.shell();
            }));
        } catch (AssertionError e) {
            var shell = UiThread.call(() -> UiThread.display().getActiveShell());
            throw new AssertionError(e.getMessage() + "; the active shell is '" + UiThread.call(
                    () -> shell == null ? "none" : shell.getText()) + "'", e);
        }
        // without a window manager, closing a dialog leaves no window active: give the workbench its focus back
        UiThread.run(() -> Workbench.shell().forceActive());
        Wait.until("the workbench window active", Workbench.TIMEOUT, () -> UiThread.call(
                () -> UiThread.display().getActiveShell() == Workbench.shell()));
        UiThread.run(() -> Workbench.page().activate(editor));
        Wait.until(id + " visible and enabled", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            try {
                return Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, id).isEnabled();
            } catch (AssertionError e) {
                return false;
            }
        }));
        Button b = visible(id);
        UiThread.run(b::setFocus);
        Wait.until(id + " focused", Workbench.TIMEOUT, () -> UiThread.call(b::isFocusControl));
        Input.key(0, ' ', ' ');
    }
}
