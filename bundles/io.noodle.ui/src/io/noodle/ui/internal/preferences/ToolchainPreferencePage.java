package io.noodle.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.noodle.eda.Flows;
import io.noodle.eda.flow.Toolchain;
import io.noodle.eda.flow.ToolchainPreferences;

/**
 * Preferences > Noodle > Toolchain: the tool paths (empty: found on the PATH), the technology and its
 * folder, OpenROAD's program or container image (pinned by digest) with a PDK override, and an optional flow
 * program of the user's own. Stored in the workspace, read by both flow adapters, the toolchain check and
 * {@code noodle run-study}.
 */
public final class ToolchainPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "io.noodle.ui.preferences.toolchain";

    public ToolchainPreferencePage() {
        super(GRID);
        setDescription("Tools and technology of the EDA flows. Leave a program empty to find it on the PATH.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ToolchainPreferences.NODE);
        store.setDefault("technology", Toolchain.DEFAULT_TECHNOLOGY);
        store.setDefault(ToolchainPreferences.FLOW, Flows.LOCAL);
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        Composite p = getFieldEditorParent();
        addField(new ComboFieldEditor(ToolchainPreferences.FLOW, "&Flow trials run on:", new String[][] {
                { "Local (yosys, qflow, OpenSTA)", Flows.LOCAL }, { "OpenROAD", Flows.OPENROAD } }, p));
        addField(program("qflow", "&qflow program:", p));
        addField(program("sta", "Open&STA program (sta):", p));
        addField(program("yosys", "&Yosys program:", p));
        addField(new StringFieldEditor("technology", "&Technology:", p));
        addField(new DirectoryFieldEditor("technologyFolder", "Technology &folder (optional):", p));
        addField(program("openroad", "&OpenROAD program:", p));
        addField(new StringFieldEditor("containerImage", "OpenROAD &container image (name@sha256:...):", p));
        addField(new DirectoryFieldEditor("pdkFolder", "&PDK override folder (mounted read-only):", p));
        addField(new StringFieldEditor("pdkVersion", "PDK &version:", p));
        addField(program(ToolchainPreferences.OWN_FLOW, "Own flow &program (optional):", p));
    }

    private static FileFieldEditor program(String key, String label, Composite parent) {
        FileFieldEditor f = new FileFieldEditor(key, label, true, parent);
        f.setEmptyStringAllowed(true);
        return f;
    }
}
