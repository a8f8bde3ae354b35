package io.noodle.engine.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.noodle.model.ObjectiveMode;
import io.noodle.model.RankingPolicy;

/**
 * Survivor selection (docs/RULES.md, "Ranking"): every ranking policy, the rollback threshold, and ties broken by
 * case name, so the same candidates always give the same survivors.
 */
public final class Ranking {

    /**
     * A succeeded case competing to survive.
     *
     * @param name             case name
     * @param wns              its WNS (ps, higher is better)
     * @param congestion       its congestion (%), or NaN when not measured
     * @param parentWns        its parent's WNS
     * @param parentCongestion its parent's congestion, or NaN
     * @param ecos             the ECOs applied from the base case to it, in order
     */
    public record Candidate(String name, double wns, double congestion, double parentWns, double parentCongestion,
            List<String> ecos) {

        double deltaWns() {
            return wns - parentWns;
        }

        /** Reduction of congestion (positive is better); NaN when either side was not measured. */
        double deltaCongestion() {
            return parentCongestion - congestion;
        }
    }

    private static final Comparator<Candidate> BY_NAME = Comparator.comparing(Candidate::name);

    private Ranking() {
    }

    /** Cases worse than their parent by more than the policy's rollback threshold are discarded first. */
    public static List<Candidate> withoutRegressions(RankingPolicy p, List<Candidate> all) {
        if (p.getRollbackThresholdPs() == null) {
            return all;
        }
        double limit = p.getRollbackThresholdPs();
        return all.stream().filter(c -> c.parentWns() - c.wns() <= limit).toList();
    }

    /**
     * The survivors, best first.
     *
     * @param mode  the study's objective mode (used by multi_objective)
     * @param order the study's metric order (lexicographic mode)
     * @param seed  seed of the random survivors of diverse_top_n (derive it from the stage, not the clock)
     */
    public static List<Candidate> survivors(RankingPolicy p, ObjectiveMode mode, List<String> order,
            List<Candidate> all, int count, long seed) {
        List<Candidate> pool = withoutRegressions(p, all);
        return switch (p.getKind()) {
        case WNS_DELTA -> top(pool, Comparator.comparingDouble(Candidate::deltaWns).reversed(), count);
        case CONGESTION_DELTA -> top(pool, Comparator.comparingDouble((Candidate c) -> orWorst(c.deltaCongestion()))
                .reversed(), count);
        case PURE_TOP_N -> top(pool, Comparator.comparingDouble(Candidate::wns).reversed(), count);
        case MULTI_OBJECTIVE -> multiObjective(p, mode, order, pool, count);
        case DIVERSE_TOP_N -> diverse(p, pool, count, seed);
        case PARETO_FRONT -> pareto(pool, count);
        };
    }

    private static double orWorst(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static List<Candidate> top(List<Candidate> pool, Comparator<Candidate> better, int count) {
        return pool.stream().sorted(better.thenComparing(BY_NAME)).limit(count).toList();
    }

    private static List<Candidate> multiObjective(RankingPolicy p, ObjectiveMode mode, List<String> order,
            List<Candidate> pool, int count) {
        if (mode == ObjectiveMode.PARETO) {
            return pareto(pool, count);
        }
        if (mode == ObjectiveMode.LEXICOGRAPHIC) {
            Comparator<Candidate> cmp = null;
            for (String metric : order.isEmpty() ? List.of("wns", "congestion") : order) {
                Comparator<Candidate> next = switch (metric) {
                case "congestion" -> Comparator.comparingDouble((Candidate c) -> orWorst(-c.congestion())).reversed();
                default -> Comparator.comparingDouble(Candidate::wns).reversed();
                };
                cmp = cmp == null ? next : cmp.thenComparing(next);
            }
            return top(pool, cmp, count);
        }
        double[] w = range(pool.stream().mapToDouble(Candidate::deltaWns).toArray());
        double[] g = range(pool.stream().mapToDouble(c -> orZero(c.deltaCongestion())).toArray());
        return top(pool, Comparator.comparingDouble((Candidate c) -> p.getTimingWeight() * norm(c.deltaWns(), w)
                + p.getCongestionWeight() * norm(orZero(c.deltaCongestion()), g)).reversed(), count);
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        return new double[] { lo, hi };
    }

    private static double norm(double v, double[] range) {
        return range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 0;
    }

    /** Greedy: best WNS first, then each next-best case far enough (normalized Levenshtein) from all picked. */
    private static List<Candidate> diverse(RankingPolicy p, List<Candidate> pool, int count, long seed) {
        List<Candidate> sorted = pool.stream()
                .sorted(Comparator.comparingDouble(Candidate::wns).reversed().thenComparing(BY_NAME)).toList();
        List<Candidate> picked = new ArrayList<>();
        int randomSlots = Math.min(p.getRandomSurvivors(), count);
        int diverseSlots = count - randomSlots;
        for (Candidate c : sorted) {
            if (picked.size() >= diverseSlots) {
                break;
            }
            boolean keepBest = picked.isEmpty() && p.isAlwaysKeepBest();
            if (keepBest || picked.stream().allMatch(q -> distance(q.ecos(), c.ecos()) >= p.getMinDiversity())) {
                picked.add(c);
            }
        }
        List<Candidate> rest = new ArrayList<>(sorted);
        rest.removeAll(picked);
        Random random = new Random(seed);
        while (picked.size() < count && !rest.isEmpty()) {
            picked.add(rest.remove(randomSlots > 0 ? random.nextInt(rest.size()) : 0));
        }
        return List.copyOf(picked);
    }

    /** Normalized Levenshtein distance between two ECO sequences (0 = same, 1 = nothing in common). */
    public static double distance(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        if (n == 0 && m == 0) {
            return 0;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[m] / Math.max(n, m);
    }

    /** Non-dominated fronts on (WNS up, congestion down), each front by WNS, until {@code count} are taken. */
    private static List<Candidate> pareto(List<Candidate> pool, int count) {
        List<Candidate> rest = new ArrayList<>(pool);
        List<Candidate> out = new ArrayList<>();
        while (out.size() < count && !rest.isEmpty()) {
            List<Candidate> front = rest.stream().filter(c -> rest.stream().noneMatch(d -> dominates(d, c)))
                    .sorted(Comparator.comparingDouble(Candidate::wns).reversed().thenComparing(BY_NAME)).toList();
            for (Candidate c : front) {
                if (out.size() < count) {
                    out.add(c);
                }
            }
            rest.removeAll(front);
        }
        return List.copyOf(out);
    }

    private static boolean dominates(Candidate a, Candidate b) {
        double ca = Double.isNaN(a.congestion()) ? Double.POSITIVE_INFINITY : a.congestion();
        double cb = Double.isNaN(b.congestion()) ? Double.POSITIVE_INFINITY : b.congestion();
        return a.wns() >= b.wns() && ca <= cb && (a.wns() > b.wns() || ca < cb);
    }
}
