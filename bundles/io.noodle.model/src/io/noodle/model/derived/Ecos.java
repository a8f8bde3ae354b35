package io.noodle.model.derived;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.noodle.model.EcoApplication;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoPrior;
import io.noodle.model.PriorConfidence;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Study;

/** ECO rules of DOMAIN.md §2: effective class of compound ECOs, safety domains, priors. */
public final class Ecos {

    /** Fewer applications than this say nothing about an ECO. */
    public static final int MIN_APPLICATIONS = 3;

    private Ecos() {
    }

    /** The largest (most disruptive) class of the ECO and, recursively, of its parts. */
    public static EcoClass effectiveClass(EcoDefinition eco) {
        return effectiveClass(eco, new HashSet<>());
    }

    private static EcoClass effectiveClass(EcoDefinition eco, Set<EcoDefinition> seen) {
        EcoClass max = eco.getEcoClass();
        if (!seen.add(eco)) {
            return max; // a part cycle is reported by validation; do not loop here
        }
        for (EcoDefinition part : eco.getParts()) {
            EcoClass c = effectiveClass(part, seen);
            if (c.getValue() > max.getValue()) {
                max = c;
            }
        }
        return max;
    }

    /** The classes a safety domain allows. */
    public static Set<EcoClass> allowedBy(SafetyDomain domain) {
        return switch (domain) {
        case SANDBOX -> EnumSet.allOf(EcoClass.class);
        case GUARDED -> EnumSet.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL, EcoClass.ROUTING_AFFECTING);
        case LOCKED -> EnumSet.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL);
        };
    }

    /** The ECO definition an application names, looked up in the catalogue of the study holding it. */
    public static EcoDefinition resolve(EcoApplication app) {
        Study study = studyOf(app);
        return study == null ? null : find(study, app.getEcoName());
    }

    /** The ECO of the study's catalogue with this name, or null. */
    public static EcoDefinition find(Study study, String name) {
        if (name == null) {
            return null;
        }
        for (EcoDefinition e : study.getEcos()) {
            if (name.equals(e.getName())) {
                return e;
            }
        }
        return null;
    }

    /** The study containing an object, or null. */
    public static Study studyOf(EObject o) {
        for (EObject c = o; c != null; c = c.eContainer()) {
            if (c instanceof Study s) {
                return s;
            }
        }
        return null;
    }

    /**
     * DOMAIN.md §2: fewer than 3 applications, unknown; success rate ≥ 0.8 with mean ΔWNS &gt; 0, trusted;
     * success rate &lt; 0.3 or mean ΔWNS &lt; −1000 ps, suspicious; otherwise mixed.
     */
    public static PriorConfidence confidenceOf(EcoPrior prior) {
        int n = prior.getApplications();
        if (n < MIN_APPLICATIONS) {
            return PriorConfidence.UNKNOWN;
        }
        double success = (double) prior.getSuccesses() / n;
        double delta = prior.getMeanDeltaWnsPs();
        if (success >= 0.8 && delta > 0) {
            return PriorConfidence.TRUSTED;
        }
        if (success < 0.3 || delta < -1000) {
            return PriorConfidence.SUSPICIOUS;
        }
        return PriorConfidence.MIXED;
    }
}
