package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.eda.flow.ToolchainPreferences;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.preferences.ToolchainPreferencePage;

/** The first start writes the demo study and opens it; the toolchain preferences reach the flows. */
@ExtendWith(WorkbenchExtension.class)
class DemoAndToolchainUiTest {

    @Test
    void theFirstStartWritesTheDemoStudyAndOpensIt() {
        Path root = NoodleApplication.currentWorkspace().root();
        Path demo = root.resolve(DemoStudy.NAME);
        assertTrue(Files.isRegularFile(demo.resolve(DemoStudy.NAME + ".noodle")), "the demo study file");
        assertTrue(Files.isRegularFile(demo.resolve("design/source/mac8.v")), "the demo's design");
        assertTrue(Files.isRegularFile(root.resolve(".metadata/noodle-demo-created")));
        Wait.until("the demo study in an editor", Workbench.TIMEOUT, () -> UiThread.call(() -> Arrays
                .stream(Workbench.page().getEditorReferences()).map(IEditorReference::getTitle)
                .anyMatch(t -> t.equals(DemoStudy.NAME + ".noodle"))));
    }

    @Test
    void theToolchainPageStoresTheTechnologyTheFlowsRead() {
        PreferenceDialog dialog = UiThread.call(() -> {
            PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(Workbench.shell(), ToolchainPreferencePage.ID,
                    null, null);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        try {
            Wait.until("the Toolchain page", Workbench.TIMEOUT, () -> UiThread.call(() -> Widgets
                    .all(dialog.getShell(), Label.class, l -> l.getText().equals("&Technology:")).size() == 1));
            Text technology = UiThread.call(() -> {
                Label l = Widgets.all(dialog.getShell(), Label.class, x -> x.getText().equals("&Technology:")).get(0);
                var kids = Arrays.asList(l.getParent().getChildren());
                return (Text) kids.get(kids.indexOf(l) + 1);
            });
            assertEquals("osu018", UiThread.call(technology::getText));
            UiThread.run(() -> { // a picture of the page as the user sees it, left in target/screenshots
                try {
                    io.noodle.testing.ui.Screenshots.save(dialog.getShell(),
                            Path.of("target/screenshots/toolchain-preferences.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            UiThread.run(() -> {
                technology.setFocus();
                technology.selectAll();
            });
            Input.type("osu035");
            Wait.until("the typed technology", Workbench.TIMEOUT, () -> UiThread.call(technology::getText).equals("osu035"));
            Button ok = UiThread.call(() -> Widgets.all(dialog.getShell(), Button.class,
                    b -> b.getText().replace("&", "").equals("Apply and Close")).get(0));
            UiThread.run(() -> {
                ok.setFocus();
            });
            Input.key(0, org.eclipse.swt.SWT.CR, '\r');
            Wait.until("the dialog closed", Workbench.TIMEOUT, () -> UiThread.call(() -> dialog.getShell() == null
                    || dialog.getShell().isDisposed()));
            assertEquals("osu035", ToolchainPreferences.load().technology());
        } finally {
            UiThread.run(() -> {
                if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                    dialog.close();
                }
            });
            var t = ToolchainPreferences.load();
            try {
                ToolchainPreferences.save(new io.noodle.eda.flow.Toolchain(t.qflow(), t.sta(), t.yosys(), "osu018",
                        t.technologyFolder(), t.openroad(), t.containerImage(), t.pdkFolder(), t.pdkVersion()));
            } catch (org.osgi.service.prefs.BackingStoreException e) {
                throw new AssertionError(e);
            }
        }
    }
}
