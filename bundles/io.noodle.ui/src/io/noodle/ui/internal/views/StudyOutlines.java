package io.noodle.ui.internal.views;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.noodle.model.Study;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;

/**
 * The stages the navigator shows under each study file, loaded in background jobs (never on the UI
 * thread) and reloaded when the file changes on disk.
 */
final class StudyOutlines {

    /** Shown under a study file while it loads, or when it cannot be read. */
    record Placeholder(Path file, String text, boolean error) {
    }

    private record Entry(long modified, Study study, String error) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> loading = new ConcurrentHashMap<>();
    private final Consumer<Path> loaded;

    /** @param loaded called (on a job thread) with a study file whose outline is ready */
    StudyOutlines(Consumer<Path> loaded) {
        this.loaded = loaded;
    }

    /** The stages of the study in {@code file}, or a placeholder while it loads or when it failed. */
    Object[] children(Path file) {
        long modified = io.noodle.core.io.FileTrees.stamp(file);
        Entry e = entries.get(file);
        if (e != null && e.modified() == modified) {
            return e.study() != null ? e.study().getStages().toArray()
                    : new Object[] { new Placeholder(file, e.error(), true) };
        }
        if (loading.putIfAbsent(file, Boolean.TRUE) == null) {
            Job job = Job.create("Reading study " + file.getFileName(), monitor -> {
                try {
                    Study s = StudyStore.load(file);
                    entries.put(file, new Entry(modified, s, null));
                } catch (StudyLoadException ex) {
                    entries.put(file, new Entry(modified, null, ex.getMessage()));
                } finally {
                    loading.remove(file);
                }
                loaded.accept(file);
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.setPriority(Job.SHORT);
            job.schedule();
        }
        return new Object[] { new Placeholder(file, "Loading\u2026", false) };
    }
}
