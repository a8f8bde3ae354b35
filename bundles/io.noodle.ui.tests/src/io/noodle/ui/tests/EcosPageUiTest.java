package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.EcoDefinition;
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

/**
 * The ECOs page with the keyboard: an ECO of the local flow added from the filtered list with its parameters;
 * a compound made of two selected ECOs; an ECO a stage and the compound use removed with Delete (the stage
 * and the compound follow); every step undone with Ctrl+Z back to the study as it was.
 */
@ExtendWith(WorkbenchExtension.class)
class EcosPageUiTest {

    private static List<String> names(Study s) {
        return s.getEcos().stream().map(EcoDefinition::getName).toList();
    }

    @Test
    void ecosAreAddedCompoundedAndRemovedAsUndoableEdits() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Study start = StudyYamlImporter.importFrom(new StringReader("""
                name: ecos_ui
                base_case: e_base
                safety_domain: sandbox
                ecos:
                  - {name: resize_worst, class: topology_neutral, parameters: [{name: paths, type: int, min: 1, max: 200, default: "20"}]}
                  - {name: buffer_fanout, class: placement_local}
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [resize_worst, buffer_fanout]}
                """), null).study();
        Study original = EcoreUtil.copy(start);
        Path file = StudyStore.save(start, root.resolve("ecos_ui"));
        StudyEditor editor = Workbench.openStudy(file);
        Wait.until("the study loaded", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null));
        UiThread.run(() -> editor.showPage(StudyEditor.ECOS));
        Study study = UiThread.call(() -> editor.getSession().study());
        Table table = UiThread.call(() -> editor.getEcoTable().getTable());
        Wait.until("two rows", Workbench.TIMEOUT, () -> UiThread.call(table::getItemCount) == 2);
        assertEquals("paths int 1..200 = 20", UiThread.call(() -> table.getItem(0).getText(2)));
        assertEquals("a", UiThread.call(() -> table.getItem(0).getText(4)), "used by stage a");

        // Add ECO: the list of the local flow's ECOs, filtered by typing, Enter
        press(UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "ecos.add")));
        Wait.until("the Add ECO dialog", Workbench.TIMEOUT, () -> UiThread.call(() -> dialog("Add ECO") != null));
        Text filter = UiThread.call(() -> Widgets.all(dialog("Add ECO"), Text.class, t -> true).get(0));
        UiThread.run(filter::setFocus);
        Input.type("reroute");
        Wait.until("filtered", Workbench.TIMEOUT, () -> UiThread.call(() -> Widgets.all(dialog("Add ECO"),
                Table.class, t -> t.getItemCount() == 1).size() == 1));
        Input.key(0, SWT.CR, '\r');
        Wait.until("reroute_layers added", Workbench.TIMEOUT, () -> UiThread.call(() -> table.getItemCount() == 3));
        assertEquals(List.of("resize_worst", "buffer_fanout", "reroute_layers"), UiThread.call(() -> names(study)));
        assertEquals("layers int 2..6 = 4; via_stacks int 1..3 = 2", UiThread.call(() -> table.getItem(2).getText(2)),
                "with the parameters the flow declares");
        assertEquals("routing_affecting", UiThread.call(() -> table.getItem(2).getText(1)));

        // without a window manager, closing a dialog leaves no window active: give the workbench its focus back
        Wait.until("the dialog closed", Workbench.TIMEOUT, () -> UiThread.call(() -> dialog("Add ECO") == null));
        UiThread.run(() -> Workbench.shell().forceActive());
        Wait.until("the workbench window active", Workbench.TIMEOUT, () -> UiThread.call(
                () -> UiThread.display().getActiveShell() == Workbench.shell()));
        UiThread.run(() -> Workbench.page().activate(editor));

        // the first two rows selected with the keyboard, then a compound of them
        UiThread.run(table::setFocus);
        Wait.until("the table focused", Workbench.TIMEOUT, () -> UiThread.call(table::isFocusControl));
        Input.click(table, UiThread.call(() -> table.getItem(0).getBounds(0)));
        Wait.until("the first selected", Workbench.TIMEOUT, () -> UiThread.call(table::getSelectionIndex) == 0);
        Input.key(SWT.SHIFT, SWT.ARROW_DOWN, (char) 0);
        try {
            Wait.until("two selected", Workbench.TIMEOUT, () -> UiThread.call(table::getSelectionCount) == 2);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + UiThread.call(() -> Arrays.toString(table.getSelectionIndices())
                    + " focus " + UiThread.display().getFocusControl()), e);
        }
        press(UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "ecos.compound")));
        Wait.until("the compound added", Workbench.TIMEOUT, () -> UiThread.call(() -> table.getItemCount() == 4));
        EcoDefinition both = UiThread.call(() -> study.getEcos().get(3));
        assertEquals("resize_worst_then_buffer_fanout", both.getName());
        assertEquals("topology_neutral (placement_local with its parts)", UiThread.call(() -> table.getItem(3).getText(1)));
        assertTrue(UiThread.call(() -> editor.getLegality() != null));
        Workbench.shot("designer-ecos.png");

        // buffer_fanout removed with Delete: stage a no longer names it, and the compound of two is gone too
        UiThread.run(table::setFocus);
        Input.key(0, SWT.HOME, (char) 0);
        Input.key(0, SWT.ARROW_DOWN, (char) 0);
        Wait.until("buffer_fanout selected", Workbench.TIMEOUT, () -> UiThread.call(
                () -> table.getSelectionCount() == 1 && table.getSelection()[0].getText(0).equals("buffer_fanout")));
        Input.key(0, SWT.DEL, (char) 0x7f);
        Wait.until("removed", Workbench.TIMEOUT, () -> UiThread.call(() -> table.getItemCount() == 2));
        assertEquals(List.of("resize_worst", "reroute_layers"), UiThread.call(() -> names(study)));
        assertEquals(List.of("resize_worst"), UiThread.call(() -> List.copyOf(study.findStage("a").getEcoNames())));

        // three undos: the study as it was
        for (int i = 0; i < 3; i++) {
            Object before = UiThread.call(() -> editor.getSession().domain().getCommandStack().getUndoCommand());
            UiThread.run(table::setFocus);
            Input.key(SWT.CTRL, 'z', 'z');
            Wait.until("undo " + (i + 1), Workbench.TIMEOUT, () -> UiThread.call(
                    () -> editor.getSession().domain().getCommandStack().getUndoCommand() != before));
        }
        assertTrue(UiThread.call(() -> EcoreUtil.equals(original, study)), "undone to the study as it was");
        assertTrue(!UiThread.call(editor::isDirty));
        Wait.until("the table follows", Workbench.TIMEOUT, () -> UiThread.call(() -> table.getItemCount() == 2));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    private static Shell dialog(String title) {
        return Arrays.stream(UiThread.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()
                && title.equals(s.getText())).findFirst().orElse(null);
    }

    private static void press(Button b) {
        UiThread.run(b::setFocus);
        Wait.until("the button focused", Workbench.TIMEOUT, () -> UiThread.call(b::isFocusControl));
        Input.key(0, ' ', ' ');
    }
}
