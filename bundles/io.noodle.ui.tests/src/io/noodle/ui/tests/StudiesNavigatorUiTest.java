package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;

/** The Studies navigator follows the workspace folder on disk, and its selection feeds the Properties view. */
@ExtendWith(WorkbenchExtension.class)
class StudiesNavigatorUiTest {

    private static Tree tree() {
        Workbench.showView(NoodleUi.STUDIES_VIEW_ID, org.eclipse.ui.IViewPart.class);
        return UiThread.call(() -> Widgets.byTestId(Tree.class, NoodleUi.TEST_ID, "studies.tree"));
    }

    private static List<String> topLevel(Tree tree) {
        return UiThread.call(() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
    }

    @Test
    void showsStudyFoldersAsTheyAppearAndDisappearOnDisk() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Tree tree = tree();
        assertTrue(!topLevel(tree).contains(".metadata"), "hidden folders are not listed");

        Path study = Files.createDirectories(root.resolve("mac8_study"));
        Files.writeString(study.resolve("mac8.noodle"), "<study/>");
        Wait.until("mac8_study in the navigator", Workbench.TIMEOUT, () -> topLevel(tree).contains("mac8_study"));

        Files.delete(study.resolve("mac8.noodle"));
        Files.delete(study);
        Wait.until("mac8_study gone from the navigator", Workbench.TIMEOUT,
                () -> !topLevel(tree).contains("mac8_study"));
    }

    @Test
    void clickingAStudyShowsItsPropertiesInThePropertiesView() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Path study = Files.createDirectories(root.resolve("fir_study"));
        Files.writeString(study.resolve("fir.noodle"), "<study/>");
        Tree tree = tree();
        Wait.until("fir_study in the navigator", Workbench.TIMEOUT, () -> topLevel(tree).contains("fir_study"));
        PropertySheet sheetView = Workbench.showView(NoodleUi.PROPERTIES_VIEW_ID, PropertySheet.class);
        Workbench.showView(NoodleUi.STUDIES_VIEW_ID, org.eclipse.ui.IViewPart.class);

        Rectangle bounds = UiThread.call(() -> Arrays.stream(tree.getItems())
                .filter(i -> i.getText().equals("fir_study")).findFirst().orElseThrow().getBounds());
        Input.click(tree, bounds); // a real mouse click through the X server
        Wait.until("fir_study selected", Workbench.TIMEOUT, () -> UiThread.call(
                () -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getText().equals("fir_study")));

        // the page the Properties view shows now
        java.util.function.Supplier<Tree> properties = () -> (Tree) sheetView.getCurrentPage().getControl();
        Wait.until("the Properties view to list the study folder", Workbench.TIMEOUT,
                () -> UiThread.call(() -> propertyRows(properties.get()).contains("Kind=Study folder")));
        List<String> rows = UiThread.call(() -> propertyRows(properties.get()));
        assertTrue(rows.contains("Location=" + study), rows.toString());
        assertEquals(1, rows.stream().filter(r -> r.startsWith("Name=fir_study")).count(), rows.toString());
    }

    /** Property sheet rows as "name=value", categories expanded. */
    private static List<String> propertyRows(Tree sheet) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (TreeItem category : sheet.getItems()) {
            category.setExpanded(true);
            out.add(category.getText(0) + "=" + category.getText(1));
            for (TreeItem item : category.getItems()) {
                out.add(item.getText(0) + "=" + item.getText(1));
            }
        }
        return out;
    }
}
