package io.noodle.engine.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.derived.TrialTimeouts;
import io.noodle.model.results.CaseRecord;

/**
 * Plans the trials of a stage: which case each derives, from which parent, with which ECO and arguments,
 * with what timeout and memory. A pure function of the study, the stage, its parents and its ECOs: no
 * files, no processes, no clock, so the same study gives the same plan whatever the number of slots or the
 * order in which trials finish.
 */
public final class TrialPlanner {

    /**
     * One planned trial.
     *
     * @param stage        index of the stage (-1 for gate 0)
     * @param index        index of the trial in the stage
     * @param parent       the parent case (null for gate 0)
     * @param parentDesign the design the trial starts from (the parent's, or the study's snapshot for gate 0)
     * @param eco          the ECO to apply (null for gate 0)
     * @param ecoPath      the ECOs applied from the base case to the new case
     */
    public record PlannedTrial(String caseName, int stage, int index, ExecutionMode mode, String parent,
            String parentDesign, EcoDefinition eco, Map<String, String> arguments, List<String> ecoPath,
            int timeoutSeconds, int memoryMb) {

        public String ecoName() {
            return eco == null ? null : eco.getName();
        }
    }

    private TrialPlanner() {
    }

    /** Gate 0: the base case, unmodified, from the study's design snapshot, with the study's trial timeout. */
    public static PlannedTrial gateZero(Study study, String baseDesign) {
        return new PlannedTrial(study.getBaseCaseName(), -1, 0, ExecutionMode.STA_ONLY, null, baseDesign, null,
                Map.of(), List.of(), TrialTimeouts.studyDefault(study), 0);
    }

    /**
     * The trials of a stage, never two alike. Each (parent, ECO) pair is a line of trials: its first trial uses
     * the ECO's defaults, each further one the next point of its parameter sweep. The pairs take turns, a round
     * at a time (trial {@code j} of the first round derives from parent {@code j mod n} with ECO
     * {@code j mod m}, then the pairs that order does not reach), until the budget is spent. A pair whose next
     * trial would repeat one already planned (same parent, ECO and arguments: an ECO without parameters to vary,
     * or a sweep that went round) has no more to give and leaves the rotation; when every pair has, the stage
     * plans fewer trials than its budget ({@link #distinctLimit} says why).
     *
     * @param parents the survivors of the stage's inputs (the base case for a first stage), in a fixed order
     * @param ecos    the ECOs the stage may apply, in a fixed order
     */
    public static List<PlannedTrial> plan(Study study, Stage stage, List<CaseRecord> parents, List<EcoDefinition> ecos) {
        List<PlannedTrial> plan = new ArrayList<>();
        if (ecos.isEmpty() || parents.isEmpty()) {
            return plan;
        }
        int si = stage.getIndex();
        int timeout = TrialTimeouts.seconds(study, stage);
        int budget = stage.getTrialBudget();
        PairOrder order = new PairOrder(parents.size(), ecos.size());
        Map<Long, Integer> repetitions = new HashMap<>();
        java.util.Set<String> planned = new java.util.HashSet<>();
        List<long[]> live = new ArrayList<>();
        while (plan.size() < budget) {
            while (live.size() < budget - plan.size() && order.hasNext()) { // enough pairs to fill the round
                live.add(order.next());
            }
            if (live.isEmpty()) {
                break; // every pair gave all it has
            }
            List<long[]> still = new ArrayList<>(live.size());
            for (long[] pair : live) {
                if (plan.size() >= budget) {
                    still.add(pair);
                    continue;
                }
                CaseRecord parent = parents.get((int) pair[0]);
                EcoDefinition eco = ecos.get((int) pair[1]);
                // the sweep varies one parameter at a time; once a whole turn of them brings nothing new, none will
                int turn = io.noodle.model.derived.ParameterSweep.sweepable(eco) + 1;
                Map<String, String> args = null;
                for (int tries = 0; tries < turn && args == null; tries++) {
                    int repetition = repetitions.merge(pair[0] * ecos.size() + pair[1], 1, Integer::sum) - 1;
                    Map<String, String> a = io.noodle.model.derived.ParameterSweep.values(eco, repetition);
                    if (planned.add(parent.name() + "\u0000" + eco.getName() + "\u0000" + new java.util.TreeMap<>(a))) {
                        args = a;
                    }
                }
                if (args == null) {
                    continue; // it would only repeat planned trials: this pair has no more to give
                }
                List<String> path = new ArrayList<>(parent.ecoPath());
                path.add(eco.getName());
                int j = plan.size();
                plan.add(new PlannedTrial(CaseNames.name(study.getBaseCaseName(), si, j), si, j,
                        stage.getExecutionMode(), parent.name(), parent.design(), eco, args, List.copyOf(path), timeout,
                        Math.max(0, stage.getTrialMemoryMb())));
                still.add(pair);
            }
            live = still;
        }
        return plan;
    }

    /**
     * Why a plan has fewer trials than the budget, in words for the run log and the legality report; null when
     * it has as many.
     */
    public static String distinctLimit(Stage stage, int parents, int ecos, int planned) {
        if (planned >= stage.getTrialBudget()) {
            return null;
        }
        return "stage '" + stage.getName() + "': its budget of " + stage.getTrialBudget() + " trials exceeds the "
                + planned + " distinct ones (" + parents + " parent(s) x " + ecos + " ECO(s) and their parameter "
                + "variants); " + planned + " run, none twice";
    }

    /**
     * The (parent, ECO) pairs in turn order: first those trial {@code c} reaches as ({@code c mod n},
     * {@code c mod m}), in that order, then the others parent by parent; lazily, as a stage may have many.
     */
    private static final class PairOrder {
        private final long parents;
        private final long ecos;
        private final long gcd;
        private final long first; // pairs reached by c mod n, c mod m: lcm(n, m)
        private long c;
        private long rest; // the index of the next pair in parent-major order, for the others

        PairOrder(int parents, int ecos) {
            this.parents = parents;
            this.ecos = ecos;
            this.gcd = java.math.BigInteger.valueOf(parents).gcd(java.math.BigInteger.valueOf(ecos)).longValue();
            this.first = parents / gcd * ecos;
        }

        boolean hasNext() {
            if (c < first) {
                return true;
            }
            skipReached();
            return rest < parents * ecos;
        }

        long[] next() {
            if (c < first) {
                long[] p = {c % parents, c % ecos};
                c++;
                return p;
            }
            skipReached();
            long[] p = {rest / ecos, rest % ecos};
            rest++;
            return p;
        }

        /** Pairs with parent = ECO modulo gcd(n, m) were in the first part. */
        private void skipReached() {
            while (rest < parents * ecos && (rest / ecos) % gcd == (rest % ecos) % gcd) {
                rest++;
            }
        }
    }
}
