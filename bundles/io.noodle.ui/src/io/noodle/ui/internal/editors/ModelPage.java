package io.noodle.ui.internal.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.noodle.model.RunResults;
import io.noodle.model.Study;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.emf.EmfContentProvider;
import io.noodle.ui.internal.emf.EmfLabelProvider;

/** The Model page: the whole study as a tree and, beside the design, the results of its newest run. */
final class ModelPage {

    private final StudyEditor editor;
    private TreeViewer tree;

    ModelPage(StudyEditor editor) {
        this.editor = editor;
    }

    /** The tree's roots: the study, and the results of its newest run once there are any. */
    private record Input(Study study, RunResults results) {
    }

    /** Content provider whose roots are the {@link Input}'s; below them, EMF's item providers. */
    private static final class Roots implements ITreeContentProvider {
        private final EmfContentProvider emf;

        Roots(EmfContentProvider emf) {
            this.emf = emf;
        }

        @Override
        public Object[] getElements(Object input) {
            return input instanceof Input in ? (in.results() == null ? new Object[] { in.study() }
                    : new Object[] { in.study(), in.results() }) : emf.getElements(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            return emf.getChildren(parent);
        }

        @Override
        public Object getParent(Object element) {
            return emf.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            return emf.hasChildren(element);
        }
    }

    /** Id of the tree's context menu, for contributions. */
    static final String TREE_MENU = "io.noodle.ui.editors.study.tree";

    Composite create(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(c);
        tree = new TreeViewer(c, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        tree.getTree().setData(NoodleUi.TEST_ID, "study.tree");
        tree.setContentProvider(new Roots(new EmfContentProvider(editor.adapterFactory())));
        tree.setLabelProvider(new EmfLabelProvider(editor.adapterFactory()));
        tree.setUseHashlookup(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.addSelectionChangedListener(e -> editor.getSite().getSelectionProvider().setSelection(e.getSelection()));
        tree.getControl().addListener(SWT.FocusIn, e -> editor.getSite().getSelectionProvider()
                .setSelection(tree.getSelection()));
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
        // a case's New Study from This Case (plugin.xml), on the editor's selection
        editor.getSite().registerContextMenu(TREE_MENU, menu, editor.getSite().getSelectionProvider());
        // a case selected in another part (the lineage view) is selected here too, when this run has it
        org.eclipse.ui.ISelectionListener follow = (part, sel) -> {
            if (part != editor && sel instanceof org.eclipse.jface.viewers.IStructuredSelection s
                    && s.getFirstElement() instanceof io.noodle.model.results.CaseRecord r && editor.getResults() != null
                    && !tree.getControl().isDisposed() && tree.getExpandedState(editor.getResults())) {
                // (a run shown collapsed, being huge, is not opened for it)
                editor.getResults().getCases().stream().filter(k -> k.getName().equals(r.name())).findFirst()
                        .ifPresent(k -> tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(k), true));
            }
        };
        editor.getSite().getPage().addPostSelectionListener(follow);
        tree.getControl().addListener(SWT.Dispose, e -> editor.getSite().getPage().removePostSelectionListener(follow));
        return c;
    }

    TreeViewer tree() {
        return tree;
    }

    /**
     * The results of a run with more cases than this stay collapsed: a native tree of 100,000 rows keeps the
     * toolkit busy for minutes (the lineage view is the place to browse them).
     */
    static final int EXPAND_LIMIT = 2_000;

    void show() {
        tree.setInput(new Input(editor.getSession().study(), editor.getResults()));
        expand();
    }

    /** The run's results are to be opened once they have something to show (a run that just started). */
    private boolean openResults;

    /** Opens the study and, unless it is huge, the run's results, one level each. */
    private void expand() {
        tree.expandToLevel(editor.getSession().study(), 1);
        openResults = true;
        openResults();
    }

    private void openResults() {
        var results = editor.getResults();
        if (openResults && results != null && !results.getCases().isEmpty()) {
            openResults = false;
            if (results.getCases().size() + results.getVerdicts().size() <= EXPAND_LIMIT) {
                tree.expandToLevel(results, 1);
            }
        }
    }

    void designChanged() {
        if (tree.getControl().isDisposed() || editor.getSession() == null) {
            return;
        }
        if (tree.getInput() instanceof Input in && in.study() != editor.getSession().study()) {
            show(); // reloaded from disk: another study object
        } else {
            tree.refresh(editor.getSession().study(), true);
        }
    }

    void resultsChanged(boolean newRun) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        if (newRun) {
            tree.setInput(new Input(editor.getSession().study(), editor.getResults()));
            expand();
        } else {
            // finished cases and verdicts never change: add the new ones, relabel only the run itself
            tree.refresh(editor.getResults(), false);
            tree.update(editor.getResults(), null);
            openResults(); // the first cases of a run that started empty
        }
    }
}
