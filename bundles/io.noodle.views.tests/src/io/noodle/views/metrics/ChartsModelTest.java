package io.noodle.views.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.noodle.model.derived.EcoLeaderboard;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;

/** The ECO leaderboard, the WNS trajectory and the comparison of two runs, from case records. */
class ChartsModelTest {

    private static CaseRecord c(String name, int stage, String parent, String eco, Double wns, String failure) {
        return new CaseRecord(name, stage, 0, parent == null ? List.of() : List.of(parent), eco, Map.of(),
                failure == null ? "succeeded" : "failed", failure, null, null,
                wns == null ? List.of() : List.of(new MetricRecord("wns", wns, "ps", null)), null, List.of(), 1);
    }

    private static final List<CaseRecord> RUN = List.of(c("b", -1, null, null, -300.0, null),
            c("b_0_0", 0, "b", "resize", -250.0, null), c("b_0_1", 0, "b", "resize", -150.0, null),
            c("b_0_2", 0, "b", "buffer", null, "tool_crash"), c("b_1_0", 1, "b_0_1", "buffer", -100.0, null));

    @Test
    void theLeaderboardRanksEcosByTheirMeanWnsChange() {
        List<EcoLeaderboard.Row> rows = EcoLeaderboard.of(RUN, Map.of("resize", "topology_neutral"));
        assertEquals(List.of("resize", "buffer"), rows.stream().map(EcoLeaderboard.Row::eco).toList());
        EcoLeaderboard.Row resize = rows.get(0);
        assertEquals(2, resize.trials());
        assertEquals(1.0, resize.successRate());
        assertEquals(100.0, resize.meanDeltaWns(), "(+50 +150) / 2");
        assertEquals(150.0, resize.bestDeltaWns());
        assertEquals("topology_neutral", resize.ecoClass());
        EcoLeaderboard.Row buffer = rows.get(1);
        assertEquals(2, buffer.trials());
        assertEquals(0.5, buffer.successRate());
        assertEquals(50.0, buffer.meanDeltaWns(), "only the trial that finished is measured");
    }

    @Test
    void aTrialStillRunningIsCountedButNotAsASuccess() {
        CaseRecord running = new CaseRecord("b_0_3", 0, 3, List.of("b"), "resize", Map.of(), "running", null, null, null,
                List.of(), null, List.of(), 1);
        List<CaseRecord> live = new java.util.ArrayList<>(RUN);
        live.add(running);
        EcoLeaderboard.Row resize = EcoLeaderboard.of(live, Map.of()).get(0);
        assertEquals(3, resize.trials());
        assertEquals(2, resize.succeeded(), "no failure yet is not a success");
    }

    @Test
    void theTrajectoryGivesEachStagesBestAndTheWinningPath() {
        List<Trajectory.Point> per = Trajectory.perStage(RUN);
        assertEquals(List.of(-1, 0, 1), per.stream().map(Trajectory.Point::stage).toList());
        assertEquals(-150.0, per.get(1).bestWns());
        assertEquals("b_0_1", per.get(1).bestCase());
        assertEquals(List.of("b", "b_0_1", "b_1_0"), Trajectory.winningPath(RUN, "b_1_0").stream()
                .map(Trajectory.Step::caseName).toList());
    }

    @Test
    void twoRunsCompareWithTheirDeltas() {
        List<CaseRecord> later = List.of(c("b", -1, null, null, -300.0, null), c("b_0_0", 0, "b", "resize", -90.0, null));
        RunComparison cmp = RunComparison.of("s/run-1", "succeeded", RUN, "s/run-2", "succeeded", later);
        assertEquals(-100.0, cmp.first().bestWns());
        assertEquals(-90.0, cmp.second().bestWns());
        assertEquals(1, cmp.first().failed());
        assertTrue(cmp.text().matches("(?s).*best WNS \\(ps\\)\\s+-100\\s+-90\\s+\\+10\\.00.*"), cmp.text());
        assertTrue(cmp.json().contains("\"delta\": {\"cases\": -3, \"failed\": -1, \"best_wns_ps\": 10"), cmp.json());
    }
}
