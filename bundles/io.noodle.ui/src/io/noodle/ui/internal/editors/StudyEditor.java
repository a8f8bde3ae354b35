package io.noodle.ui.internal.editors;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.noodle.model.Study;
import io.noodle.model.edit.NoodleEditing;
import io.noodle.model.edit.NoodleLabels;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.validation.LegalityReport;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.emf.EmfContentProvider;
import io.noodle.ui.internal.emf.EmfLabelProvider;

/**
 * Shows a study: its contents as a tree (stages, dependencies, ECOs, cases, verdicts) and its run
 * legality report. Read-only for now; the designer comes with the UI issue. The study is loaded in a
 * background job, so large studies do not freeze the window.
 */
public final class StudyEditor extends EditorPart {

    public static final String ID = "io.noodle.ui.editors.study";

    private ComposedAdapterFactory adapterFactory;
    private Label header;
    private TreeViewer tree;
    private Text report;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StudyEditorInput)) {
            throw new PartInitException("The study editor opens study files, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    private Path file() {
        return ((StudyEditorInput) getEditorInput()).file();
    }

    @Override
    public void createPartControl(Composite parent) {
        adapterFactory = NoodleEditing.adapterFactory();
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setData(NoodleUi.TEST_ID, "study.header");
        header.setText("Loading " + file() + " \u2026");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new TreeViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        tree.getTree().setData(NoodleUi.TEST_ID, "study.tree");
        tree.setContentProvider(new EmfContentProvider(adapterFactory));
        tree.setLabelProvider(new EmfLabelProvider(adapterFactory));
        report = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        report.setData(NoodleUi.TEST_ID, "study.report");
        report.setFont(JFaceResources.getTextFont());
        sash.setWeights(55, 45);
        getSite().setSelectionProvider(tree);
        load();
    }

    private void load() {
        Path file = file();
        Job job = Job.create("Loading study " + file.getFileName(), (IProgressMonitor monitor) -> {
            try {
                Study study = StudyStore.load(file, NoodleEditing.newDomain().getResourceSet());
                String text = LegalityReport.of(study).toText();
                show(study, text, null);
            } catch (StudyLoadException e) {
                show(null, null, e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    private void show(Study study, String legality, String error) {
        if (header.isDisposed()) {
            return;
        }
        header.getDisplay().asyncExec(() -> {
            if (header.isDisposed()) {
                return;
            }
            if (study == null) {
                header.setText("Cannot open " + file() + ":\n" + error);
                report.setText(error);
                return;
            }
            header.setText(NoodleLabels.label(study) + "  \u2014  " + file());
            tree.setInput(study.eResource()); // the study is the one root of the tree
            tree.expandToLevel(2);
            report.setText(legality);
            header.getParent().layout(true);
        });
    }

    /** @return the tree of the study (for tests) */
    public TreeViewer getTreeViewer() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only view of the study
    }

    @Override
    public void doSaveAs() {
        // read-only view of the study
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

}
