package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.core.workspace.FileLease;
import io.noodle.core.workspace.NoodleWorkspace;
import io.noodle.core.workspace.WorkspaceException;
import io.noodle.testing.ui.Menus;
import io.noodle.testing.ui.UiThread;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;

@ExtendWith(WorkbenchExtension.class)
class WorkbenchWindowUiTest {

    @Test
    void opensOnTheNoodlePerspectiveWithItsViews() {
        IWorkbenchPage page = Workbench.page();
        NoodleWorkspace ws = NoodleApplication.currentWorkspace();
        assertNotNull(ws, "the application opened a workspace");
        assertEquals("Noodle Workbench - " + ws.root(), UiThread.call(() -> Workbench.shell().getText()).strip());
        assertEquals(NoodleUi.PERSPECTIVE_ID, UiThread.call(() -> page.getPerspective().getId()));
        for (String id : List.of(NoodleUi.STUDIES_VIEW_ID, NoodleUi.LINEAGE_VIEW_ID, NoodleUi.GATES_VIEW_ID,
                NoodleUi.TOOLCHAIN_VIEW_ID, NoodleUi.PROGRESS_VIEW_ID,
                NoodleUi.PROPERTIES_VIEW_ID)) {
            assertNotNull(UiThread.call(() -> page.findViewReference(id)), "view " + id + " is in the perspective");
        }
    }

    @Test
    void menuBarHasTheNoodleMenuBetweenEditAndWindow() {
        List<String> top = UiThread.call(() -> Menus.labels(Workbench.shell().getMenuBar()));
        assertEquals(List.of("File", "Edit", "Noodle", "Window", "Help"), top);
        assertEquals(List.of("Undo", "Redo"), UiThread.call(() -> Menus.labels(Menus.find(Workbench.shell(), "Edit")
                .getMenu())));
        assertEquals(List.of("New Study\u2026", "Duplicate Study\u2026", "Run Study", "Run Study With\u2026", "Check Toolchain"),
                UiThread.call(() -> Menus.labels(Menus.find(Workbench.shell(), "Noodle").getMenu())));
    }

    @Test
    void aSecondWorkbenchOnTheSameWorkspaceIsRefusedWithTheHolderNamed() {
        NoodleWorkspace ws = NoodleApplication.currentWorkspace();
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> NoodleWorkspace.open(ws.root(), "second workbench"));
        assertTrue(e.getMessage().contains("in use by " + FileLease.currentHolder() + " Noodle Workbench"),
                e.getMessage());
    }
}
