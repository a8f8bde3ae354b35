package io.noodle.ui.internal.editors;

import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.ui.NoodleUi;

/**
 * The study editor's page of the Outline view: the stage graph as a list in the study's order, each stage
 * with its mode, budget and survivors and the stages it feeds ("a → b, c"). Selecting a stage shows it on the
 * Stages page; the list follows every edit.
 */
final class StageOutline extends ContentOutlinePage {

    private final StudyEditor editor;
    /** Set while the list is filled again: the selection it restores is not the user's choice. */
    private boolean refreshing;

    StageOutline(StudyEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        var viewer = getTreeViewer();
        viewer.getTree().setData(NoodleUi.TEST_ID, "study.outline");
        viewer.setContentProvider(new org.eclipse.jface.viewers.ITreeContentProvider() { // a flat list of stages
            @Override
            public Object[] getElements(Object input) {
                return ArrayContentProvider.getInstance().getElements(input);
            }

            @Override
            public Object[] getChildren(Object parent) {
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return false;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object o) {
                Stage st = (Stage) o;
                String next = st.getStudy() == null ? "" : st.getStudy().getDependencies().stream()
                        .filter(d -> d.getFrom() == st && d.getTo() != null).map(d -> d.getTo().getName())
                        .collect(Collectors.joining(", "));
                return st.getIndex() + " " + st.getName() + " (" + st.getExecutionMode().getLiteral() + ", "
                        + st.getTrialBudget() + " \u2192 " + st.getSurvivorCount() + ")"
                        + (next.isEmpty() ? "" : " \u2192 " + next);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (!refreshing && e.getSelection() instanceof IStructuredSelection s
                    && s.getFirstElement() instanceof Stage st && editor.getSession() != null) {
                editor.reveal(st.getName());
            }
        });
        refresh();
    }

    /** Shows the study's stages again (UI thread). */
    void refresh() {
        var viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || editor.getSession() == null) {
            return;
        }
        Study s = editor.getSession().study();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        refreshing = true;
        try {
            viewer.setInput(s.getStages().toArray());
            if (selected instanceof Stage st && s.getStages().contains(st)) {
                viewer.setSelection(new StructuredSelection(st));
            }
        } finally {
            refreshing = false;
        }
    }
}
