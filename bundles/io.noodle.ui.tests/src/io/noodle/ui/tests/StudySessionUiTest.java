package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.NoodlePackage;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.yaml.StudyYamlImporter;
import io.noodle.testing.ui.Wait;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.session.StudySession;
import io.noodle.ui.internal.session.StudySessions;

/** One session per study file: shared, with one command stack, batch brackets, and reload from disk. */
@ExtendWith(WorkbenchExtension.class)
class StudySessionUiTest {

    private static StudySession acquire(Path file) throws Exception {
        CompletableFuture<StudySession> s = new CompletableFuture<>();
        StudySessions.get().acquire(file, s::complete, s::completeExceptionally);
        return s.get(30, TimeUnit.SECONDS);
    }

    @Test
    void sessionsAreSharedBatchedAndReloadedWhenTheFileChangesOnDisk() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Study study = StudyYamlImporter.importFrom(new StringReader("""
                name: session_study
                base_case: s_base
                ecos: [{name: resize, class: topology_neutral}]
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [resize]}
                """), null).study();
        Path file = StudyStore.save(study, root.resolve("session_study"));

        StudySession one = acquire(file);
        StudySession two = acquire(file);
        assertSame(one, two, "every editor and view of a file shares its session");
        AtomicInteger heard = new AtomicInteger();
        one.addListener(s -> heard.incrementAndGet());

        // three edits in a batch are heard once; each is undoable on the one command stack
        one.batch(() -> {
            for (String d : new String[] { "x", "y", "z" }) {
                one.domain().getCommandStack().execute(SetCommand.create(one.domain(), one.study(),
                        NoodlePackage.Literals.STUDY__DESCRIPTION, d));
            }
        });
        assertEquals(1, heard.get(), "a batch of changes is heard once");
        assertTrue(two.isDirty());
        one.domain().getCommandStack().undo();
        assertEquals("y", two.study().getDescription());
        one.save();
        assertFalse(one.isDirty());

        // another program rewrites the file: the session, with no unsaved edits, reloads it
        Study other = StudyStore.load(file);
        other.setDescription("changed on disk");
        StudyStore.save(other, file.getParent());
        touchLater(file); // a modification time of its own, also on file systems with second resolution
        Wait.until("the session to reload the study", java.time.Duration.ofSeconds(20),
                () -> "changed on disk".equals(one.study().getDescription()));
        assertFalse(one.isDirty());

        // with unsaved edits, a change on disk does not throw them away. The edit is made on the UI thread, as a
        // user's is: a reload (the watcher may still have one pending from the last write) swaps the study there,
        // so the two never interleave; made from this thread it could land on the study being replaced.
        io.noodle.testing.ui.UiThread.run(() -> one.domain().getCommandStack().execute(SetCommand.create(one.domain(),
                one.study(), NoodlePackage.Literals.STUDY__DESCRIPTION, "mine")));
        Study third = StudyStore.load(file);
        third.setDescription("theirs");
        StudyStore.save(third, file.getParent());
        touchLater(file);
        Wait.until("the session to notice the change on disk", java.time.Duration.ofSeconds(20), one::changedOnDisk);
        assertEquals("mine", one.study().getDescription(), "unsaved edits are kept");
        assertFalse(one.reloadIfChanged());
        assertTrue(one.isDirty());

        // undoing the edits that kept the other version out loads it
        io.noodle.testing.ui.UiThread.run(() -> one.domain().getCommandStack().undo());
        Wait.until("the session to load the other version once the edits are undone", java.time.Duration.ofSeconds(20),
                () -> "theirs".equals(one.study().getDescription()));
        assertFalse(one.changedOnDisk());

        StudySessions.get().release(one);
        StudySessions.get().release(two);
        assertEquals(null, StudySessions.get().find(file), "released by its last user");
        assertTrue(Files.exists(file));
    }

    /** Moves the file's modification time 5 s past what it was, so no two writes share one. */
    private static void touchLater(Path file) throws java.io.IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 5000));
    }
}
