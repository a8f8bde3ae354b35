package io.noodle.ui.internal.session;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import io.noodle.model.Study;
import io.noodle.model.edit.NoodleEditing;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;

/**
 * One study file open in the workbench: one editing domain and command stack shared by every editor and view
 * of it (undo and redo everywhere, one dirty state), reloaded when the file changes on disk while it has no
 * unsaved edits. Listeners hear of every change once; {@link #batch} makes a batch of changes one.
 * Obtained from {@link StudySessions}, which loads it in a job.
 */
public final class StudySession {

    /** Hears that the study changed (edited, undone, reloaded from disk). Called on any thread. */
    public interface Listener {
        void changed(StudySession session);
    }

    private final Path file;
    private final AdapterFactoryEditingDomain domain = NoodleEditing.newDomain();
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener stackListener = e -> {
        fire();
        if (this.changedOnDisk && !isDirty()) {
            reloadSoon(0); // the edits that kept the other version out are undone: load it now
        }
    };
    private volatile Study study;
    private volatile long stamp;
    /** The file changed on disk while the study had unsaved edits (which were kept). */
    private volatile boolean changedOnDisk;
    private int batching;
    private boolean pending;
    private WatchService watcher;
    int references;

    StudySession(Path file) {
        this.file = file.toAbsolutePath().normalize();
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    /** Loads the study (on the caller's thread: a job). */
    void load() throws StudyLoadException {
        Study s = StudyStore.load(file, domain.getResourceSet());
        study = s;
        stamp = io.noodle.core.io.FileTrees.stamp(file);
    }

    public Path file() {
        return file;
    }

    /** The study folder, where its runs are. */
    public Path folder() {
        return file.getParent();
    }

    public Study study() {
        return study;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** Whether the study has edits not saved yet. */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Saves the study atomically; the command stack remembers the point. */
    public void save() throws IOException {
        StudyStore.saveAs(study, file);
        stamp = io.noodle.core.io.FileTrees.stamp(file);
        changedOnDisk = false; // our version is the file's now
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        fire();
    }

    /** Runs a batch of model changes; listeners hear of them once, at the end. */
    public void batch(Runnable changes) {
        synchronized (this) {
            batching++;
        }
        try {
            changes.run();
        } finally {
            boolean notify;
            synchronized (this) {
                batching--;
                notify = batching == 0 && pending;
                if (notify) {
                    pending = false;
                }
            }
            if (notify) {
                notifyListeners();
            }
        }
    }

    /**
     * Whether the file changed on disk while the study had unsaved edits: they were kept, saving writes them over
     * the other version, and undoing them all loads it.
     */
    public boolean changedOnDisk() {
        return changedOnDisk;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        synchronized (this) {
            if (batching > 0) {
                pending = true;
                return;
            }
        }
        notifyListeners();
    }

    private void notifyListeners() {
        for (Listener l : listeners) {
            l.changed(this);
        }
    }

    /**
     * Reloads the study when its file changed on disk since it was loaded or saved, unless it has unsaved
     * edits (which are kept: saving them writes over the other change, and {@link #changedOnDisk()} says so
     * until then). The file is read on the caller's
     * thread (a job); the new study takes the old one's place on the UI thread, where the views read it.
     *
     * @return whether it reloaded
     */
    public boolean reloadIfChanged() {
        long now = io.noodle.core.io.FileTrees.stamp(file);
        if (now == stamp) {
            return false;
        }
        if (isDirty()) {
            keptEdits();
            return false;
        }
        Study fresh;
        try {
            fresh = StudyStore.load(file);
        } catch (StudyLoadException e) {
            stamp = now; // a broken file on disk: keep what is shown until it is mended
            return false;
        }
        boolean[] swapped = new boolean[1];
        org.eclipse.swt.widgets.Display.getDefault().syncExec(() -> {
            if (isDirty()) {
                keptEdits(); // edited meanwhile: the edits win
                return;
            }
            Resource r = study.eResource();
            r.getContents().clear();
            r.getContents().add(fresh); // moves it out of the resource it was read into
            study = fresh;
            stamp = now;
            changedOnDisk = false;
            domain.getCommandStack().flush(); // the commands were about the study that is gone; listeners hear it
            swapped[0] = true;
        });
        return swapped[0];
    }

    /**
     * Throws the unsaved edits away and loads the file as it is on disk (File > Revert). Reads on the caller's
     * thread (a job); the loaded study takes the old one's place on the UI thread, the command stack emptied.
     *
     * @throws StudyLoadException when the file on disk cannot be read (the edits are kept)
     */
    public void revert() throws StudyLoadException {
        long now = io.noodle.core.io.FileTrees.stamp(file);
        Study fresh = StudyStore.load(file);
        org.eclipse.swt.widgets.Display.getDefault().syncExec(() -> {
            Resource r = study.eResource();
            r.getContents().clear();
            r.getContents().add(fresh);
            study = fresh;
            stamp = now;
            changedOnDisk = false;
            domain.getCommandStack().flush();
        });
    }

    private void keptEdits() {
        if (!changedOnDisk) {
            changedOnDisk = true;
            fire();
        }
    }

    /** Reloads in a job, {@code delay} ms from now, when the file changed on disk. */
    private void reloadSoon(long delay) {
        Job reload = Job.create("Reloading " + file.getFileName(), m -> {
            reloadIfChanged();
            return Status.OK_STATUS;
        });
        reload.setSystem(true);
        reload.schedule(delay);
    }

    /** Starts following the study file on disk (a watch on the study folder). */
    void watch() {
        try {
            watcher = folder().getFileSystem().newWatchService();
            folder().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            return; // without a watch the study is still shown; reopening reloads it
        }
        Thread.ofVirtual().name("noodle-study-watch-" + file.getFileName()).start(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean mine = key.pollEvents().stream().anyMatch(ev -> ev.context() instanceof Path p
                            && file.getFileName().equals(p));
                    key.reset();
                    if (mine) {
                        reloadSoon(200); // let a burst of writes settle
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed with the session
            }
        });
    }

    void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        listeners.clear();
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // nothing to release
        }
    }
}
