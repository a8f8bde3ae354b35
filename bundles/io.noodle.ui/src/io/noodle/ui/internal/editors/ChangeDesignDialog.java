package io.noodle.ui.internal.editors;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.eda.flow.NewStudies;
import io.noodle.ui.NoodleUi;

/**
 * Change Design…: the design the study's base case starts from, a bundled design or a folder of the user's
 * (a design snapshot, or Verilog and its SDC with the top module; Ctrl+Space lists the modules the folder
 * declares). Checked as typed; the design is copied into the study's folder once the dialog closes.
 */
final class ChangeDesignDialog extends TitleAreaDialog {

    /** What was chosen: a bundled design's name, or a folder and its top module. */
    record Choice(String bundled, Path folder, String top) {
    }

    private Button bundledButton;
    private Combo bundled;
    private Text folder;
    private Text top;
    private org.eclipse.jface.fieldassist.SimpleContentProposalProvider modules;
    private String modulesOf;
    private Choice choice;

    ChangeDesignDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Change Design");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("The design of the base case");
        setMessage("Gate 0 runs the base case on it; the design the study had stays in its folder.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        bundledButton = new Button(c, SWT.RADIO);
        bundledButton.setText("Bundled design:");
        bundledButton.setData(NoodleUi.TEST_ID, "design.bundledChoice");
        bundledButton.setSelection(true);
        bundled = new Combo(c, SWT.READ_ONLY);
        bundled.setData(NoodleUi.TEST_ID, "design.bundled");
        DemoStudy.DESIGNS.forEach(bundled::add);
        bundled.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(bundled);
        Button folderButton = new Button(c, SWT.RADIO);
        folderButton.setText("A design folder:");
        folderButton.setData(NoodleUi.TEST_ID, "design.folderChoice");
        folder = new Text(c, SWT.BORDER | SWT.SINGLE);
        folder.setData(NoodleUi.TEST_ID, "design.folder");
        folder.setMessage("Verilog and one SDC file, or a case's design snapshot");
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setMessage("The design folder");
            String f = d.open();
            if (f != null) {
                folder.setText(f);
            }
        });
        Label tl = new Label(c, SWT.NONE);
        tl.setText("Top module:");
        GridDataFactory.fillDefaults().indent(16, 0).applyTo(tl);
        top = new Text(c, SWT.BORDER | SWT.SINGLE);
        top.setData(NoodleUi.TEST_ID, "design.top");
        top.setMessage("for plain Verilog (Ctrl+Space lists the folder's modules)");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(top);
        modules = new org.eclipse.jface.fieldassist.SimpleContentProposalProvider();
        modules.setFiltering(true);
        new org.eclipse.jface.fieldassist.ContentProposalAdapter(top, new org.eclipse.jface.fieldassist.TextContentAdapter(),
                modules, org.eclipse.jface.bindings.keys.KeyStroke.getInstance(SWT.MOD1, ' '), null)
                .setProposalAcceptanceStyle(org.eclipse.jface.fieldassist.ContentProposalAdapter.PROPOSAL_REPLACE);
        for (var w : new org.eclipse.swt.widgets.Widget[] { bundledButton, folderButton, bundled }) {
            w.addListener(SWT.Selection, e -> check());
        }
        folder.addListener(SWT.Modify, e -> check());
        top.addListener(SWT.Modify, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Change", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    /** What is wrong with the choice, shown as the dialog's error; Change only when there is nothing. */
    private void check() {
        boolean isFolder = !bundledButton.getSelection();
        bundled.setEnabled(!isFolder);
        folder.setEnabled(isFolder);
        top.setEnabled(isFolder);
        String why = null;
        boolean complete = true;
        if (isFolder) {
            String f = folder.getText().strip();
            if (!f.isEmpty() && !f.equals(modulesOf)) {
                modulesOf = f;
                modules.setProposals(NewStudies.declaredModules(Path.of(f)).toArray(String[]::new));
                if (top.getText().isBlank()) {
                    String guess = NewStudies.guessTop(Path.of(f));
                    if (guess != null) {
                        top.setText(guess);
                        return; // checks again
                    }
                }
            }
            why = f.isEmpty() ? null : NewStudies.whyNotDesign(Path.of(f), top.getText().strip());
            complete = !f.isEmpty() && why == null;
        }
        setErrorMessage(why);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(complete);
        }
    }

    @Override
    protected void okPressed() {
        choice = bundledButton.getSelection() ? new Choice(bundled.getText(), null, null)
                : new Choice(null, Path.of(folder.getText().strip()), top.getText().strip());
        super.okPressed();
    }

    Choice choice() {
        return choice;
    }
}
