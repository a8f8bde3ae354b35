package io.noodle.ui.internal.views;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;

/**
 * How each study's newest run ended, for the Studies view's decoration: read from the run's outcome file in a
 * job the first time a study is shown, and again when a run of it ends in this workbench.
 */
final class RunStates {

    /** A study's newest run ended badly: its status (blocked, aborted, failed) and why. */
    record Bad(String status, String message) {
    }

    private static final Bad NONE = new Bad(null, null);
    private final Map<Path, Bad> known = new ConcurrentHashMap<>();
    private final Consumer<Path> changed;
    private final EventBus.Subscription subscription;

    /** {@code changed} hears (on a job thread) that a study folder's state is known or changed. */
    RunStates(Consumer<Path> changed) {
        this.changed = changed;
        this.subscription = RunRegistry.instance().subscribe(this::onEvent, 64);
    }

    /** The study's newest run if it ended blocked, aborted or failed; empty otherwise or while unknown. */
    Optional<Bad> of(Path studyFolder) {
        Bad b = known.get(studyFolder);
        if (b == null) {
            known.put(studyFolder, NONE);
            read(studyFolder);
            return Optional.empty();
        }
        return b == NONE ? Optional.empty() : Optional.of(b);
    }

    private void onEvent(RunEvent e) {
        if (e instanceof RunEvent.RunFinished && e.runKey() != null) {
            Path run = Path.of(e.runKey());
            if (run.getParent() != null && run.getParent().getParent() != null) {
                read(run.getParent().getParent()); // <study>/runs/run-<n>
            }
        }
    }

    private void read(Path studyFolder) {
        Job job = Job.create("Reading the last run of " + studyFolder.getFileName(), m -> {
            Outcome o = RunFolder.latest(studyFolder).map(RunRecords::readOutcome).orElse(null);
            Bad b = o != null && (o.status().equals("blocked") || o.status().equals("aborted")
                    || o.status().equals("failed")) ? new Bad(o.status(), o.message()) : NONE;
            if (!b.equals(known.put(studyFolder, b))) {
                changed.accept(studyFolder);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    void dispose() {
        subscription.close();
    }
}
