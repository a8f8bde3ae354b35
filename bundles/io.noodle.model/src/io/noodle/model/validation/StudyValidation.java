package io.noodle.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.noodle.model.NoodlePackage;
import io.noodle.model.Study;

/** Entry point for validating a study with the registered {@link StudyValidator}. */
public final class StudyValidation {

    static {
        EValidator.Registry.INSTANCE.put(NoodlePackage.eINSTANCE, StudyValidator.INSTANCE);
    }

    private StudyValidation() {
    }

    /** Makes sure the validator is registered (editors that use {@code Diagnostician} directly call this). */
    public static void register() {
        // the static initializer did it
    }

    /** Validates the study and everything it contains. */
    public static Diagnostic validate(Study study) {
        return Diagnostician.INSTANCE.validate(study);
    }

    /** The leaf diagnostics of a validation, errors first (order within a severity kept). */
    public static List<Diagnostic> problems(Diagnostic root) {
        List<Diagnostic> out = new ArrayList<>();
        collect(root, out);
        out.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
        return out;
    }

    private static void collect(Diagnostic d, List<Diagnostic> out) {
        if (d.getChildren().isEmpty()) {
            if (d.getSeverity() != Diagnostic.OK) {
                out.add(d);
            }
        } else {
            d.getChildren().forEach(c -> collect(c, out));
        }
    }
}
