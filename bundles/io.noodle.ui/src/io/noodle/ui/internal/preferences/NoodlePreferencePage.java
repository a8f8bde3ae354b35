package io.noodle.ui.internal.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > Noodle: the root of Noodle's pages. */
public final class NoodlePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText("Settings of the Noodle Workbench. Toolchain: the EDA tools, technology and OpenROAD setup "
                + "the flows run with.");
        return l;
    }
}
