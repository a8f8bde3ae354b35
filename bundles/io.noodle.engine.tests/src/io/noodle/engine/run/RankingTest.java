package io.noodle.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.noodle.engine.run.Ranking.Candidate;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.RankingPolicy;
import io.noodle.model.RankingPolicyKind;

/** Each policy on one known set of cases (parent WNS -500 ps, congestion 50 %). */
class RankingTest {

    private static final List<Candidate> CASES = List.of(
            new Candidate("c_0_0", -300, 60, -500, 50, List.of("resize")),          // +200 ps, congestion +10
            new Candidate("c_0_1", -400, 30, -500, 50, List.of("buffer")),          // +100 ps, congestion -20
            new Candidate("c_0_2", -300, 40, -500, 50, List.of("resize", "place")), // +200 ps (tie with 0_0), -10
            new Candidate("c_0_3", -800, 20, -500, 50, List.of("reroute")),         // -300 ps, -30
            new Candidate("c_0_4", -450, 55, -500, 50, List.of("resize")));         // +50 ps, +5

    private static RankingPolicy policy(RankingPolicyKind kind) {
        RankingPolicy p = NoodleFactory.eINSTANCE.createRankingPolicy();
        p.setKind(kind);
        return p;
    }

    private static List<String> names(RankingPolicy p, int n) {
        return names(p, ObjectiveMode.WEIGHTED_SUM, n);
    }

    private static List<String> names(RankingPolicy p, ObjectiveMode mode, int n) {
        return Ranking.survivors(p, mode, List.of(), CASES, n, 42).stream().map(Candidate::name).toList();
    }

    @Test
    void wnsDeltaRanksByImprovementAndBreaksTiesByName() {
        assertEquals(List.of("c_0_0", "c_0_2", "c_0_1"), names(policy(RankingPolicyKind.WNS_DELTA), 3));
    }

    @Test
    void congestionDeltaRanksByReduction() {
        assertEquals(List.of("c_0_3", "c_0_1", "c_0_2"), names(policy(RankingPolicyKind.CONGESTION_DELTA), 3));
    }

    @Test
    void pureTopNRanksByAbsoluteWns() {
        assertEquals(List.of("c_0_0", "c_0_2"), names(policy(RankingPolicyKind.PURE_TOP_N), 2));
    }

    @Test
    void multiObjectiveWeighsNormalizedTimingAndCongestion() {
        RankingPolicy p = policy(RankingPolicyKind.MULTI_OBJECTIVE);
        // timing 0.6 / congestion 0.4 over min-max normalized deltas (WNS -300..+200, reduction -10..+30):
        // 0_2: 0.6*1.0 + 0.4*0.5 = 0.80; 0_1: 0.6*0.8 + 0.4*0.75 = 0.78; 0_0: 0.6*1.0 + 0.4*0 = 0.60
        assertEquals(List.of("c_0_2", "c_0_1", "c_0_0"), names(p, 3));
        p.setTimingWeight(1.0);
        p.setCongestionWeight(0.0);
        assertEquals(List.of("c_0_0", "c_0_2", "c_0_1"), names(p, 3));
        assertEquals(List.of("c_0_3", "c_0_1", "c_0_2"),
                Ranking.survivors(p, ObjectiveMode.LEXICOGRAPHIC, List.of("congestion", "wns"), CASES, 3, 1).stream()
                        .map(Candidate::name).toList());
    }

    @Test
    void paretoFrontComesFirstThenTheNextFront() {
        // front: 0_0 (-300, 60)? dominated by 0_2 (-300, 40); front = 0_2, 0_1 (-400, 30), 0_3 (-800, 20)
        assertEquals(List.of("c_0_2", "c_0_1", "c_0_3", "c_0_0"), names(policy(RankingPolicyKind.PARETO_FRONT), 4));
        assertEquals(List.of("c_0_2", "c_0_1"), names(policy(RankingPolicyKind.MULTI_OBJECTIVE), ObjectiveMode.PARETO, 2));
    }

    @Test
    void diverseTopNKeepsTheBestAndSkipsNearCopies() {
        RankingPolicy p = policy(RankingPolicyKind.DIVERSE_TOP_N);
        p.setMinDiversity(0.6);
        // best 0_0 [resize]; 0_2 [resize, place] is 0.5 away (too close); 0_4 [resize] is 0 away; 0_1 [buffer] is 1 away
        assertEquals(List.of("c_0_0", "c_0_1", "c_0_3"), names(p, 3));
        p.setRandomSurvivors(1);
        List<String> withRandom = names(p, 3);
        assertEquals(List.of("c_0_0", "c_0_1"), withRandom.subList(0, 2));
        assertEquals(withRandom, names(p, 3), "random survivors come from a fixed seed");
        assertEquals(0.5, Ranking.distance(List.of("resize"), List.of("resize", "place")));
        assertEquals(1.0, Ranking.distance(List.of("a"), List.of("b")));
    }

    @Test
    void theRollbackThresholdDiscardsRegressions() {
        RankingPolicy p = policy(RankingPolicyKind.PURE_TOP_N);
        assertEquals(5, names(p, 5).size());
        p.setRollbackThresholdPs(200.0);
        assertEquals(List.of("c_0_0", "c_0_2", "c_0_1", "c_0_4"), names(p, 5), "0_3 is 300 ps worse than its parent");
    }
}
