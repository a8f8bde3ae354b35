package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.remote.ray.LocalRayCluster;
import io.noodle.remote.ray.RayInstall;
import io.noodle.remote.ssh.HostStore;
import io.noodle.remote.ssh.LoopbackSshd;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;
import io.noodle.ui.internal.handlers.RunStudyHandler;
import io.noodle.ui.internal.runs.LineageView;

/**
 * Remote execution from the workbench: Preferences > Noodle > Executors lists the workspace's SSH host and Ray
 * cluster; the run dialog offers both; the demo study runs on a real Ray cluster (a head and a worker raylet on
 * loopback) on the real EDA tools, the run monitor saying where with the cluster's dashboard, and every case
 * recording the Ray task that ran it.
 */
@ExtendWith(WorkbenchExtension.class)
class RemoteRunUiTest {

    @Test
    void theDemoRunsOnRayFromTheRunDialog() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Path scratch = Files.createTempDirectory("noodle-remote-ui");
        var prefs = InstanceScope.INSTANCE.getNode(io.noodle.eda.flow.ToolchainPreferences.NODE);
        String own = prefs.get(RunStudyHandler.FLOW_PROGRAM, null);
        prefs.remove(RunStudyHandler.FLOW_PROGRAM); // the local EDA flow, as a new user has it
        HostStore store = new HostStore(root);
        var before = store.read();
        RayInstall ray = RayInstall.find();
        LocalRayCluster cluster = LocalRayCluster.up(ray, scratch.resolve("ray.json"), 1, 2);
        try (LoopbackSshd sshd = new LoopbackSshd(scratch.resolve("sshd"), null)) {
            store.write(new HostStore.Settings(List.of(sshd.host("buildhost", 2, scratch.resolve("work"))),
                    cluster.address()));
            store.knownHosts().trust("127.0.0.1", sshd.port, sshd.hostKey());

            // Preferences > Noodle > Executors shows them
            var dialog = Workbench.openPreferences(io.noodle.ui.internal.preferences.ExecutorsPreferencePage.ID);
            Table hosts = UiThread.call(() -> Widgets.visibleByTestId(Table.class, NoodleUi.TEST_ID, "executors.hosts"));
            assertEquals("buildhost", UiThread.call(() -> hosts.getItem(0).getText(0)));
            assertEquals(cluster.address(), UiThread.call(() -> Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Text.class, NoodleUi.TEST_ID, "executors.ray").getText()));
            Workbench.shot("executors-preferences.png");
            UiThread.run(dialog::close);

            // a copy of the demo (the demo's own runs belong to the other tests), run on Ray from the run dialog
            Path copy = root.resolve("ray_demo");
            if (!Files.exists(copy)) {
                Files.move(DemoStudy.create(Files.createDirectories(scratch.resolve("made"))), copy);
            }
            StudyEditor demo = Workbench.openStudy(copy.resolve(DemoStudy.NAME + ".noodle"));
            Wait.until("the demo's session", Workbench.TIMEOUT, () -> UiThread.call(() -> demo.getSession() != null));
            LineageView lineage = Workbench.showView(NoodleUi.LINEAGE_VIEW_ID, LineageView.class);
            UiThread.run(() -> {
                Workbench.page().activate(demo);
                demo.showPage(StudyEditor.OVERVIEW);
                Workbench.shell().forceActive();
            });
            var runWith = UiThread.call(() -> Widgets.visibleByTestId(org.eclipse.swt.widgets.Button.class,
                    NoodleUi.TEST_ID, "study.runWithButton"));
            UiThread.run(runWith::setFocus);
            Wait.until("Run With focused", Workbench.TIMEOUT, () -> UiThread.call(runWith::isFocusControl));
            Input.key(0, ' ', ' ');
            Wait.until("the run dialog", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> UiThread.display().getActiveShell() != null
                            && "Run Study".equals(UiThread.display().getActiveShell().getText())));
            Combo executor = UiThread.call(() -> Widgets.visibleByTestId(Combo.class, NoodleUi.TEST_ID, "run.executor"));
            List<String> offered = UiThread.call(() -> List.of(executor.getItems()));
            assertTrue(offered.size() == 4 && offered.get(1).startsWith("SSH: buildhost (2 slots)")
                    && offered.get(2).startsWith("Ray: the cluster at " + cluster.address())
                    && offered.get(3).equals("All as one pool: local + ssh + ray"), offered.toString());
            UiThread.run(executor::setFocus);
            Wait.until("the executor list focused", Workbench.TIMEOUT, () -> UiThread.call(executor::isFocusControl));
            Input.key(0, SWT.ARROW_DOWN, '\0');
            Input.key(0, SWT.ARROW_DOWN, '\0');
            Wait.until("Ray chosen", Workbench.TIMEOUT, () -> UiThread.call(() -> executor.getSelectionIndex() == 2
                    && executor.getText().startsWith("Ray:")));
            // the picture shows the list open: the three executors offered, Ray chosen
            UiThread.run(() -> executor.setListVisible(true));
            Wait.until("the list open", Workbench.TIMEOUT, () -> UiThread.call(executor::getListVisible));
            Workbench.shot("run-dialog-executors.png");
            UiThread.run(() -> executor.setListVisible(false));
            Wait.until("the list closed", Workbench.TIMEOUT, () -> UiThread.call(() -> !executor.getListVisible()
                    && executor.getSelectionIndex() == 2));
            Input.key(0, SWT.CR, '\r');

            Wait.until("the run monitor says it runs on Ray", Duration.ofSeconds(90), () -> UiThread.call(() -> {
                var s = lineage.shown();
                return s != null && s.phase() == io.noodle.engine.registry.RunSnapshot.Phase.RUNNING
                        && lineage.header().contains("on Ray cluster " + cluster.address() + " (dashboard http://127.0.0.1:");
            }));
            Wait.until("a case finished on Ray", Duration.ofSeconds(90), () -> UiThread.call(
                    () -> lineage.shown().cases().size() >= 2));
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(lineage),
                    org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            Workbench.shot("run-on-ray.png");
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(lineage),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
            Wait.until("the run's end", Duration.ofSeconds(240), () -> UiThread.call(() -> lineage.shown().phase()
                    .ended()));
            var snap = UiThread.call(lineage::shown);
            assertEquals(io.noodle.engine.registry.RunSnapshot.Phase.SUCCEEDED, snap.phase(), snap.message());
            assertEquals(11, snap.cases().size());
            assertTrue(snap.cases().stream().allMatch(c -> c.ranOn() != null && c.ranOn().startsWith("ray:")),
                    snap.cases().get(0).ranOn());
            UiThread.run(() -> Workbench.page().closeEditor(demo, false));
        } finally {
            LocalRayCluster.down(scratch.resolve("ray.json"));
            store.write(before);
            if (own != null) {
                prefs.put(RunStudyHandler.FLOW_PROGRAM, own);
            }
        }
    }
}
