package io.noodle.ui.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.bench.SyntheticStudies;
import io.noodle.model.results.CaseRecord;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.graph.GraphCanvas;
import io.noodle.ui.internal.runs.LineageView;

/**
 * The Case Lineage view's side of {@code noodle bench lineage}, in a real workbench window (maximised): the
 * first frame of a 10,000-case run (20 stages x 500: model and layout in the view's job, then the paint);
 * a pan/zoom frame (a new zoom and scroll position, painted); the UI thread's CPU share while 100
 * new cases a second stream in (ten every 100 ms, for 5 s, handed over as the run follower does: the newest
 * snapshot at most four times a second); and the first frame of 100,000 cases with every
 * stage collapsed. Writes the figures to a file and closes the workbench.
 */
public final class LineageBenchmark {

    private final IWorkbenchWindow window;
    private final Path out;
    private final List<String> lines = new ArrayList<>();

    public LineageBenchmark(IWorkbenchWindow window, Path out) {
        this.window = window;
        this.out = out;
    }

    public void start() {
        window.getShell().getDisplay().asyncExec(this::measure);
    }

    private static RunSnapshot snapshot(List<CaseRecord> cases, long version) {
        return new RunSnapshot("bench/runs/run-1", "run-1", "bench", Path.of("bench"), version, RunSnapshot.Phase.RUNNING,
                null, null, List.of(), cases, List.of(), List.of(), null);
    }

    private void measure() {
        try {
            Display d = window.getShell().getDisplay();
            IWorkbenchPage page = window.getActivePage();
            LineageView view = (LineageView) page.showView(NoodleUi.LINEAGE_VIEW_ID);
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
            UiMeasures.pump(d, () -> false, null);
            GraphCanvas canvas = view.canvas();
            List<CaseRecord> all = SyntheticStudies.lineageRun(20, 500);
            List<CaseRecord> start = new ArrayList<>(all.subList(0, all.size() - 500)); // the last stage streams in

            // first frame: the view's job lays it out, then the canvas paints
            long[] first = new long[3];
            for (int r = 0; r < first.length; r++) {
                view.showSnapshot(null);
                UiMeasures.pump(d, () -> canvas.getGraph() == null, "the view empty");
                System.gc();
                long t0 = System.nanoTime();
                view.showSnapshot(snapshot(all, r));
                long[] shownAt = new long[1];
                long paintsAt = canvas.paints();
                UiMeasures.pump(d, () -> {
                    if (shownAt[0] == 0 && canvas.getGraph() != null
                            && canvas.getGraph().graph().nodes().size() == all.size() && canvas.paints() > paintsAt) {
                        shownAt[0] = System.nanoTime(); // laid out and painted
                    }
                    return shownAt[0] != 0;
                }, "the lineage shown");
                first[r] = shownAt[0] - t0;
                line("first frame %d: %d cases, layout in a job and paint: %.0f ms", r + 1, all.size(), first[r] / 1e6);
            }

            // a pan/zoom frame: the same graph at another zoom or scroll position, painted
            long[] frame = new long[20];
            for (int r = 0; r < frame.length; r++) {
                double z = r % 2 == 0 ? 0.5 : 1.0;
                int i = r;
                long painted = canvas.paints();
                long t0 = System.nanoTime();
                canvas.setZoom(z);
                canvas.scrollTo((i * 331) % 3000, (i * 7919) % 30000); // panned elsewhere
                long set = System.nanoTime() - t0;
                UiMeasures.pump(d, () -> canvas.paints() > painted, "the frame painted");
                frame[r] = set + canvas.lastPaintNanos(); // the change, then the paint itself
            }
            line("pan/zoom frame: median %.1f ms, max %.1f ms over %d frames", UiMeasures.median(frame) / 1e6,
                    java.util.Arrays.stream(frame).max().orElse(0) / 1e6, frame.length);
            canvas.setZoom(1);

            // streaming: 10 new cases every 100 ms into the 10,000-case view, for 5 s
            view.showSnapshot(snapshot(start, 100));
            UiMeasures.pump(d, () -> canvas.getGraph() != null && canvas.getGraph().graph().nodes().size() == start.size(),
                    "the view without its last stage");
            long paintsBefore = canvas.paints();
            long[] idle = UiMeasures.busy(d, () -> {
            }, () -> true);
            double idleShare = (double) idle[0] / idle[1];
            line("idle: UI thread CPU %.1f %% with the lineage shown and nothing happening (%d paints meanwhile)",
                    idleShare * 100, canvas.paints() - paintsBefore);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] parts0 = view.uiNanos();
            long paint0 = canvas.paintNanos();
            long paintCount0 = canvas.paints();
            long[] counts0 = canvas.counts();
            long c0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            List<CaseRecord> streaming = new ArrayList<>(start);
            // the cases arrive as a run's events do; the view takes them as the run follower hands them over:
            // the newest snapshot, at most once per RunFollower.REFRESH
            RunSnapshot[] latest = new RunSnapshot[1];
            org.eclipse.jface.util.Throttler follower = new org.eclipse.jface.util.Throttler(d,
                    io.noodle.ui.internal.runs.RunFollower.REFRESH, () -> view.showSnapshot(latest[0]));
            for (int k = 0; k < 50; k++) {
                streaming.addAll(all.subList(start.size() + k * 10, start.size() + k * 10 + 10));
                latest[0] = snapshot(List.copyOf(streaming), 200 + k);
                follower.throttledExec();
                long until = w0 + (k + 1) * 100_000_000L;
                while (System.nanoTime() < until) {
                    if (!d.readAndDispatch()) {
                        d.timerExec(5, () -> {
                        });
                        d.sleep();
                    }
                }
            }
            UiMeasures.pump(d, () -> canvas.getGraph() != null && canvas.getGraph().graph().nodes().size() == all.size(),
                    "the streamed cases shown");
            long wall = System.nanoTime() - w0;
            double share = (double) (cpu.getCurrentThreadCpuTime() - c0) / wall;
            long[] parts1 = view.uiNanos();
            line("streaming, where the UI thread went: new snapshots %.1f %%, new graphs %.1f %%, paints %.1f %% of the time"
                    + " (%d graphs; %d paints: %d drawn, %d of a part, the rest the last frame again)",
                    100.0 * (parts1[0] - parts0[0]) / wall, 100.0 * (parts1[1] - parts0[1]) / wall,
                    100.0 * (canvas.paintNanos() - paint0) / wall, canvas.counts()[0] - counts0[0],
                    canvas.paints() - paintCount0, canvas.counts()[2] - counts0[2], canvas.counts()[1] - counts0[1]);
            double busy = Math.max(0, share - idleShare) * 100;
            line("streaming 100 cases/s into %d cases for 5 s: UI thread CPU %.1f %% (%.1f %% idle share taken off)",
                    start.size(), busy, idleShare * 100);

            // 100,000 cases, every stage collapsed
            List<CaseRecord> big = SyntheticStudies.lineageRun(20, 5_000);
            view.collapseStages(IntStream.range(-1, 20).boxed().toList());
            System.gc();
            long t0 = System.nanoTime();
            view.showSnapshot(snapshot(big, 1000));
            long[] shownAt = new long[1];
            long paintsAt = canvas.paints();
            UiMeasures.pump(d, () -> {
                if (shownAt[0] == 0 && canvas.getGraph() != null && canvas.getGraph().graph().nodes().size() == 21
                        && canvas.paints() > paintsAt) {
                    shownAt[0] = System.nanoTime();
                }
                return shownAt[0] != 0;
            }, "the collapsed lineage shown");
            long collapsed = shownAt[0] - t0;
            line("collapsed: %d cases as 21 stage nodes, first frame %.0f ms", big.size(), collapsed / 1e6);
            line("lineage-ui: first frame %.0f ms, frame %.1f ms, ui busy %.1f%%, collapsed 100k %.0f ms",
                    UiMeasures.median(first) / 1e6, UiMeasures.median(frame) / 1e6, busy, collapsed / 1e6);
        } catch (Exception e) {
            line("bench lineage failed: %s", e);
        }
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("noodle: cannot write " + out + ": " + e.getMessage());
        }
        Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().close());
    }

    private void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }
}
