package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.EcoClass;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.yaml.StudyYamlImporter;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.editors.StudyEditor;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.graph.GraphCanvas;

/**
 * The designer with real input: stages added on the stage graph and connected by dragging into a branch
 * that converges; the study made illegal and mended with the stage's form, the problem shown and Run
 * disabled meanwhile; every step undone with Ctrl+Z and redone from the Edit menu; saved with Ctrl+S,
 * closed and opened again unchanged.
 */
@ExtendWith(WorkbenchExtension.class)
class DesignerUiTest {

    private static List<String> dependencies(Study s) {
        return s.getDependencies().stream().map(d -> d.getFrom().getName() + "->" + d.getTo().getName()).sorted()
                .toList();
    }

    @Test
    void stagesAreBuiltOnTheGraphCheckedLiveUndoneAndSaved() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Study start = StudyYamlImporter.importFrom(new StringReader("""
                name: designed
                base_case: d_base
                safety_domain: sandbox
                ecos: [{name: resize, class: topology_neutral}]
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [resize]}
                """), null).study();
        Path file = StudyStore.save(start, root.resolve("designed"));
        StudyEditor editor = Workbench.openStudy(file);
        Wait.until("the study loaded", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null));
        UiThread.run(() -> editor.showPage(StudyEditor.STAGES));
        GraphCanvas canvas = UiThread.call(editor::getGraph);
        Wait.until("stage a drawn", Workbench.TIMEOUT, () -> UiThread.call(() -> canvas.boundsOf("a") != null));
        Study study = UiThread.call(() -> editor.getSession().study());

        // a, then two stages after a (a branch), then one after stage_1 that stage_2 also feeds (convergence)
        click(canvas, "a");
        addStage();
        Wait.until("stage_1 added", Workbench.TIMEOUT, () -> UiThread.call(() -> study.findStage("stage_1") != null));
        click(canvas, "a");
        addStage();
        Wait.until("stage_2 added", Workbench.TIMEOUT, () -> UiThread.call(() -> study.findStage("stage_2") != null));
        click(canvas, "stage_1");
        addStage();
        Wait.until("stage_3 added", Workbench.TIMEOUT, () -> UiThread.call(() -> study.findStage("stage_3") != null));
        Wait.until("stage_3 drawn", Workbench.TIMEOUT, () -> UiThread.call(() -> canvas.boundsOf("stage_3") != null));
        // zoomed out (as Ctrl+wheel does) until both ends of the drag are in view and clear of the mini-map (which
        // a press would pan with), whatever the canvas's size
        boolean clear = false;
        for (double z = 0.6; z > 0.25 && !clear; z -= 0.1) {
            double zoom = z;
            UiThread.run(() -> canvas.setZoom(zoom));
            Wait.until("zoomed to " + zoom, Workbench.TIMEOUT, () -> UiThread.call(() -> !canvas.animating()));
            clear = UiThread.call(() -> {
                Rectangle area = canvas.getClientArea();
                Rectangle mini = canvas.miniMapBounds();
                for (String n : List.of("stage_2", "stage_3")) {
                    Rectangle b = canvas.boundsOf(n);
                    int cx = b.x + b.width / 2;
                    int cy = b.y + b.height / 2;
                    if (!area.contains(cx, cy) || mini != null && mini.contains(cx, cy)) {
                        return false;
                    }
                }
                return true;
            });
        }
        assertTrue(clear, "both ends of the drag in view and clear of the mini-map");
        // stage_2 selected first, so that pressing on it does not change the form beside the graph (and the
        // canvas's size) in the middle of the drag; then the geometry, once it holds still
        click(canvas, "stage_2");
        Rectangle[] last = new Rectangle[1];
        Wait.until("the graph still", Workbench.TIMEOUT, () -> {
            Rectangle now = UiThread.call(() -> canvas.animating() ? null : canvas.boundsOf("stage_3"));
            boolean still = now != null && now.equals(last[0]);
            last[0] = now;
            return still;
        });
        Rectangle from = UiThread.call(() -> canvas.boundsOf("stage_2"));
        Rectangle to = UiThread.call(() -> canvas.boundsOf("stage_3"));
        Input.drag(canvas, new Point(from.x + from.width / 2, from.y + from.height / 2),
                new Point(to.x + to.width / 2, to.y + to.height / 2));
        Wait.until("stage_2 connected to stage_3", Workbench.TIMEOUT, () -> UiThread.call(
                () -> dependencies(study).contains("stage_2->stage_3")));
        assertEquals(List.of("a->stage_1", "a->stage_2", "stage_1->stage_3", "stage_2->stage_3"),
                UiThread.call(() -> dependencies(study)));
        // the Outline lists the stages with what each feeds; choosing one shows it on the graph
        Workbench.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE, org.eclipse.ui.IViewPart.class);
        UiThread.run(() -> Workbench.page().activate(editor));
        Wait.until("the outline shown", Workbench.TIMEOUT, () -> UiThread.call(() -> io.noodle.testing.ui.Widgets.all(
                Workbench.shell(), org.eclipse.swt.widgets.Tree.class, t -> "study.outline".equals(t.getData(
                        NoodleUi.TEST_ID)) && t.isVisible()).size() == 1));
        org.eclipse.swt.widgets.Tree outline = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(
                org.eclipse.swt.widgets.Tree.class, NoodleUi.TEST_ID, "study.outline"));
        Wait.until("the outline follows", Workbench.TIMEOUT, () -> UiThread.call(() -> outline.getItemCount() == 4
                && outline.getItem(0).getText().equals("0 a (sta_only, 2 \u2192 1) \u2192 stage_1, stage_2")));
        UiThread.run(() -> {
            outline.setSelection(outline.getItem(3));
            outline.notifyListeners(SWT.Selection, new Event());
        });
        Wait.until("stage_3 selected from the outline", Workbench.TIMEOUT, () -> UiThread.call(
                () -> "stage_3".equals(canvas.getSelection())));
        assertEquals(List.of("stage_1", "stage_2"), UiThread.call(() -> study.findStage("stage_3").getInputs()
                .stream().map(Stage::getName).sorted().toList()), "a convergence stage");
        Rectangle a = UiThread.call(() -> canvas.boundsOf("a"));
        Rectangle s1 = UiThread.call(() -> canvas.boundsOf("stage_1"));
        Rectangle s2 = UiThread.call(() -> canvas.boundsOf("stage_2"));
        Rectangle s3 = UiThread.call(() -> canvas.boundsOf("stage_3"));
        assertTrue(a.x < s1.x && s1.x == s2.x && s2.x < s3.x, "laid out left to right by ELK");
        assertTrue(UiThread.call(editor::isDirty));
        Workbench.shot("designer-stages.png");

        // a global_disruptive class, then the locked domain: illegal, shown on the graph and the Overview
        click(canvas, "stage_2");
        Button global = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID,
                "stage.class." + EcoClass.GLOBAL_DISRUPTIVE.getLiteral()));
        press(global);
        Wait.until("the class allowed", Workbench.TIMEOUT, () -> UiThread.call(
                () -> study.findStage("stage_2").getAllowedClasses().contains(EcoClass.GLOBAL_DISRUPTIVE)));
        UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
        assertEquals("designed", UiThread.call(() -> Widgets.visibleByTestId(org.eclipse.swt.widgets.Text.class,
                NoodleUi.TEST_ID, "study.name").getText()), "the name shows, focused or not");
        Combo domain = UiThread.call(() -> Widgets.visibleByTestId(Combo.class, NoodleUi.TEST_ID, "study.domain"));
        UiThread.run(() -> { // a read-only combo: select as the user's choice does, with its selection event
            domain.select(2);
            domain.notifyListeners(SWT.Selection, new Event());
        });
        Wait.until("the study illegal", Workbench.TIMEOUT, () -> UiThread.call(
                () -> editor.getLegality() != null && !editor.getLegality().isLegal()));
        Table problems = UiThread.call(() -> Widgets.visibleByTestId(Table.class, NoodleUi.TEST_ID, "study.problems"));
        Wait.until("the problem listed", Workbench.TIMEOUT, () -> UiThread.call(() -> problems.getItemCount() > 0
                && problems.getItem(0).getText().contains("global_disruptive")));
        Button run = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "study.runButton"));
        assertFalse(UiThread.call(run::isEnabled), "Run is disabled while the study is illegal");
        assertTrue(UiThread.call(() -> Widgets.visibleByTestId(Label.class, NoodleUi.TEST_ID, "study.runWhy")
                .getText().contains("illegal")));
        Workbench.shot("designer-illegal.png");
        // open the problem from the keyboard (into the list, first row, Enter): the Stages page, its stage
        // selected and drawn as an error
        UiThread.run(problems::setFocus);
        Wait.until("the problem list focused", Workbench.TIMEOUT, () -> UiThread.call(problems::isFocusControl));
        Input.key(0, SWT.ARROW_DOWN, '\0');
        Wait.until("the first problem selected", Workbench.TIMEOUT, () -> UiThread.call(
                () -> problems.getSelectionIndex() == 0));
        Input.key(0, SWT.CR, '\r');
        Wait.until("the stage of the problem selected", Workbench.TIMEOUT, () -> UiThread.call(
                () -> editor.getActivePage() == StudyEditor.STAGES && "stage_2".equals(canvas.getSelection())));
        assertEquals(io.noodle.views.graph.Graph.Style.ERROR, UiThread.call(
                () -> canvas.getGraph().graph().node("stage_2").style()));
        // mend it: the class is still ticked, and can be taken away although the domain forbids it
        Button global2 = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID,
                "stage.class." + EcoClass.GLOBAL_DISRUPTIVE.getLiteral()));
        assertTrue(UiThread.call(global2::getSelection) && UiThread.call(global2::isEnabled));
        Wait.until("the classes field marked with the problem", Workbench.TIMEOUT, () -> UiThread.call(
                () -> editor.stageFieldShowsProblem(io.noodle.model.NoodlePackage.Literals.STAGE__ALLOWED_CLASSES)));
        press(global2);
        Wait.until("legal again", Workbench.TIMEOUT, () -> UiThread.call(
                () -> editor.getLegality() != null && editor.getLegality().isLegal()));
        assertFalse(UiThread.call(global2::isEnabled), "greyed now: the locked domain forbids it");
        Wait.until("the mark gone", Workbench.TIMEOUT, () -> !UiThread.call(
                () -> editor.stageFieldShowsProblem(io.noodle.model.NoodlePackage.Literals.STAGE__ALLOWED_CLASSES)));
        assertTrue(UiThread.call(global2::getToolTipText).contains("locked safety domain does not allow"));

        // undo every step with Ctrl+Z, redo every step from the Edit menu
        Study edited = UiThread.call(() -> EcoreUtil.copy(study));
        int steps = 7; // 3 stages added, 1 connection, class on, domain, class off
        UiThread.run(canvas::setFocus);
        for (int i = 0; i < steps; i++) {
            Object before = UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand());
            Input.key(SWT.CTRL, 'z', 'z');
            Wait.until("undo " + (i + 1), Workbench.TIMEOUT, () -> UiThread.call(
                    () -> editor.getSession().domain().getCommandStack().getUndoCommand() != before));
        }
        assertEquals(List.of("a"), UiThread.call(() -> study.getStages().stream().map(Stage::getName).toList()));
        assertEquals(List.of(), UiThread.call(() -> dependencies(study)));
        assertFalse(UiThread.call(editor::isDirty), "back at the saved study");
        for (int i = 0; i < steps; i++) {
            UiThread.run(() -> editMenu("Redo"));
        }
        assertTrue(UiThread.call(() -> EcoreUtil.equals(edited, study)), "every step redone");

        // save with Ctrl+S, close, open again: the same study
        UiThread.run(canvas::setFocus);
        Input.key(SWT.CTRL, 's', 's');
        Wait.until("saved", Workbench.TIMEOUT, () -> !UiThread.call(editor::isDirty));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        StudyEditor reopened = Workbench.openStudy(file);
        Wait.until("reopened", Workbench.TIMEOUT, () -> UiThread.call(() -> reopened.getSession() != null));
        assertTrue(UiThread.call(() -> EcoreUtil.equals(edited, reopened.getSession().study())),
                "the reopened study is the one that was saved");
        assertTrue(EcoreUtil.equals(edited, StudyStore.load(file)), "and so is the file");
        UiThread.run(() -> Workbench.page().closeEditor(reopened, false));
    }

    @Test
    void aStagesEcosRankingAndRailsAreSetFromItsFormAndUndone() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Study start = StudyYamlImporter.importFrom(new StringReader("""
                name: stage_form
                base_case: f_base
                safety_domain: sandbox
                ecos: [{name: resize, class: topology_neutral, parameters: [{name: paths, type: int, min: 1, max: 50, default: "20"}]}, {name: buffer, class: placement_local}]
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [resize]}
                """), null).study();
        Study original = EcoreUtil.copy(start);
        Path file = StudyStore.save(start, root.resolve("stage_form"));
        StudyEditor editor = Workbench.openStudy(file);
        Wait.until("the study loaded", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null));
        UiThread.run(() -> editor.showPage(StudyEditor.STAGES));
        GraphCanvas canvas = UiThread.call(editor::getGraph);
        Wait.until("stage a drawn", Workbench.TIMEOUT, () -> UiThread.call(() -> canvas.boundsOf("a") != null));
        Study study = UiThread.call(() -> editor.getSession().study());
        click(canvas, "a");

        // the ECO list: resize ticked; buffer ticked from the keyboard (second row, Space)
        Table ecos = UiThread.call(() -> Widgets.visibleByTestId(Table.class, NoodleUi.TEST_ID, "stage.ecos"));
        assertEquals(2, UiThread.call(ecos::getItemCount));
        assertTrue(UiThread.call(() -> ecos.getItem(0).getChecked() && !ecos.getItem(1).getChecked()));
        assertEquals("resize  (topology_neutral)  \u2014 paths int 1..50 = 20", UiThread.call(() -> ecos.getItem(0).getText()),
                "each ECO with the parameter values its trials sweep");
        UiThread.run(ecos::setFocus); // the form scrolls to it
        Wait.until("the list focused", Workbench.TIMEOUT, () -> UiThread.call(ecos::isFocusControl));
        Input.key(0, SWT.ARROW_DOWN, '\0');
        Wait.until("a row selected", Workbench.TIMEOUT, () -> UiThread.call(ecos::getSelectionIndex) >= 0);
        if (UiThread.call(ecos::getSelectionIndex) == 0) {
            Input.key(0, SWT.ARROW_DOWN, '\0');
        }
        Wait.until("buffer selected", Workbench.TIMEOUT, () -> UiThread.call(ecos::getSelectionIndex) == 1);
        Input.key(0, ' ', ' ');
        Wait.until("buffer applied", Workbench.TIMEOUT, () -> UiThread.call(
                () -> study.findStage("a").getEcoNames().equals(List.of("resize", "buffer"))));

        // the stage's priors settings: suspicious ECOs skipped from stage 1 on (arrow up from -1, twice)
        org.eclipse.swt.widgets.Spinner skip = UiThread.call(() -> Widgets.visibleByTestId(
                org.eclipse.swt.widgets.Spinner.class, NoodleUi.TEST_ID, "stage.skipSuspicious"));
        assertEquals(-1, (int) UiThread.call(skip::getSelection), "never, by default");
        UiThread.run(skip::setFocus);
        Wait.until("the skip field focused", Workbench.TIMEOUT, () -> UiThread.call(skip::isFocusControl));
        Input.key(0, SWT.ARROW_UP, '\0');
        Input.key(0, SWT.ARROW_UP, '\0');
        Wait.until("skipped from stage 1", Workbench.TIMEOUT, () -> UiThread.call(() -> study.findStage("a").getRanking()
                != null && study.findStage("a").getRanking().getSuspiciousSkipAfterStage() == 1));

        // the WNS rail typed, Enter; a word is refused where it was typed
        org.eclipse.swt.widgets.Text wns = UiThread.call(() -> Widgets.visibleByTestId(
                org.eclipse.swt.widgets.Text.class, NoodleUi.TEST_ID, "stage.wnsRail"));
        UiThread.run(wns::setFocus);
        Input.type("-150");
        Input.key(0, SWT.CR, '\r');
        Wait.until("the rail set", Workbench.TIMEOUT, () -> UiThread.call(
                () -> Double.valueOf(-150).equals(study.findStage("a").getRails().getWnsThresholdPs())));
        UiThread.run(() -> wns.setText("lots"));
        Input.key(0, SWT.CR, '\r');
        Wait.until("refused", Workbench.TIMEOUT, () -> UiThread.call(() -> Widgets.visibleByTestId(Label.class,
                NoodleUi.TEST_ID, "stages.status").getText().contains("'lots' is not")));
        assertEquals(-150.0, UiThread.call(() -> study.findStage("a").getRails().getWnsThresholdPs()));

        // the ranking: multi_objective enables its weights
        Combo ranking = UiThread.call(() -> Widgets.visibleByTestId(Combo.class, NoodleUi.TEST_ID, "stage.ranking"));
        org.eclipse.swt.widgets.Spinner weight = UiThread.call(() -> Widgets.visibleByTestId(
                org.eclipse.swt.widgets.Spinner.class, NoodleUi.TEST_ID, "stage.timingWeight"));
        assertFalse(UiThread.call(weight::isEnabled));
        UiThread.run(() -> {
            ranking.select(io.noodle.model.RankingPolicyKind.MULTI_OBJECTIVE.getValue());
            ranking.notifyListeners(SWT.Selection, new Event());
        });
        Wait.until("multi_objective", Workbench.TIMEOUT, () -> UiThread.call(() -> study.findStage("a").getRanking()
                .getKind() == io.noodle.model.RankingPolicyKind.MULTI_OBJECTIVE && weight.isEnabled()));
        Workbench.shot("designer-stage-form.png");

        // the Properties view edits the selected stage through the same command stack
        var props = UiThread.call(() -> org.eclipse.core.runtime.Adapters.adapt(study.findStage("a"),
                org.eclipse.ui.views.properties.IPropertySource.class));
        var budgetRow = UiThread.call(() -> java.util.Arrays.stream(props.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Trial Budget")).findFirst().orElseThrow());
        assertTrue(UiThread.call(() -> {
            var editor0 = budgetRow.createPropertyEditor(Workbench.shell());
            boolean made = editor0 != null && editor0.getValidator().isValid("lots") != null
                    && editor0.getValidator().isValid("5") == null;
            if (editor0 != null) {
                editor0.dispose();
            }
            return made;
        }), "the budget is edited in place, a word refused as typed");
        Object beforeProps = UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand());
        UiThread.run(() -> props.setPropertyValue(budgetRow.getId(), "5"));
        assertEquals(5, UiThread.call(() -> study.findStage("a").getTrialBudget()));
        assertTrue(UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand() != beforeProps),
                "one command on the study's stack");
        UiThread.run(() -> editor.getSession().domain().getCommandStack().undo());
        assertEquals(2, UiThread.call(() -> study.findStage("a").getTrialBudget()));

        for (int i = 0; i < 5; i++) { // every edit above, the two steps of the skip stage included
            Object before = UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand());
            UiThread.run(canvas::setFocus);
            Input.key(SWT.CTRL, 'z', 'z');
            Wait.until("undo " + (i + 1), Workbench.TIMEOUT, () -> UiThread.call(
                    () -> editor.getSession().domain().getCommandStack().getUndoCommand() != before));
        }
        assertTrue(UiThread.call(() -> EcoreUtil.equals(original, study)), "undone to the study as it was");
        Wait.until("the form follows", Workbench.TIMEOUT, () -> UiThread.call(() -> !ecos.getItem(1).getChecked()
                && wns.getText().isEmpty()));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    @Test
    void theDesignObjectiveAndRailsOfTheStudyAreShownAndEdited() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Path file = io.noodle.eda.flow.NewStudies.create(root, "settings_ui", "fir8",
                io.noodle.eda.flow.NewStudies.Template.ONE_STAGE);
        StudyEditor editor = Workbench.openStudy(file);
        Wait.until("the study loaded", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null));
        UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
        Label design = UiThread.call(() -> Widgets.visibleByTestId(Label.class, NoodleUi.TEST_ID, "study.design"));
        Wait.until("the design's top module read", Workbench.TIMEOUT, () -> UiThread.call(design::getText)
                .contains("top module fir8"));
        assertTrue(UiThread.call(design::getText).startsWith("fir8 \u2014 design (qflow), SHA-256 "),
                UiThread.call(design::getText));
        Study study = UiThread.call(() -> editor.getSession().study());
        Study original = UiThread.call(() -> EcoreUtil.copy(study));

        org.eclipse.swt.widgets.Spinner timeout = UiThread.call(() -> Widgets.visibleByTestId(
                org.eclipse.swt.widgets.Spinner.class, NoodleUi.TEST_ID, "study.trialTimeout"));
        UiThread.run(timeout::setFocus);
        Wait.until("the timeout focused", Workbench.TIMEOUT, () -> UiThread.call(timeout::isFocusControl));
        Input.key(0, SWT.ARROW_UP, '\0');
        int before = original.getRails().getTrialTimeoutSeconds();
        Wait.until("the timeout one more", Workbench.TIMEOUT, () -> UiThread.call(
                () -> study.getRails().getTrialTimeoutSeconds() == before + 1));
        Combo objective = UiThread.call(() -> Widgets.visibleByTestId(Combo.class, NoodleUi.TEST_ID, "study.objective"));
        UiThread.run(() -> {
            objective.select(io.noodle.model.ObjectiveMode.PARETO.getValue());
            objective.notifyListeners(SWT.Selection, new Event());
        });
        org.eclipse.swt.widgets.Spinner weight = UiThread.call(() -> Widgets.visibleByTestId(
                org.eclipse.swt.widgets.Spinner.class, NoodleUi.TEST_ID, "study.timingWeight"));
        Wait.until("pareto, without weights", Workbench.TIMEOUT, () -> UiThread.call(
                () -> study.getObjective().getMode() == io.noodle.model.ObjectiveMode.PARETO && !weight.isEnabled()));
        Workbench.shot("designer-overview.png");
        for (int i = 0; i < 2; i++) {
            Object top = UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand());
            UiThread.run(() -> editor.getSession().domain().getCommandStack().undo());
            Wait.until("undone " + (i + 1), Workbench.TIMEOUT, () -> UiThread.call(
                    () -> editor.getSession().domain().getCommandStack().getUndoCommand() != top));
        }
        assertTrue(UiThread.call(() -> EcoreUtil.equals(original, study)), "undone to the study as it was");
        Wait.until("the form follows", Workbench.TIMEOUT, () -> UiThread.call(
                () -> timeout.getSelection() == before && weight.isEnabled()));

        // the base case's name emptied in Properties: the study's problem marked beside the base case line
        var studyProps = UiThread.call(() -> org.eclipse.core.runtime.Adapters.adapt(study,
                org.eclipse.ui.views.properties.IPropertySource.class));
        Object baseId = UiThread.call(() -> java.util.Arrays.stream(studyProps.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Base Case Name")).findFirst().orElseThrow().getId());
        UiThread.run(() -> studyProps.setPropertyValue(baseId, ""));
        Wait.until("the base case marked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.overviewFieldShowsProblem(
                io.noodle.model.NoodlePackage.Literals.STUDY__BASE_CASE_NAME)));
        UiThread.run(() -> editor.getSession().domain().getCommandStack().undo());
        Wait.until("the mark gone", Workbench.TIMEOUT, () -> !UiThread.call(() -> editor.overviewFieldShowsProblem(
                io.noodle.model.NoodlePackage.Literals.STUDY__BASE_CASE_NAME)));

        // a list attribute in Properties: a stage's allowed classes, comma-separated, one command
        io.noodle.model.Stage first = UiThread.call(() -> study.getStages().get(0));
        var stageProps = UiThread.call(() -> org.eclipse.core.runtime.Adapters.adapt(first,
                org.eclipse.ui.views.properties.IPropertySource.class));
        var classesDescriptor = UiThread.call(() -> java.util.Arrays.stream(stageProps.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Allowed Classes")).findFirst().orElseThrow());
        var editorCell = UiThread.call(() -> {
            var cell = classesDescriptor.createPropertyEditor(new org.eclipse.swt.widgets.Composite(Workbench.shell(),
                    SWT.NONE));
            return cell;
        });
        assertTrue(editorCell != null, "the list is editable in place");
        assertEquals("'global_chaos' is not one of topology_neutral, placement_local, routing_affecting, "
                + "global_disruptive", UiThread.call(() -> editorCell.getValidator().isValid(
                        "placement_local, global_chaos")));
        UiThread.run(() -> stageProps.setPropertyValue(classesDescriptor.getId(), "topology_neutral, placement_local"));
        Wait.until("the classes set", Workbench.TIMEOUT, () -> UiThread.call(() -> first.getAllowedClasses().equals(
                java.util.List.of(io.noodle.model.EcoClass.TOPOLOGY_NEUTRAL, io.noodle.model.EcoClass.PLACEMENT_LOCAL))));
        assertEquals("topology_neutral, placement_local", UiThread.call(() -> stageProps.getPropertyValue(
                classesDescriptor.getId())));
        UiThread.run(() -> editor.getSession().domain().getCommandStack().undo());
        assertTrue(UiThread.call(() -> EcoreUtil.equals(original, study)), "one command, undone");
        UiThread.run(() -> editorCell.getControl().getParent().dispose());

        // a lexicographic objective's metric order typed in; a metric the ranking does not know is marked
        UiThread.run(() -> {
            objective.select(io.noodle.model.ObjectiveMode.LEXICOGRAPHIC.getValue());
            objective.notifyListeners(SWT.Selection, new Event());
        });
        org.eclipse.swt.widgets.Text order = UiThread.call(() -> Widgets.visibleByTestId(org.eclipse.swt.widgets.Text.class,
                NoodleUi.TEST_ID, "study.metricOrder"));
        Wait.until("the metric order editable", Workbench.TIMEOUT, () -> UiThread.call(order::isEnabled));
        UiThread.run(order::setFocus);
        Wait.until("the metric order focused", Workbench.TIMEOUT, () -> UiThread.call(order::isFocusControl));
        UiThread.run(order::selectAll); // typed over what the study had
        Input.type("wns, tns");
        Input.key(0, SWT.CR, '\r');
        try {
            Wait.until("the metric order set", Duration.ofSeconds(5), () -> UiThread.call(
                    () -> study.getObjective().getMetricOrder().equals(java.util.List.of("wns", "tns"))));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": field '" + UiThread.call(order::getText) + "', focus "
                    + UiThread.call(order::isFocusControl) + ", model " + UiThread.call(() -> study.getObjective()
                            .getMetricOrder()) + ", mode " + UiThread.call(() -> study.getObjective().getMode()), e);
        }
        Wait.until("tns marked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.overviewFieldShowsProblem(
                io.noodle.model.NoodlePackage.Literals.OBJECTIVE__METRIC_ORDER)));
        Workbench.shot("designer-metric-order.png");
        // the problem in the list: Enter on it goes to its field
        Table problemList = UiThread.call(() -> Widgets.visibleByTestId(Table.class, NoodleUi.TEST_ID, "study.problems"));
        Wait.until("the problem listed", Workbench.TIMEOUT, () -> UiThread.call(() -> java.util.Arrays.stream(
                problemList.getItems()).anyMatch(i -> i.getText().contains("'tns'"))));
        UiThread.run(() -> {
            problemList.setFocus();
            for (int i = 0; i < problemList.getItemCount(); i++) {
                if (problemList.getItem(i).getText().contains("'tns'")) {
                    problemList.setSelection(i);
                }
            }
        });
        Wait.until("the list focused", Workbench.TIMEOUT, () -> UiThread.call(problemList::isFocusControl));
        Input.key(0, SWT.CR, '\r');
        Wait.until("the metric order field focused", Workbench.TIMEOUT, () -> UiThread.call(order::isFocusControl));
        for (int i = 0; i < 2; i++) { // the order, then the mode
            Object top = UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand());
            UiThread.run(() -> editor.getSession().domain().getCommandStack().undo());
            Wait.until("undone " + (i + 1), Workbench.TIMEOUT, () -> UiThread.call(
                    () -> editor.getSession().domain().getCommandStack().getUndoCommand() != top));
        }
        Wait.until("the mark gone with the order", Workbench.TIMEOUT, () -> !UiThread.call(() -> editor
                .overviewFieldShowsProblem(io.noodle.model.NoodlePackage.Literals.OBJECTIVE__METRIC_ORDER)));
        assertTrue(UiThread.call(() -> EcoreUtil.equals(original, study)), "undone to the study as it was");

        // Change Design…: a bundled design instead, copied into the study's folder; undone, the old one is back
        org.eclipse.ui.forms.widgets.Hyperlink change = UiThread.call(() -> Widgets.visibleByTestId(
                org.eclipse.ui.forms.widgets.Hyperlink.class, NoodleUi.TEST_ID, "study.changeDesign"));
        UiThread.run(change::setFocus);
        Wait.until("the link focused", Workbench.TIMEOUT, () -> UiThread.call(change::isFocusControl));
        Input.key(0, SWT.CR, '\r');
        Wait.until("the design dialog", Workbench.TIMEOUT, () -> UiThread.call(
                () -> UiThread.display().getActiveShell() != null
                        && "Change Design".equals(UiThread.display().getActiveShell().getText())));
        Combo bundledDesign = UiThread.call(() -> Widgets.visibleByTestId(Combo.class, NoodleUi.TEST_ID, "design.bundled"));
        assertEquals("mac8", UiThread.call(bundledDesign::getText));
        Workbench.shot("designer-change-design.png");
        Input.key(0, SWT.CR, '\r');
        Wait.until("the base case on mac8", Duration.ofSeconds(30), () -> UiThread.call(() -> "mac8".equals(
                study.getBaseCaseName()) && study.getSnapshot() != null && "design-2".equals(study.getSnapshot().getPath())));
        Path studyFolder = UiThread.call(() -> editor.getSession().folder());
        assertTrue(Files.isRegularFile(studyFolder.resolve("design-2/design.properties")), "copied into the study");
        assertEquals(io.noodle.model.persistence.Snapshots.sha256(studyFolder.resolve("design-2")),
                UiThread.call(() -> study.getSnapshot().getSha256()), "its hash recorded");
        Wait.until("still legal", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null
                && editor.getLegality().isLegal()));
        UiThread.run(() -> Workbench.shell().forceActive());
        UiThread.run(() -> editor.getSession().domain().getCommandStack().undo());
        assertTrue(UiThread.call(() -> EcoreUtil.equals(original, study)), "one command, undone to the design it had");

        // an edit thrown away with File > Revert: the file as saved, nothing to undo
        UiThread.run(() -> {
            objective.select(io.noodle.model.ObjectiveMode.LEXICOGRAPHIC.getValue());
            objective.notifyListeners(SWT.Selection, new Event());
        });
        Wait.until("edited", Workbench.TIMEOUT, () -> UiThread.call(editor::isDirty));
        UiThread.run(() -> io.noodle.testing.ui.Menus.select(Workbench.shell(), "File", "Revert"));
        Wait.until("reverted", Workbench.TIMEOUT, () -> UiThread.call(() -> !editor.isDirty()
                && EcoreUtil.equals(original, editor.getSession().study())
                && objective.getSelectionIndex() == original.getObjective().getMode().getValue()));
        assertFalse(UiThread.call(() -> editor.getSession().domain().getCommandStack().canUndo()));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    private static void click(GraphCanvas canvas, String node) {
        Rectangle r = UiThread.call(() -> canvas.boundsOf(node));
        Input.click(canvas, new Point(r.x + 10, r.y + 10));

        Wait.until(node + " selected", Workbench.TIMEOUT, () -> UiThread.call(() -> node.equals(canvas.getSelection())));
    }

    private static void addStage() {
        Button add = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "stages.add"));
        press(add);
    }

    /** Presses a button as a keyboard user does: focus it, press Space (pointer clicks on GTK buttons are
     * unreliable under Xvfb without a window manager). */
    private static void press(Button b) {
        UiThread.run(b::setFocus);
        Wait.until("the button focused", Workbench.TIMEOUT, () -> UiThread.call(b::isFocusControl));
        Input.key(0, ' ', ' ');
    }

    /** Selects the first item of the Edit menu whose label starts with {@code prefix}. */
    private static void editMenu(String prefix) {
        var shell = Workbench.page().getWorkbenchWindow().getShell();
        MenuItem edit = io.noodle.testing.ui.Menus.find(shell, "Edit");
        Menu menu = edit.getMenu();
        io.noodle.testing.ui.Menus.labels(menu); // shows it, so the items are up to date
        for (MenuItem mi : menu.getItems()) {
            if (Widgets.stripMnemonic(mi.getText()).startsWith(prefix)) {
                if (!mi.isEnabled()) {
                    throw new AssertionError(mi.getText() + " is disabled");
                }
                Event e = new Event();
                e.widget = mi;
                mi.notifyListeners(SWT.Selection, e);
                menu.setVisible(false);
                return;
            }
        }
        throw new AssertionError("no Edit menu item starting with " + prefix);
    }

}
