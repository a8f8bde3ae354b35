package io.noodle.ui.internal.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * The legality problems of a form's object on the fields they are about: an error or warning sign beside the
 * field, the problem's words in its hover. A problem names its object and feature (the validator's
 * diagnostics carry both); a form says which control shows which feature.
 */
final class FieldProblems {

    private final Map<EStructuralFeature, ControlDecoration> decorations = new HashMap<>();

    /** Shows {@code feature}'s problems beside {@code control}. */
    void field(EStructuralFeature feature, Control control) {
        ControlDecoration d = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
        d.hide();
        // room for the sign, so it never covers the field's label (the platform's field-assist convention)
        if (control.getLayoutData() == null && control.getParent().getLayout() instanceof org.eclipse.swt.layout.GridLayout) {
            control.setLayoutData(new org.eclipse.swt.layout.GridData());
        }
        if (control.getLayoutData() instanceof org.eclipse.swt.layout.GridData gd) {
            gd.horizontalIndent = Math.max(gd.horizontalIndent,
                    FieldDecorationRegistry.getDefault().getMaximumDecorationWidth());
        }
        decorations.put(feature, d);
    }

    /**
     * Shows the problems about {@code owners} (the form's object and the parts it contains, e.g. a stage and
     * its rails) on their fields; the other fields lose their signs.
     */
    void show(List<Diagnostic> problems, List<? extends EObject> owners) {
        Map<EStructuralFeature, Diagnostic> worst = new HashMap<>();
        for (Diagnostic d : problems) {
            List<?> data = d.getData();
            if (data.size() >= 2 && owners.contains(data.get(0)) && data.get(1) instanceof EStructuralFeature f) {
                Diagnostic had = worst.get(f);
                if (had == null || d.getSeverity() > had.getSeverity()) {
                    worst.put(f, d);
                }
            }
        }
        var registry = FieldDecorationRegistry.getDefault();
        for (var e : decorations.entrySet()) {
            Diagnostic d = worst.get(e.getKey());
            ControlDecoration c = e.getValue();
            if (d == null) {
                c.hide();
                continue;
            }
            c.setImage(registry.getFieldDecoration(d.getSeverity() >= Diagnostic.ERROR
                    ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
            c.setDescriptionText(d.getMessage());
            c.show();
        }
    }

    /** The control showing a feature's problems, or null. */
    Control control(EStructuralFeature feature) {
        ControlDecoration c = decorations.get(feature);
        return c == null ? null : c.getControl();
    }

    /** Whether a field shows a problem now (for tests). */
    boolean shows(EStructuralFeature feature) {
        ControlDecoration c = decorations.get(feature);
        return c != null && c.isVisible();
    }
}
