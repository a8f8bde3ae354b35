package io.noodle.model.validation;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.noodle.model.NoodlePackage;
import io.noodle.model.Case;
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

    /** Cases are validated in chunks of this size, in parallel. */
    private static final int CHUNK = 4096;

    /**
     * Validates the study and everything it contains. The cases (the bulk of a large study) are validated
     * in parallel chunks; diagnostics come out in model order whatever the timing.
     */
    public static Diagnostic validate(Study study) {
        return new CaseParallelDiagnostician().validate(study);
    }

    /** A Diagnostician that hands the study's cases to the common fork-join pool. */
    private static final class CaseParallelDiagnostician extends Diagnostician {
        @Override
        protected boolean doValidateContents(EObject o, DiagnosticChain diagnostics, Map<Object, Object> context) {
            if (!(o instanceof Study study)) {
                return super.doValidateContents(o, diagnostics, context);
            }
            boolean ok = true;
            for (EObject child : study.eContents()) {
                if (child.eContainmentFeature() != NoodlePackage.Literals.STUDY__CASES) {
                    ok &= validate(child, diagnostics, context);
                }
            }
            List<Case> cases = study.getCases();
            int chunks = (cases.size() + CHUNK - 1) / CHUNK;
            List<BasicDiagnostic> parts = IntStream.range(0, chunks).parallel().mapToObj(i -> {
                BasicDiagnostic part = new BasicDiagnostic();
                Map<Object, Object> own = createDefaultContext();
                for (Case c : cases.subList(i * CHUNK, Math.min(cases.size(), (i + 1) * CHUNK))) {
                    validate(c, part, own);
                }
                return part;
            }).toList();
            for (BasicDiagnostic part : parts) {
                for (Diagnostic d : part.getChildren()) {
                    diagnostics.add(d);
                }
                ok &= part.getSeverity() < Diagnostic.ERROR;
            }
            return ok;
        }
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
