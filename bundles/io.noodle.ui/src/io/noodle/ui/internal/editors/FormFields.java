package io.noodle.ui.internal.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.noodle.ui.NoodleUi;

/** The fields the designer's forms are made of, each with its test id and the form's look. */
final class FormFields {

    private FormFields() {
    }

    /** A read-only combo of {@code items}, filling its grid cell. */
    static Combo combo(Composite c, FormToolkit tk, String[] items, String id) {
        Combo combo = new Combo(c, SWT.READ_ONLY);
        combo.setItems(items);
        combo.setData(NoodleUi.TEST_ID, id);
        tk.adapt(combo);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** A spinner from {@code min} to {@code max}, filling its grid cell. */
    static Spinner spinner(Composite c, FormToolkit tk, int min, int max, String id) {
        Spinner s = new Spinner(c, SWT.BORDER);
        s.setMinimum(min);
        s.setMaximum(max);
        s.setData(NoodleUi.TEST_ID, id);
        tk.adapt(s);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(s);
        return s;
    }
}
