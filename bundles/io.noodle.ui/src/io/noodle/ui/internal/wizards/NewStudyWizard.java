package io.noodle.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.eda.flow.NewStudies;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.editors.StudyEditor;

/**
 * File > New Study (and Noodle > New Study): a study on a bundled design (mac8, fir8, mul16) from a starting
 * template. The study is written in a job, then opened in the designer.
 */
public final class NewStudyWizard extends Wizard {

    private final Path workspace;
    private final IWorkbenchWindow window;
    private Page page;

    public NewStudyWizard(Path workspace, IWorkbenchWindow window) {
        this.workspace = workspace;
        this.window = window;
        setWindowTitle("New Study");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        String name = page.name.getText().strip();
        String design = DemoStudy.DESIGNS.get(page.design.getSelectionIndex());
        NewStudies.Template template = page.five.getSelection() ? NewStudies.Template.FIVE_STAGES
                : NewStudies.Template.ONE_STAGE;
        Job job = new Job("Making study " + name) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    Path file = NewStudies.create(workspace, name, design, template);
                    window.getShell().getDisplay().asyncExec(() -> StudyEditor.openIn(window, file));
                    return Status.OK_STATUS;
                } catch (java.io.IOException e) {
                    return Status.error("Cannot make study " + name + ": " + e.getMessage(), e);
                }
            }
        };
        job.schedule();
        return true;
    }

    /** The one page: name, design, template. */
    private final class Page extends WizardPage {
        Text name;
        Combo design;
        Button one;
        Button five;

        Page() {
            super("study");
            setTitle("New Study");
            setDescription("A study on one of the bundled designs, from a starting template.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            new Label(c, SWT.NONE).setText("&Name:");
            name = new Text(c, SWT.BORDER | SWT.SINGLE);
            name.setData(NoodleUi.TEST_ID, "newStudy.name");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
            new Label(c, SWT.NONE).setText("&Design:");
            design = new Combo(c, SWT.READ_ONLY);
            design.setData(NoodleUi.TEST_ID, "newStudy.design");
            DemoStudy.DESIGNS.forEach(design::add);
            design.select(0);
            Label t = new Label(c, SWT.NONE);
            t.setText("Start with:");
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(t);
            Composite radios = new Composite(c, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(radios);
            one = new Button(radios, SWT.RADIO);
            one.setText(NewStudies.Template.ONE_STAGE.label);
            one.setData(NoodleUi.TEST_ID, "newStudy.oneStage");
            one.setSelection(true);
            five = new Button(radios, SWT.RADIO);
            five.setText(NewStudies.Template.FIVE_STAGES.label);
            five.setData(NoodleUi.TEST_ID, "newStudy.fiveStages");
            name.addListener(SWT.Modify, e -> check());
            setControl(c);
            check();
        }

        private void check() {
            String n = name.getText().strip();
            String why = n.isEmpty() ? null : NewStudies.whyNot(workspace, n);
            setErrorMessage(why);
            setPageComplete(!n.isEmpty() && why == null);
        }
    }
}
