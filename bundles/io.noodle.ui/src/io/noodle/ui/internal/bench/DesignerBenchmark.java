package io.noodle.ui.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

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
    private static final long QUIET_NANOS = 300_000_000L;
    private static final long LIMIT_NANOS = 120_000_000_000L;

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
            pump(d, () -> g.getSession() != null && g.getLegality() != null, "the 200-stage study to load");
            g.showPage(StudyEditor.STAGES);
            pump(d, () -> g.getGraph() != null && g.getGraph().getGraph() != null, "the stage graph to show");
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
                pump(d, () -> l.getSession() != null && l.getLegality() != null && l.getResults() != null,
                        "the 100,000-case study to load");
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + ": session " + (l.getSession() != null) + ", legality "
                        + (l.getLegality() != null) + ", results " + (l.getResults() != null), e);
            }
            line("open with %d cases: %.0f ms (loaded in a job)", l.getResults().getCases().size(),
                    (System.nanoTime() - open0) / 1e6);
            l.showPage(StudyEditor.OVERVIEW);
            pump(d, () -> false, null);
            long[] idle = busy(d, () -> {
            }, () -> true);
            double idleRate = (double) idle[0] / idle[1]; // the UI thread's CPU share with nothing to do
            line("idle: UI thread CPU %.1f ms per second with the study open and nothing to do", idleRate * 1000);
            Stage stage = l.getSession().study().getStages().get(1);
            long[] validation = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                System.gc();
                Object before = l.getLegality();
                int budget = stage.getTrialBudget() + (r % 2 == 0 ? 1 : -1);
                long[] busy = busy(d, () -> l.getSession().domain().getCommandStack().execute(
                        SetCommand.create(l.getSession().domain(), stage, Literals.STAGE__TRIAL_BUDGET, budget)),
                        () -> l.getLegality() != before);
                validation[r] = busy[0] - (long) (idleRate * busy[1]);
                line("validation %d: UI thread CPU %.1f ms in the %.0f ms from the edit until 0.3 s after the legality "
                        + "was shown; %.1f ms beyond the idle share", r + 1, busy[0] / 1e6, busy[1] / 1e6,
                        validation[r] / 1e6);
            }
            line("designer: graph %.0f ms, validation %.0f ms", median(graph) / 1e6, median(validation) / 1e6);
            l.getSession().domain().getCommandStack().flush();
            window.getActivePage().closeAllEditors(false);
            finish(null);
        } catch (RuntimeException | org.eclipse.ui.PartInitException e) {
            finish("bench designer failed: " + e);
        }
    }

    /**
     * Runs {@code edit}, then the display's events until {@code done} has held for a while; returns the CPU
     * time the UI thread spent meanwhile: the edit, the refreshes it caused, the legality shown, the paints
     * (and the status line's animation, which keeps running). Time the thread waits for events is not counted.
     *
     * @return the CPU time and the wall time of the window, in ns
     */
    private static long[] busy(Display d, Runnable edit, BooleanSupplier done) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        edit.run();
        long doneAt = 0;
        while (true) {
            boolean did = d.readAndDispatch();
            long b = System.nanoTime();
            if (doneAt == 0 && done.getAsBoolean()) {
                doneAt = b;
            }
            if (doneAt != 0 && b - doneAt > QUIET_NANOS) {
                return new long[] { cpu.getCurrentThreadCpuTime() - c0, b - t0 };
            }
            if (b - t0 > LIMIT_NANOS) {
                throw new IllegalStateException("not done within " + LIMIT_NANOS / 1_000_000_000L + " s");
            }
            if (!did) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
    }

    /** Runs the display's events until {@code done} holds and the display is quiet (or only a while, for null). */
    private static void pump(Display d, BooleanSupplier done, String what) {
        busy(d, () -> {
        }, what == null ? () -> true : done);
    }

    private static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0;
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
