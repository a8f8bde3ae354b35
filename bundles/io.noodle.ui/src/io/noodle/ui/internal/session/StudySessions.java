package io.noodle.ui.internal.session;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.noodle.model.persistence.StudyLoadException;

/**
 * The open study sessions of the workbench, one per study file, shared by every editor and view that shows
 * it. Sessions are loaded in jobs (no file is read on the UI thread) and released when the last user lets
 * go.
 */
public final class StudySessions {

    private static final StudySessions INSTANCE = new StudySessions();

    private final Map<Path, StudySession> sessions = new HashMap<>();

    private StudySessions() {
    }

    public static StudySessions get() {
        return INSTANCE;
    }

    /**
     * Opens (or shares) the session of a study file: {@code ready} or {@code failed} is called on a job thread
     * once it is loaded; the caller must {@link #release} it when done.
     */
    public void acquire(Path file, Consumer<StudySession> ready, Consumer<StudyLoadException> failed) {
        Path key = file.toAbsolutePath().normalize();
        Job job = Job.create("Loading study " + key.getFileName(), monitor -> {
            StudySession s;
            boolean fresh;
            synchronized (sessions) {
                s = sessions.get(key);
                fresh = s == null;
                if (fresh) {
                    s = new StudySession(key);
                    sessions.put(key, s);
                }
                s.references++;
            }
            synchronized (s) {
                if (s.study() == null) {
                    try {
                        s.load();
                        s.watch();
                    } catch (StudyLoadException e) {
                        release(s);
                        failed.accept(e);
                        return Status.OK_STATUS;
                    }
                }
            }
            ready.accept(s);
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    /** Lets go of a session; the last release disposes of it. */
    public void release(StudySession s) {
        synchronized (sessions) {
            if (--s.references > 0) {
                return;
            }
            sessions.remove(s.file());
        }
        s.dispose();
    }

    /** The open session of a study file, if an editor or view holds one. */
    public StudySession find(Path file) {
        synchronized (sessions) {
            return sessions.get(file.toAbsolutePath().normalize());
        }
    }
}
