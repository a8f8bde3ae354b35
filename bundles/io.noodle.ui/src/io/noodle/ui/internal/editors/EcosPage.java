package io.noodle.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.noodle.eda.flow.LocalEco;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.RollbackPolicy;
import io.noodle.model.Study;
import io.noodle.ui.NoodleUi;
import io.noodle.views.ecos.EcoCatalogue;

/**
 * The ECOs page: the study's ECO catalogue as a table (name, class, parameters with their ranges or choices
 * and defaults, parts of a compound and its rollback policy, the stages that apply it). Add an ECO the local
 * flow implements (with its parameters as the flow declares them), make a compound of the selected ECOs in
 * the order they are listed, remove (also from the stages and compounds that name it), change an ECO's class
 * or a compound's rollback policy. Every edit is one undoable command.
 */
final class EcosPage extends FormPage {

    private final StudyEditor editor;
    private TableViewer table;
    private Label status;
    private Combo ecoClass;
    private Combo rollback;
    private Button remove;
    private Button compound;
    private boolean updating;

    EcosPage(StudyEditor editor) {
        super(editor, "ecos", "ECOs");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm f = managed.getForm();
        FormToolkit tk = managed.getToolkit();
        f.setText("ECO catalogue");
        Composite body = f.getBody();
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        Composite bar = tk.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Button add = tk.createButton(bar, "&Add ECO\u2026", SWT.PUSH);
        add.setData(NoodleUi.TEST_ID, "ecos.add");
        add.addListener(SWT.Selection, e -> addEco());
        compound = tk.createButton(bar, "&Compound of Selected", SWT.PUSH);
        compound.setData(NoodleUi.TEST_ID, "ecos.compound");
        compound.setToolTipText("A new ECO that applies the selected ones in the order of the table");
        compound.addListener(SWT.Selection, e -> addCompound());
        remove = tk.createButton(bar, "&Remove", SWT.PUSH);
        remove.setData(NoodleUi.TEST_ID, "ecos.remove");
        remove.setToolTipText("Removes the ECO, and its name from the stages and compounds that use it");
        remove.addListener(SWT.Selection, e -> removeEcos());
        status = tk.createLabel(bar, "", SWT.WRAP);
        status.setData(NoodleUi.TEST_ID, "ecos.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        Composite details = tk.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(details);
        tk.createLabel(details, "Class of the selected ECO:");
        ecoClass = new Combo(details, SWT.READ_ONLY);
        ecoClass.setData(NoodleUi.TEST_ID, "ecos.class");
        EcoClass.VALUES.forEach(c -> ecoClass.add(c.getLiteral()));
        ecoClass.addListener(SWT.Selection, e -> set(Literals.ECO_DEFINITION__ECO_CLASS,
                EcoClass.VALUES.get(ecoClass.getSelectionIndex())));
        tk.createLabel(details, "Rollback when a part fails:");
        rollback = new Combo(details, SWT.READ_ONLY);
        rollback.setData(NoodleUi.TEST_ID, "ecos.rollback");
        RollbackPolicy.VALUES.forEach(c -> rollback.add(c.getLiteral()));
        rollback.addListener(SWT.Selection, e -> set(Literals.ECO_DEFINITION__ROLLBACK_POLICY,
                RollbackPolicy.VALUES.get(rollback.getSelectionIndex())));

        table = new TableViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setData(NoodleUi.TEST_ID, "ecos.table");
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Name", 150, EcoCatalogue.Row::name);
        column("Class", 200, EcoCatalogue.Row::ecoClass);
        column("Parameters", 380, EcoCatalogue.Row::parameters);
        column("Parts", 220, EcoCatalogue.Row::parts);
        column("Used by stages", 160, EcoCatalogue.Row::usedBy);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 160).applyTo(table.getControl());
        table.addSelectionChangedListener(e -> {
            showSelected();
            EcoDefinition first = selected().isEmpty() ? null : selected().get(0);
            editor.select(first);
        });
        table.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeEcos();
            }
        });

        show();
    }

    private void column(String title, int width, java.util.function.Function<EcoCatalogue.Row, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EcoCatalogue.Row) element);
            }
        });
    }

    private boolean ready() {
        return table != null && !table.getControl().isDisposed() && editor.getSession() != null;
    }

    /** The session is there, or the study changed: the rows again, the selection kept by ECO. */
    void show() {
        if (!ready()) {
            return;
        }
        List<EcoDefinition> keep = selected();
        List<EcoCatalogue.Row> rows = EcoCatalogue.rows(editor.getSession().study());
        table.setInput(rows);
        table.setSelection(new StructuredSelection(rows.stream().filter(r -> keep.contains(r.eco())).toList()));
        showSelected();
    }

    void designChanged() {
        show();
    }

    /** The selected ECOs, in the order of the table. */
    private List<EcoDefinition> selected() {
        if (table == null || !(table.getSelection() instanceof IStructuredSelection sel)) {
            return List.of();
        }
        List<EcoDefinition> out = new ArrayList<>();
        for (Object o : sel.toList()) {
            out.add(((EcoCatalogue.Row) o).eco());
        }
        Study s = editor.getSession() == null ? null : editor.getSession().study();
        if (s != null) {
            out.sort(java.util.Comparator.comparingInt(s.getEcos()::indexOf));
        }
        return out;
    }

    private void showSelected() {
        List<EcoDefinition> sel = selected();
        EcoDefinition one = sel.size() == 1 ? sel.get(0) : null;
        updating = true;
        try {
            ecoClass.setEnabled(one != null);
            rollback.setEnabled(one != null && !one.getParts().isEmpty());
            ecoClass.select(one == null ? -1 : EcoClass.VALUES.indexOf(one.getEcoClass()));
            rollback.select(one == null ? -1 : RollbackPolicy.VALUES.indexOf(one.getRollbackPolicy()));
            remove.setEnabled(!sel.isEmpty());
            compound.setEnabled(sel.size() >= 2);
        } finally {
            updating = false;
        }
    }

    private void set(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        List<EcoDefinition> sel = selected();
        if (!updating && ready() && sel.size() == 1) {
            editor.execute(StudyEdits.set(editor.getSession().domain(), sel.get(0), feature, value));
        }
    }

    /** Add ECO: one the local flow implements and the catalogue lacks, chosen from a filtered list. */
    private void addEco() {
        if (!ready()) {
            return;
        }
        Study s = editor.getSession().study();
        List<LocalEco> missing = java.util.Arrays.stream(LocalEco.values())
                .filter(e -> StudyEdits.whyNotEco(s, e.ecoName()) == null).toList();
        if (missing.isEmpty()) {
            status.setText("The catalogue has every ECO the local flow implements.");
            return;
        }
        ElementListSelectionDialog d = new ElementListSelectionDialog(getSite().getShell(), new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                LocalEco e = (LocalEco) element;
                return e.ecoName() + "  (" + e.ecoClass().getLiteral() + ")";
            }
        });
        d.setTitle("Add ECO");
        d.setMessage("An ECO of the local flow (type to filter):");
        d.setElements(missing.toArray());
        d.setMultipleSelection(true);
        if (d.open() != Window.OK || d.getResult() == null) {
            return;
        }
        org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand("Add ECO");
        for (Object o : d.getResult()) {
            c.append(StudyEdits.addEco(editor.getSession().domain(), s, ((LocalEco) o).definition()));
        }
        editor.execute(c.unwrap());
        status.setText("");
    }

    private void addCompound() {
        List<EcoDefinition> sel = selected();
        if (!ready() || sel.size() < 2) {
            return;
        }
        String why = StudyEdits.whyNotEco(editor.getSession().study(), StudyEdits.compoundName(sel));
        if (why != null) {
            status.setText("No compound of " + sel.size() + ": " + why + ".");
            return;
        }
        var c = StudyEdits.addCompound(editor.getSession().domain(), editor.getSession().study(), sel, RollbackPolicy.ALL);
        editor.execute(c);
        status.setText("");
    }

    private void removeEcos() {
        List<EcoDefinition> sel = selected();
        if (!ready() || sel.isEmpty()) {
            return;
        }
        editor.execute(StudyEdits.removeEcos(editor.getSession().domain(), editor.getSession().study(), sel));
    }

    /** The table (for tests). */
    TableViewer table() {
        return table;
    }
}
