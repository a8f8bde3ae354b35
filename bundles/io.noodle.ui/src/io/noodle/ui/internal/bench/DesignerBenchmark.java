package io.noodle.ui.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.Stage;
import io.noodle.model.bench.SyntheticStudies;
import io.noodle.model.persistence.StudyStore;
import io.noodle.ui.internal.editors.StudyEditor;
import io.noodle.ui.internal.graph.GraphCanvas;
import io.noodle.views.graph.GraphLayout;
import io.noodle.views.graph.StageGraphModel;

/**
 * {@code noodle bench designer}, run inside a real workbench window: (1) a 200-stage study open on the Stages
 * page, its stage graph laid out by ELK and painted on the canvas, from scratch, several times; (2) a study
 * whose run holds 100,000 cases open in the designer, edited several times (a stage's trial budget), each
 * time counting the time the UI thread is busy from the edit until the live validation (in a job) has
 * been shown and the display is idle again. Prints the figures to a file and closes the workbench; the last
 * line is {@code designer: graph <ms> ms, validation <ms> ms} (medians).
 */
public final class DesignerBenchmark {

    private static final int STAGES = 200;
    private static final int CASES = 100_000;
    private static final int ROUNDS = 7;

    private final IWorkbenchWindow window;
    private final Path workspace;
    private final Path out;
    private final List<String> lines = new ArrayList<>();

    public DesignerBenchmark(IWorkbenchWindow window, Path workspace, Path out) {
        this.window = window;
        this.workspace = workspace;
        this.out = out;
    }

    /** Writes the two studies in a job, then measures on the UI thread. */
    public void start() {
        Job prepare = Job.create("Writing the benchmark studies", m -> {
            try {
                Path graph = StudyStore.save(SyntheticStudies.stageGraph(STAGES), workspace.resolve("bench_graph"));
                Path lineage = StudyStore.save(SyntheticStudies.lineage(CASES), workspace.resolve("bench_lineage"));
                StudyStore.load(lineage); // the first open moves the cases to a run folder, as for an old study
                window.getShell().getDisplay().asyncExec(() -> measure(graph, lineage));
            } catch (IOException | io.noodle.model.persistence.StudyLoadException | RuntimeException e) {
                finish("bench designer failed: " + e);
            }
            return Status.OK_STATUS;
        });
        prepare.schedule();
    }

    private void measure(Path graphFile, Path lineageFile) {
        try {
            Display d = window.getShell().getDisplay();
            StudyEditor g = StudyEditor.open(window.getActivePage(), graphFile);
            UiMeasures.pump(d, () -> g.getSession() != null && g.getLegality() != null, "the 200-stage study to load");
            g.showPage(StudyEditor.STAGES);
            UiMeasures.pump(d, () -> g.getGraph() != null && g.getGraph().getGraph() != null, "the stage graph to show");
            GraphCanvas canvas = g.getGraph();
            long[] graph = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                System.gc();
                long t0 = System.nanoTime();
                canvas.setGraph(GraphLayout.layout(StageGraphModel.of(g.getSession().study(), g.getLegality()), null));
                canvas.redraw();
                canvas.update(); // the paint, now
                graph[r] = System.nanoTime() - t0;
                line("graph %d: layout + first paint of %d stages, %d edges: %.1f ms", r + 1, STAGES,
                        g.getSession().study().getDependencies().size(), graph[r] / 1e6);
            }

            StudyEditor l = StudyEditor.open(window.getActivePage(), lineageFile);
            long open0 = System.nanoTime();
            try {
                UiMeasures.pump(d, () -> l.getSession() != null && l.getLegality() != null && l.getResults() != null,
                        "the 100,000-case study to load");
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + ": session " + (l.getSession() != null) + ", legality "
                        + (l.getLegality() != null) + ", results " + (l.getResults() != null), e);
            }
            line("open with %d cases: %.0f ms (loaded in a job)", l.getResults().getCases().size(),
                    (System.nanoTime() - open0) / 1e6);
            l.showPage(StudyEditor.OVERVIEW);
            UiMeasures.pump(d, () -> false, null);
            long[] idle = UiMeasures.busy(d, () -> {
            }, () -> true);
            double idleRate = (double) idle[0] / idle[1]; // the UI thread's CPU share with nothing to do
            line("idle: UI thread CPU %.1f ms per second with the study open and nothing to do", idleRate * 1000);
            Stage stage = l.getSession().study().getStages().get(1);
            long[] validation = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                System.gc();
                Object before = l.getLegality();
                int budget = stage.getTrialBudget() + (r % 2 == 0 ? 1 : -1);
                long[] busy = UiMeasures.busy(d, () -> l.getSession().domain().getCommandStack().execute(
                        SetCommand.create(l.getSession().domain(), stage, Literals.STAGE__TRIAL_BUDGET, budget)),
                        () -> l.getLegality() != before);
                validation[r] = busy[0] - (long) (idleRate * busy[1]);
                line("validation %d: UI thread CPU %.1f ms in the %.0f ms from the edit until 0.3 s after the legality "
                        + "was shown; %.1f ms beyond the idle share", r + 1, busy[0] / 1e6, busy[1] / 1e6,
                        validation[r] / 1e6);
            }
            line("designer: graph %.0f ms, validation %.0f ms", UiMeasures.median(graph) / 1e6, UiMeasures.median(validation) / 1e6);
            l.getSession().domain().getCommandStack().flush();
            window.getActivePage().closeAllEditors(false);
            finish(null);
        } catch (RuntimeException | org.eclipse.ui.PartInitException e) {
            finish("bench designer failed: " + e);
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        lines.add(s);
        System.out.println(s);
    }

    private void finish(String failure) {
        if (failure != null) {
            lines.add(failure);
            System.err.println(failure);
        }
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("noodle: cannot write " + out + ": " + e.getMessage());
        }
        Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
