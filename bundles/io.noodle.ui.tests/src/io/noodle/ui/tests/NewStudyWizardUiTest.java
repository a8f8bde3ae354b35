package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.Study;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;

/** File > New Study with the keyboard: a name, the demo's five stages, Enter; the study opens, legal. */
@ExtendWith(WorkbenchExtension.class)
class NewStudyWizardUiTest {

    @Test
    void theWizardMakesAStudyOnABundledDesignAndOpensIt() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        openWizard();
        Text name = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.name"));
        UiThread.run(name::setFocus);
        Input.type("wiz1");
        Wait.until("the name typed", Workbench.TIMEOUT, () -> UiThread.call(name::getText).equals("wiz1"));
        Button five = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "newStudy.fiveStages"));
        UiThread.run(five::setFocus);
        Input.key(0, ' ', ' ');
        Wait.until("five stages chosen", Workbench.TIMEOUT, () -> UiThread.call(five::getSelection));
        Workbench.shot("new-study-wizard.png");
        UiThread.run(name::setFocus);
        Input.key(0, SWT.CR, '\r'); // Finish, the wizard's default button

        Wait.until("the new study open in the designer", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            IEditorPart e = Workbench.page().getActiveEditor();
            return e instanceof StudyEditor se && e.getTitle().equals("wiz1.noodle") && se.getLegality() != null;
        }));
        StudyEditor editor = (StudyEditor) UiThread.call(() -> Workbench.page().getActiveEditor());
        Study s = UiThread.call(() -> editor.getSession().study());
        assertEquals("mac8", s.getBaseCaseName());
        assertEquals(5, s.getStages().size());
        assertTrue(UiThread.call(() -> editor.getLegality().isLegal()), "a legal study, ready to run");
        assertTrue(Files.isRegularFile(root.resolve("wiz1/design/design.properties")));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    /** Opens File > New Study (modal: without waiting for it) and waits for its page. */
    private static void openWizard() throws Exception {
        Workbench.awaitFirstStart();
        UiThread.display().asyncExec(() -> { // the wizard is modal: open it without waiting for it
            try {
                Workbench.window().getService(IHandlerService.class).executeCommand("io.noodle.ui.commands.newStudy",
                        null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Wait.until("the wizard", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            try {
                return Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.name") != null;
            } catch (AssertionError e) {
                return false;
            }
        }));
    }

    @Test
    void theWizardMakesAStudyOnTheUsersVerilogAndSdc(@org.junit.jupiter.api.io.TempDir Path mine) throws Exception {
        Files.writeString(mine.resolve("counter.v"), """
                module counter (input clk, input rst, output reg [7:0] q);
                  always @(posedge clk) q <= rst ? 8'd0 : q + 8'd1;
                endmodule
                """);
        Files.writeString(mine.resolve("counter.sdc"), "create_clock -name clk -period 2 [get_ports clk]\n");
        openWizard();
        Text name = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.name"));
        UiThread.run(name::setFocus);
        Input.type("own1");
        Button fromFolder = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID,
                "newStudy.fromFolder"));
        UiThread.run(fromFolder::setFocus);
        Input.key(0, ' ', ' ');
        Wait.until("the folder chosen", Workbench.TIMEOUT, () -> UiThread.call(fromFolder::getSelection));
        Text folder = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.folder"));
        Text top = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.top"));
        Button bundled = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "newStudy.bundled"));
        assertTrue(!UiThread.call(bundled::getSelection), "one source at a time");
        UiThread.run(folder::setFocus);
        Input.type(mine.toString());
        Wait.until("the top module guessed", Workbench.TIMEOUT, () -> UiThread.call(top::getText).equals("counter"));
        Wait.until("the guess drawn, before the picture", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            var size = top.getSize();
            return io.noodle.testing.ui.Screenshots.drawn(top, new org.eclipse.swt.graphics.Rectangle(6, 6, 40,
                    size.y - 12));
        }));
        Workbench.shot("new-study-wizard-folder.png");
        UiThread.run(name::setFocus);
        Input.key(0, SWT.CR, '\r');
        Wait.until("the new study open in the designer", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            IEditorPart e = Workbench.page().getActiveEditor();
            return e instanceof StudyEditor se && e.getTitle().equals("own1.noodle") && se.getLegality() != null;
        }));
        StudyEditor editor = (StudyEditor) UiThread.call(() -> Workbench.page().getActiveEditor());
        assertEquals("counter", UiThread.call(() -> editor.getSession().study().getBaseCaseName()));
        assertTrue(UiThread.call(() -> editor.getLegality().isLegal()), "a legal study, ready to run");
        Path root = NoodleApplication.currentWorkspace().root();
        assertTrue(Files.readString(root.resolve("own1/design/source/counter.v")).contains("module counter"));
        assertTrue(Files.isRegularFile(root.resolve("own1/design/constraints.sdc")));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    @Test
    void ctrlSpaceListsTheModulesOfTheFolderWhenTheTopIsNotClear(@org.junit.jupiter.api.io.TempDir Path mine)
            throws Exception {
        // two modules nobody instantiates: no guess, the user picks one
        Files.writeString(mine.resolve("parts.v"), """
                module alu (input clk, input [7:0] a, output reg [7:0] y);
                  always @(posedge clk) y <= a + 8'd1;
                endmodule
                module cpu_top (input clk, input [7:0] a, output reg [7:0] y);
                  always @(posedge clk) y <= a;
                endmodule
                """);
        Files.writeString(mine.resolve("parts.sdc"), "create_clock -name clk -period 2 [get_ports clk]\n");
        openWizard();
        Text name = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.name"));
        UiThread.run(name::setFocus);
        Input.type("own2");
        Button fromFolder = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID,
                "newStudy.fromFolder"));
        UiThread.run(fromFolder::setFocus);
        Input.key(0, ' ', ' ');
        Wait.until("the folder chosen", Workbench.TIMEOUT, () -> UiThread.call(fromFolder::getSelection));
        Text folder = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.folder"));
        Text top = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "newStudy.top"));
        UiThread.run(folder::setFocus);
        Input.type(mine.toString());
        UiThread.run(top::setFocus);
        Wait.until("the top field focused", Workbench.TIMEOUT, () -> UiThread.call(top::isFocusControl));
        assertEquals("", UiThread.call(top::getText), "no guess between two tops");
        Input.key(SWT.MOD1, ' ', ' ');
        org.eclipse.swt.widgets.Table[] list = new org.eclipse.swt.widgets.Table[1];
        Wait.until("the proposals", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            for (var sh : UiThread.display().getShells()) {
                for (var t : Widgets.all(sh, org.eclipse.swt.widgets.Table.class, x -> x.isVisible())) {
                    if (t.getItemCount() == 2) {
                        list[0] = t;
                    }
                }
            }
            return list[0] != null;
        }));
        assertEquals(java.util.List.of("alu", "cpu_top"), UiThread.call(() -> java.util.Arrays.stream(list[0].getItems())
                .map(i -> i.getText()).toList()));
        Workbench.shot("new-study-top-proposals.png");
        // the choice: without a window manager the popup gets neither keys nor clicks, so the table is told of the
        // double-click the way the toolkit tells it (as the menus of these tests are driven)
        UiThread.run(() -> {
            list[0].setSelection(1);
            org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
            e.item = list[0].getItem(1);
            list[0].notifyListeners(SWT.DefaultSelection, e);
        });
        Wait.until("cpu_top chosen", Workbench.TIMEOUT, () -> UiThread.call(top::getText).equals("cpu_top"));
        UiThread.run(() -> { // the wizard cancelled: nothing made
            for (var sh : UiThread.display().getShells()) {
                if (sh != Workbench.shell() && !sh.isDisposed()) {
                    sh.close();
                }
            }
        });
        assertTrue(!Files.exists(NoodleApplication.currentWorkspace().root().resolve("own2")), "no study made");
    }

    @Test
    void aStudyIsDuplicatedFromTheStudiesViewsContextMenu() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Path file = io.noodle.eda.flow.NewStudies.create(root, "dup_src", "mul16",
                io.noodle.eda.flow.NewStudies.Template.FIVE_STAGES);
        var view = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, io.noodle.ui.internal.views.StudiesView.class);
        Wait.until("the study in the navigator", Workbench.TIMEOUT, () -> UiThread.call(() -> java.util.Arrays.stream(
                view.getViewer().getTree().getItems()).anyMatch(i -> i.getText().equals("dup_src"))));
        UiThread.run(() -> {
            Workbench.page().activate(view);
            view.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(file.getParent()), true);
            view.getViewer().getControl().setFocus();
        });
        UiThread.display().asyncExec(() -> io.noodle.testing.ui.Menus.selectInContextMenu(
                view.getViewer().getControl(), "Duplicate Study\u2026")); // a modal name dialog: not waited for
        Wait.until("the name asked", Workbench.TIMEOUT, () -> UiThread.call(() -> UiThread.display().getActiveShell() != null
                && "Duplicate Study".equals(UiThread.display().getActiveShell().getText())));
        Input.key(0, SWT.CR, '\r'); // the name offered: dup_src_copy
        Wait.until("the copy open in the designer", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            IEditorPart e = Workbench.page().getActiveEditor();
            return e instanceof StudyEditor se && e.getTitle().equals("dup_src_copy.noodle") && se.getSession() != null;
        }));
        StudyEditor copy = (StudyEditor) UiThread.call(() -> Workbench.page().getActiveEditor());
        Study s = UiThread.call(() -> copy.getSession().study());
        assertEquals("dup_src_copy", s.getName());
        assertEquals(5, s.getStages().size());
        assertTrue(Files.isRegularFile(root.resolve("dup_src_copy/design/source/mul16.v")), "the design is copied");
        UiThread.run(() -> Workbench.page().closeEditor(copy, false));
    }
}
