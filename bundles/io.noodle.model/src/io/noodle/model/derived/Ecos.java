package io.noodle.model.derived;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.noodle.model.EcoApplication;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoPrior;
import io.noodle.model.PriorConfidence;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Study;

/**
 * ECO rules of docs/RULES.md, "ECOs, classes and safety domains": effective class of compound ECOs, safety domains,
 * priors.
 */
public final class Ecos {

    /** Fewer applications than this say nothing about an ECO. */
    public static final int MIN_APPLICATIONS = 3;

    private Ecos() {
    }

    /**
     * The largest (most disruptive) class of the ECO and of every ECO reachable through its parts. Walks
     * the parts without recursion (a chain of compound ECOs may be as long as the catalogue), each ECO once.
     */
    public static EcoClass effectiveClass(EcoDefinition eco) {
        EcoClass max = eco.getEcoClass();
        Set<EcoDefinition> seen = new HashSet<>();
        java.util.ArrayDeque<EcoDefinition> todo = new java.util.ArrayDeque<>();
        todo.push(eco);
        seen.add(eco);
        while (!todo.isEmpty()) {
            EcoDefinition e = todo.pop();
            if (e.getEcoClass().getValue() > max.getValue()) {
                max = e.getEcoClass();
            }
            for (EcoDefinition part : e.getParts()) {
                if (seen.add(part)) { // a part cycle is reported by validation; each ECO is visited once
                    todo.push(part);
                }
            }
        }
        return max;
    }

    /**
     * The ECOs that contain themselves through their parts (members of a cycle of the parts graph), found
     * in one pass over the catalogue without recursion (Tarjan's strongly connected components).
     */
    public static Set<EcoDefinition> inPartCycles(java.util.Collection<EcoDefinition> catalogue) {
        java.util.Map<EcoDefinition, int[]> index = new java.util.HashMap<>(); // {index, lowlink}
        java.util.ArrayDeque<EcoDefinition> stack = new java.util.ArrayDeque<>();
        Set<EcoDefinition> onStack = new HashSet<>();
        Set<EcoDefinition> out = new HashSet<>();
        int next = 0;
        for (EcoDefinition root : catalogue) {
            if (index.containsKey(root)) {
                continue;
            }
            // explicit call stack: the node and the position of the next part to look at
            java.util.ArrayDeque<Object[]> calls = new java.util.ArrayDeque<>();
            calls.push(new Object[] { root, 0 });
            index.put(root, new int[] { next, next });
            next++;
            stack.push(root);
            onStack.add(root);
            while (!calls.isEmpty()) {
                Object[] frame = calls.peek();
                EcoDefinition v = (EcoDefinition) frame[0];
                int i = (Integer) frame[1];
                if (i < v.getParts().size()) {
                    frame[1] = i + 1;
                    EcoDefinition w = v.getParts().get(i);
                    if (w == v) {
                        out.add(v);
                    }
                    int[] wi = index.get(w);
                    if (wi == null) {
                        index.put(w, new int[] { next, next });
                        next++;
                        stack.push(w);
                        onStack.add(w);
                        calls.push(new Object[] { w, 0 });
                    } else if (onStack.contains(w)) {
                        int[] vi = index.get(v);
                        vi[1] = Math.min(vi[1], wi[0]);
                    }
                    continue;
                }
                calls.pop();
                int[] vi = index.get(v);
                if (!calls.isEmpty()) {
                    int[] pi = index.get((EcoDefinition) calls.peek()[0]);
                    pi[1] = Math.min(pi[1], vi[1]);
                }
                if (vi[1] == vi[0]) {
                    List<EcoDefinition> component = new java.util.ArrayList<>();
                    EcoDefinition w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (w != v);
                    if (component.size() > 1) {
                        out.addAll(component);
                    }
                }
            }
        }
        return out;
    }

    /** The classes a safety domain allows. */
    public static Set<EcoClass> allowedBy(SafetyDomain domain) {
        return switch (domain) {
        case SANDBOX -> EnumSet.allOf(EcoClass.class);
        case GUARDED -> EnumSet.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL, EcoClass.ROUTING_AFFECTING);
        case LOCKED -> EnumSet.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL);
        };
    }

    /**
     * How many different argument sets the planner's sweep can give an ECO on one parent: its defaults, and one
     * parameter at a time each other value (the other choices of a choice; each other whole number of an int
     * range); {@link Long#MAX_VALUE} when a float range makes it endless.
     */
    public static long distinctVariants(EcoDefinition eco) {
        long n = 1;
        for (io.noodle.model.EcoParameter p : eco.getParameters()) {
            long v = ParameterSweep.distinctValues(p);
            n = v > Long.MAX_VALUE - n ? Long.MAX_VALUE : n + v;
        }
        return n;
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
            if (c instanceof io.noodle.model.RunResults r) {
                return r.getStudy(); // a run's results belong to their study without being inside it
            }
        }
        return null;
    }

    /**
     * Prior confidence (docs/RULES.md): fewer than 3 applications, unknown; success rate ≥ 0.8 with mean ΔWNS &gt;
     * 0, trusted; success rate &lt; 0.3 or mean ΔWNS &lt; −1000 ps, suspicious; otherwise mixed.
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
