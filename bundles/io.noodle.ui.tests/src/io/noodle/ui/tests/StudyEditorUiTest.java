package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.properties.PropertySheet;
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
import io.noodle.ui.internal.views.StudiesView;

/** A study in the workspace: its stages in the navigator, and opening it shows it in the study editor. */
@ExtendWith(WorkbenchExtension.class)
class StudyEditorUiTest {

    private static final String YAML = """
            name: nav_study
            base_case: nav_base
            ecos:
              - {name: resize, class: topology_neutral}
            stages:
              - {name: resize, trial_budget: 4, survivor_count: 2, allowed_eco_classes: [topology_neutral], ecos: [resize]}
              - {name: place, trial_budget: 2, survivor_count: 1, depends_on: [resize]}
            """;

    private static List<String> labels(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    @Test
    void navigatorShowsTheStagesAndOpeningTheFileShowsTheStudy() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Study study = StudyYamlImporter.importFrom(new StringReader(YAML), null).study();
        Path file = StudyStore.save(study, root.resolve("nav_study"));

        StudiesView view = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, StudiesView.class);
        TreeViewer viewer = UiThread.call(view::getViewer);
        Tree tree = UiThread.call(viewer::getTree);
        Wait.until("nav_study in the navigator", Workbench.TIMEOUT,
                () -> UiThread.call(() -> labels(tree.getItems()).contains("nav_study")));
        UiThread.run(() -> viewer.expandToLevel(file.getParent(), 1));
        UiThread.run(() -> viewer.expandToLevel(file, 1));
        Wait.until("the stages under the study file", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            TreeItem fileItem = findItem(tree, "nav_study.noodle");
            return fileItem != null && labels(fileItem.getItems()).equals(List.of(
                    "0 resize (sta_only, 4 trials \u2192 2)", "1 place (sta_only, 2 trials \u2192 1) after resize"));
        }));

        // select the study file with a real click, then open it with Enter, as a keyboard user does
        var bounds = UiThread.call(() -> findItem(tree, "nav_study.noodle").getBounds());
        Input.click(tree, bounds);
        Wait.until("the study file selected", Workbench.TIMEOUT,
                () -> UiThread.call(() -> labels(tree.getSelection()).equals(List.of("nav_study.noodle"))));
        Input.key(0, SWT.CR, '\r');
        Wait.until("the study editor", Workbench.TIMEOUT, () -> UiThread.call(() -> {
            IEditorPart e = Workbench.page().getActiveEditor();
            return e instanceof StudyEditor && e.getTitle().equals("nav_study.noodle");
        }));
        Text report = UiThread.call(() -> Widgets.visibleByTestId(Text.class, NoodleUi.TEST_ID, "study.report"));
        Wait.until("the legality report", Workbench.TIMEOUT,
                () -> UiThread.call(() -> report.getText().contains("LEGAL (0 error(s)")));
        assertTrue(UiThread.call(report::getText).startsWith("Run legality report for study 'nav_study'"));
        Label header = UiThread.call(() -> Widgets.visibleByTestId(Label.class, NoodleUi.TEST_ID, "study.header"));
        assertTrue(UiThread.call(header::getText).startsWith("nav_study [guarded, 2 stages]"), UiThread.call(header::getText));

        UiThread.run(() -> ((StudyEditor) Workbench.page().getActiveEditor()).showPage(StudyEditor.MODEL));
        Wait.until("the Model page's tree shown", Workbench.TIMEOUT, () -> UiThread.call(() -> io.noodle.testing.ui.Widgets
                .all(Workbench.shell(), Tree.class, t -> "study.tree".equals(t.getData(NoodleUi.TEST_ID)) && t.isVisible())
                .size() == 1));
        Tree studyTree = UiThread.call(() -> Widgets.visibleByTestId(Tree.class, NoodleUi.TEST_ID, "study.tree"));
        List<String> top = UiThread.call(() -> labels(studyTree.getItems()));
        assertEquals(List.of("nav_study [guarded, 2 stages]"), top);
        List<String> children = UiThread.call(() -> labels(studyTree.getItem(0).getItems()));
        assertTrue(children.containsAll(List.of("resize (topology_neutral)", "0 resize (sta_only, 4 trials \u2192 2)",
                "resize \u2192 place (sequential)")), children.toString());

        // clicking a stage in the editor shows its properties, read from the item providers
        Workbench.showView(NoodleUi.PROPERTIES_VIEW_ID, PropertySheet.class);
        var stageBounds = UiThread.call(() -> findItem(studyTree, "1 place (sta_only, 2 trials \u2192 1) after resize").getBounds());
        Input.click(studyTree, stageBounds);
        Wait.until("the stage selected in the editor", Workbench.TIMEOUT, () -> UiThread.call(
                () -> labels(studyTree.getSelection()).equals(List.of("1 place (sta_only, 2 trials \u2192 1) after resize"))));
        PropertySheet sheetView = (PropertySheet) UiThread.call(() -> Workbench.page().findView(NoodleUi.PROPERTIES_VIEW_ID));
        // the page the Properties view shows now (it keeps one page per part that asks for its own)
        java.util.function.Supplier<Tree> sheet = () -> (Tree) sheetView.getCurrentPage().getControl();
        try {
            Wait.until("the stage's properties", Workbench.TIMEOUT,
                    () -> UiThread.call(() -> rows(sheet.get()).contains("Name=place")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; properties shown: " + UiThread.call(() -> rows(sheet.get())), e);
        }
        List<String> rows = UiThread.call(() -> rows(sheet.get()));
        assertTrue(rows.contains("Trial Budget=2"), rows.toString());

        // another program rewrites the file while the editor has unsaved edits: they are kept, and it says so
        StudyEditor editor = UiThread.call(() -> (StudyEditor) Workbench.page().getActiveEditor());
        UiThread.run(() -> editor.showPage(StudyEditor.OVERVIEW));
        var session = UiThread.call(editor::getSession);
        UiThread.run(() -> session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                session.domain(), session.study(), io.noodle.model.NoodlePackage.Literals.STUDY__DESCRIPTION, "mine")));
        Study theirs = StudyStore.load(file);
        theirs.setDescription("theirs");
        StudyStore.save(theirs, file.getParent());
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(file).toMillis() + 5000)); // a time of its own
        org.eclipse.ui.forms.widgets.ScrolledForm form = UiThread.call(
                () -> ((org.eclipse.ui.forms.editor.IFormPage) editor.getSelectedPage()).getManagedForm().getForm());
        Wait.until("the editor to say the file changed on disk", Workbench.TIMEOUT, () -> UiThread.call(
                () -> form.getMessage() != null && form.getMessage().startsWith("The file changed on disk")));
        assertEquals("mine", UiThread.call(() -> session.study().getDescription()), "the unsaved edit is kept");
        Workbench.shot("editor-changed-on-disk.png");
        UiThread.run(() -> session.domain().getCommandStack().undo());
        Wait.until("the other version loaded once the edit is undone", Workbench.TIMEOUT, () -> UiThread.call(
                () -> "theirs".equals(session.study().getDescription()) && form.getMessage() == null));
    }

    private static TreeItem findItem(Tree tree, String text) {
        List<TreeItem> todo = new ArrayList<>(Arrays.asList(tree.getItems()));
        while (!todo.isEmpty()) {
            TreeItem i = todo.remove(0);
            if (text.equals(i.getText())) {
                return i;
            }
            todo.addAll(Arrays.asList(i.getItems()));
        }
        return null;
    }

    private static List<String> rows(Tree sheet) {
        List<String> out = new ArrayList<>();
        List<TreeItem> todo = new ArrayList<>(Arrays.asList(sheet.getItems()));
        while (!todo.isEmpty()) {
            TreeItem i = todo.remove(0);
            i.setExpanded(true);
            out.add(i.getText(0) + "=" + i.getText(1));
            todo.addAll(Arrays.asList(i.getItems()));
        }
        return out;
    }
}
