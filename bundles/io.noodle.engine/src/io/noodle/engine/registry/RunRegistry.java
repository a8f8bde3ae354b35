package io.noodle.engine.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.exec.SlotPool;
import io.noodle.model.Study;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.VerdictRecord;

/**
 * Every run of the process, from the workbench or the command line: its study, where it is, and a live
 * snapshot a view can read at any time. One event bus (each subscriber with a bounded queue of its own; a
 * subscriber that falls behind is told to read the snapshot again) and one slot pool shared by every run,
 * so studies started together share the machine instead of each taking all of it.
 */
public final class RunRegistry {

    private static final RunRegistry INSTANCE = new RunRegistry(SlotPool.ofMachine());
    /** Finished runs kept for views that join late; older ones are read from their files again. */
    private static final int KEEP_FINISHED = 16;

    private final SlotPool slots;
    private final EventBus bus = new EventBus();
    private final Map<String, LiveRun> runs = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    public RunRegistry(SlotPool slots) {
        this.slots = slots;
    }

    /** The registry of this process (the workbench's; the command line makes its own with its --slots). */
    public static RunRegistry instance() {
        return INSTANCE;
    }

    public SlotPool slots() {
        return slots;
    }

    /**
     * Subscribes to the events of every run.
     *
     * @param capacity events kept for a subscriber that falls behind, after which it gets one
     *                 {@link RunEvent.EventsDropped} and should read the snapshot again
     */
    public EventBus.Subscription subscribe(Consumer<RunEvent> consumer, int capacity) {
        return bus.subscribe(consumer, capacity);
    }

    /**
     * Registers a run that starts (or resumes) in this process, with what it finished before.
     *
     * @return its live entry, which the run's events keep current
     */
    public LiveRun register(RunFolder run, Study study, List<CaseRecord> finished, List<VerdictRecord> verdicts,
            List<String> completed, List<String> aborted, Map<String, List<String>> survivors) {
        LiveRun r = new LiveRun(run.root().toString(), run.id(), study.getName(), run.studyFolder(), finished, verdicts,
                RunSnapshot.stageViews(study, completed, aborted, survivors, null));
        synchronized (order) {
            runs.put(r.runKey(), r);
            order.remove(r.runKey());
            order.add(r.runKey());
            trim();
        }
        return r;
    }

    private void trim() {
        List<String> finished = order.stream().filter(k -> runs.get(k) != null && !runs.get(k).isRunning()).toList();
        for (int i = 0; i < finished.size() - KEEP_FINISHED; i++) {
            runs.remove(finished.get(i));
            order.remove(finished.get(i));
        }
    }

    /** Folds the event into its run's snapshot, then hands it to every subscriber (never waiting for one). */
    public void publish(RunEvent e) {
        LiveRun r = runs.get(e.runKey());
        if (r != null) {
            r.apply(e);
        }
        bus.publish(e);
    }

    /** The runs this process knows, oldest first. */
    public List<LiveRun> runs() {
        synchronized (order) {
            return order.stream().map(runs::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** The run with this key (its folder's absolute path), if this process knows it. */
    public Optional<LiveRun> run(String runKey) {
        return Optional.ofNullable(runs.get(runKey));
    }

    /** The run of the study folder that runs now in this process, if any. */
    public Optional<LiveRun> runningIn(Path studyFolder) {
        Path f = studyFolder.toAbsolutePath().normalize();
        return runs().stream().filter(r -> r.studyFolder().equals(f) && r.isRunning()).reduce((a, b) -> b);
    }

    /**
     * The snapshot of a run: the live one when this process runs it (or ran it lately), else read from its
     * files (the checkpoint, the journal and the outcome), which is also how a view that joined late or lost
     * events catches up.
     */
    public RunSnapshot snapshot(RunFolder run, Study study) throws IOException {
        LiveRun r = runs.get(run.root().toString());
        return r != null ? r.snapshot() : RunSnapshot.fromFiles(run, study);
    }
}
