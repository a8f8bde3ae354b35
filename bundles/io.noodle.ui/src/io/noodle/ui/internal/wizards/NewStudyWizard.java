package io.noodle.ui.internal.wizards;

import java.nio.file.Path;

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

/**
 * File > New Study (and Noodle > New Study): a study on a bundled design (mac8, fir8, mul16) or on a design
 * folder of the user's (Verilog and an SDC, or a case's design snapshot), from a starting template; or a study
 * imported from a study YAML file. What is wrong with the choice is said on the page before Finish. The study
 * is written in a job, then opened in the designer.
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
        NewStudies.Template template = page.five.getSelection() ? NewStudies.Template.FIVE_STAGES
                : NewStudies.Template.ONE_STAGE;
        io.noodle.ui.internal.handlers.NewStudyJobs.Maker maker;
        String what;
        if (page.fromYaml.getSelection()) {
            Path yaml = Path.of(page.yaml.getText().strip());
            maker = () -> NewStudies.importYaml(workspace, yaml).file();
            what = "Importing " + yaml.getFileName();
        } else if (page.fromFolder.getSelection()) {
            Path folder = Path.of(page.folder.getText().strip());
            String top = page.top.getText().strip();
            maker = () -> NewStudies.createFromFolder(workspace, name, folder, top, template);
            what = "Making study " + name;
        } else {
            String design = DemoStudy.DESIGNS.get(page.design.getSelectionIndex());
            maker = () -> NewStudies.create(workspace, name, design, template);
            what = "Making study " + name;
        }
        io.noodle.ui.internal.handlers.NewStudyJobs.make(window, what, maker);
        return true;
    }

    /** The one page: name, where the design comes from, template. */
    private final class Page extends WizardPage {
        Text name;
        Button bundled;
        Combo design;
        Button fromFolder;
        Text folder;
        Text top;
        org.eclipse.jface.fieldassist.SimpleContentProposalProvider topProposals;
        org.eclipse.jface.fieldassist.ContentProposalAdapter topAssist;
        Button fromYaml;
        Text yaml;
        Button one;
        Button five;
        private final java.util.List<org.eclipse.swt.widgets.Control> folderControls = new java.util.ArrayList<>();
        private final java.util.List<org.eclipse.swt.widgets.Control> yamlControls = new java.util.ArrayList<>();
        private String guessedFor;
        private String proposedFor;

        Page() {
            super("study");
            setTitle("New Study");
            setDescription("A study on a bundled design or a design of your own, from a starting template; "
                    + "or one imported from a study YAML file.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NO_RADIO_GROUP);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
            new Label(c, SWT.NONE).setText("&Name:");
            name = new Text(c, SWT.BORDER | SWT.SINGLE);
            name.setData(NoodleUi.TEST_ID, "newStudy.name");
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);

            bundled = radio(c, "&Bundled design:", "newStudy.bundled");
            bundled.setSelection(true);
            design = new Combo(c, SWT.READ_ONLY);
            design.setData(NoodleUi.TEST_ID, "newStudy.design");
            DemoStudy.DESIGNS.forEach(design::add);
            design.select(0);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(design);

            fromFolder = radio(c, "A design &folder:", "newStudy.fromFolder");
            folder = new Text(c, SWT.BORDER | SWT.SINGLE);
            folder.setData(NoodleUi.TEST_ID, "newStudy.folder");
            folder.setMessage("Verilog (*.v) and one SDC, or a case's design snapshot");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
            folderControls.add(folder);
            folderControls.add(browse(c, () -> {
                var d = new org.eclipse.swt.widgets.DirectoryDialog(getShell());
                d.setText("The design folder");
                return d.open();
            }, folder));
            Label topLabel = new Label(c, SWT.NONE);
            topLabel.setText("   &Top module:");
            top = new Text(c, SWT.BORDER | SWT.SINGLE);
            top.setData(NoodleUi.TEST_ID, "newStudy.top");
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(top);
            folderControls.add(topLabel);
            folderControls.add(top);
            // Ctrl+Space: the modules the folder's Verilog declares
            topProposals = new org.eclipse.jface.fieldassist.SimpleContentProposalProvider();
            topProposals.setFiltering(true);
            topAssist = new org.eclipse.jface.fieldassist.ContentProposalAdapter(top,
                    new org.eclipse.jface.fieldassist.TextContentAdapter(), topProposals,
                    org.eclipse.jface.bindings.keys.KeyStroke.getInstance(SWT.MOD1, ' '), null);
            topAssist.setProposalAcceptanceStyle(org.eclipse.jface.fieldassist.ContentProposalAdapter.PROPOSAL_REPLACE);
            var hint = new org.eclipse.jface.fieldassist.ControlDecoration(top, SWT.TOP | SWT.LEFT);
            hint.setImage(org.eclipse.jface.fieldassist.FieldDecorationRegistry.getDefault().getFieldDecoration(
                    org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_CONTENT_PROPOSAL).getImage());
            hint.setDescriptionText("Ctrl+Space: the modules the folder's Verilog declares");
            top.setToolTipText("The design's top module (Ctrl+Space lists the modules the folder declares)");

            fromYaml = radio(c, "&Import a study YAML:", "newStudy.fromYaml");
            yaml = new Text(c, SWT.BORDER | SWT.SINGLE);
            yaml.setData(NoodleUi.TEST_ID, "newStudy.yaml");
            yaml.setMessage("its name and design come from the file");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(yaml);
            yamlControls.add(yaml);
            yamlControls.add(browse(c, () -> {
                var d = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.OPEN);
                d.setText("The study YAML file");
                d.setFilterExtensions(new String[] {"*.yaml;*.yml", "*"});
                return d.open();
            }, yaml));

            Label t = new Label(c, SWT.NONE);
            t.setText("Start with:");
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(t);
            Composite radios = new Composite(c, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(radios);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(radios);
            one = new Button(radios, SWT.RADIO);
            one.setText(NewStudies.Template.ONE_STAGE.label);
            one.setData(NoodleUi.TEST_ID, "newStudy.oneStage");
            one.setSelection(true);
            five = new Button(radios, SWT.RADIO);
            five.setText(NewStudies.Template.FIVE_STAGES.label);
            five.setData(NoodleUi.TEST_ID, "newStudy.fiveStages");
            for (Text x : new Text[] {name, folder, top, yaml}) {
                x.addListener(SWT.Modify, e -> check());
            }
            setControl(c);
            check();
        }

        private Button radio(Composite c, String text, String id) {
            Button b = new Button(c, SWT.RADIO);
            b.setText(text);
            b.setData(NoodleUi.TEST_ID, id);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) { // the three choices are apart in the grid: one of them is chosen here
                    for (Button other : new Button[] {bundled, fromFolder, fromYaml}) {
                        if (other != null && other != b) {
                            other.setSelection(false);
                        }
                    }
                }
                check();
            });
            return b;
        }

        private Button browse(Composite c, java.util.function.Supplier<String> ask, Text into) {
            Button b = new Button(c, SWT.PUSH);
            b.setText("Browse\u2026");
            b.addListener(SWT.Selection, e -> {
                String chosen = ask.get();
                if (chosen != null) {
                    into.setText(chosen);
                }
            });
            return b;
        }

        /** Enables what the choice needs and says what is missing or wrong (on the UI thread; reads a folder). */
        private void check() {
            boolean isFolder = fromFolder.getSelection();
            boolean isYaml = fromYaml.getSelection();
            design.setEnabled(bundled.getSelection());
            folderControls.forEach(x -> x.setEnabled(isFolder));
            yamlControls.forEach(x -> x.setEnabled(isYaml));
            name.setEnabled(!isYaml);
            one.setEnabled(!isYaml);
            five.setEnabled(!isYaml);
            String n = name.getText().strip();
            String why = null;
            boolean complete;
            if (isYaml) {
                String y = yaml.getText().strip();
                why = y.isEmpty() ? null : java.nio.file.Files.isRegularFile(Path.of(y)) ? null : y + ": no such file";
                complete = !y.isEmpty() && why == null;
            } else {
                why = n.isEmpty() ? null : NewStudies.whyNot(workspace, n);
                complete = !n.isEmpty() && why == null;
                if (isFolder && why == null) {
                    String f = folder.getText().strip();
                    if (!f.isEmpty() && !f.equals(proposedFor)) {
                        proposedFor = f;
                        topProposals.setProposals(NewStudies.declaredModules(Path.of(f)).toArray(String[]::new));
                    }
                    if (!f.isEmpty() && !f.equals(guessedFor) && top.getText().isBlank()) {
                        guessedFor = f; // the module nobody instantiates, once per folder; the user may change it
                        String guess = NewStudies.guessTop(Path.of(f));
                        if (guess != null) {
                            top.setText(guess);
                            return; // setText checks again
                        }
                    }
                    why = f.isEmpty() ? null : NewStudies.whyNotDesign(Path.of(f), top.getText().strip());
                    complete &= !f.isEmpty() && why == null;
                }
            }
            setErrorMessage(why);
            setPageComplete(complete);
        }
    }
}
