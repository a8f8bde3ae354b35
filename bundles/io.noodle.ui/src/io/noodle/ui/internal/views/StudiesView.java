package io.noodle.ui.internal.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import org.eclipse.ui.PartInitException;

import io.noodle.core.workspace.NoodleWorkspace;
import io.noodle.core.workspace.WorkspaceEntries;
import io.noodle.core.workspace.WorkspaceWatcher;
import io.noodle.ui.NoodleUi;
import io.noodle.model.Stage;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;

/**
 * The Studies navigator: the study folders and files of the workspace, refreshed when they change on
 * disk (changes are coalesced and applied at most ten times a second, per changed folder).
 */
public final class StudiesView extends ViewPart {

    private static final Duration REFRESH_INTERVAL = Duration.ofMillis(100);

    private TreeViewer viewer;
    private Path root;
    private WorkspaceWatcher watcher;
    private Throttler refresher;
    private RunStates runStates;
    private final Set<Path> pending = new HashSet<>();
    private final StudyOutlines outlines = new StudyOutlines(file -> {
        synchronized (pending) {
            pending.add(file);
        }
        refresher.throttledExec();
    });

    @Override
    public void createPartControl(Composite parent) {
        root = workspaceRoot();
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setData(NoodleUi.TEST_ID, "studies.tree");
        viewer.setContentProvider(new WorkspaceContentProvider(outlines));
        refresher = new Throttler(parent.getDisplay(), REFRESH_INTERVAL, this::applyChanges);
        runStates = new RunStates(folder -> { // a run's end or a first read: that study's label again
            synchronized (pending) {
                pending.add(folder);
            }
            refresher.throttledExec();
        });
        viewer.setLabelProvider(new WorkspaceLabelProvider(runStates));
        viewer.setUseHashlookup(true);
        viewer.setInput(root);
        viewer.addDoubleClickListener(this::open);
        getSite().setSelectionProvider(viewer);
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer); // New Study, Run Study, Duplicate Study (plugin.xml)
        setContentDescription(root.toString());

        try {
            watcher = new WorkspaceWatcher(root, changed -> {
                synchronized (pending) {
                    pending.addAll(changed);
                }
                refresher.throttledExec();
            });
        } catch (IOException e) {
            setContentDescription(root + " (not watched: " + e.getMessage() + "; changes show after reopening)");
        }
    }

    private static Path workspaceRoot() {
        NoodleWorkspace ws = NoodleApplication.currentWorkspace();
        return ws != null ? ws.root() : NoodleWorkspace.defaultLocation();
    }

    private void applyChanges() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Path> changed;
        synchronized (pending) {
            changed = List.copyOf(pending);
            pending.clear();
        }
        if (changed.contains(root)) {
            viewer.refresh();
            return;
        }
        for (Path p : changed) {
            viewer.refresh(p); // no-op for folders the tree has not shown
            viewer.update(p, null); // its label (a run's end changes a study folder's)
            if (Files.isDirectory(p)) {
                // a changed study file inside is re-read when its children are asked for again
                for (Path child : WorkspaceEntries.children(p)) {
                    if (WorkspaceEntries.isStudyFile(child) && viewer.getExpandedState(child)) {
                        viewer.refresh(child);
                    }
                }
            }
        }
    }

    /** Double-click: a folder expands or collapses; a study file, or a stage of one, opens in the study editor. */
    private void open(DoubleClickEvent event) {
        Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
        if (first instanceof Path p && Files.isDirectory(p)) {
            viewer.setExpandedState(p, !viewer.getExpandedState(p));
            return;
        }
        Path file = first instanceof Path p && WorkspaceEntries.isStudyFile(p) ? p
                : first instanceof Stage st ? fileOf(st) : null;
        if (file != null) {
            try {
                StudyEditor.open(getSite().getPage(), file);
            } catch (PartInitException e) {
                setContentDescription("Cannot open " + file + ": " + e.getMessage());
            }
        }
    }

    private static Path fileOf(Stage stage) {
        var r = stage.eResource();
        return r != null && r.getURI().isFile() ? Path.of(r.getURI().toFileString()) : null;
    }

    /** @return the tree's viewer (for tests and for contributions that act on the selection) */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (runStates != null) {
            runStates.dispose();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing a watch service does not fail in practice; nothing to recover
        }
        super.dispose();
    }

    /**
     * Folders and files of the workspace as {@link Path}s, and under each study file its stages; children
     * are read when a folder is expanded, study files in the background.
     */
    private static final class WorkspaceContentProvider implements ITreeContentProvider {
        private final StudyOutlines outlines;

        WorkspaceContentProvider(StudyOutlines outlines) {
            this.outlines = outlines;
        }

        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Path p) {
                return WorkspaceEntries.isStudyFile(p) ? outlines.children(p) : WorkspaceEntries.children(p).toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Path p ? p.getParent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Path p && (Files.isDirectory(p) || WorkspaceEntries.isStudyFile(p));
        }
    }
}
