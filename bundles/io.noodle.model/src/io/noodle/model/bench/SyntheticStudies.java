package io.noodle.model.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.noodle.model.Case;
import io.noodle.model.CaseState;
import io.noodle.model.EcoApplication;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.Metric;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ParameterType;
import io.noodle.model.ParameterValue;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.derived.SourceLine;

/**
 * Large legal studies made up for the benchmarks ({@code noodle bench model}, {@code noodle bench designer}):
 * a lineage of many cases, and a wide, deep stage graph. Deterministic; never used by a run.
 */
public final class SyntheticStudies {

    private static final NoodleFactory F = NoodleFactory.eINSTANCE;

    private SyntheticStudies() {
    }

    /**
     * A legal study of {@code stages} stages in layers of five: each stage takes the survivors of one or two
     * stages of the layer before (branches and convergences), two ECOs, no cases.
     */
    public static Study stageGraph(int stages) {
        Study s = F.createStudy();
        s.setName("bench_graph");
        s.setBaseCaseName("graph_base");
        ecos(s);
        int width = 5;
        for (int i = 0; i < stages; i++) {
            Stage st = F.createStage();
            st.setName("stage_" + i);
            st.setTrialBudget(2 + i % 3);
            st.setSurvivorCount(1);
            st.getEcoNames().add(i % 2 == 0 ? "resize" : "buffer");
            s.getStages().add(st);
            int layer = i / width;
            if (layer > 0) {
                int prev = (layer - 1) * width;
                depend(s, s.getStages().get(prev + i % width), st);
                if (i % 3 == 0) {
                    depend(s, s.getStages().get(prev + (i + 1) % width), st);
                }
            }
        }
        return s;
    }

    /**
     * A stage added to the study after its last one, on which it depends (none for the first): a chain of stages.
     */
    public static Stage chainedStage(Study s, String name, int budget, int survivors, String eco) {
        Stage st = F.createStage();
        st.setName(name);
        st.setTrialBudget(budget);
        st.setSurvivorCount(survivors);
        st.getEcoNames().add(eco);
        Stage last = s.getStages().isEmpty() ? null : s.getStages().get(s.getStages().size() - 1);
        s.getStages().add(st);
        if (last != null) {
            depend(s, last, st);
        }
        return st;
    }

    private static void depend(Study s, Stage from, Stage to) {
        StageDependency d = F.createStageDependency();
        d.setFrom(from);
        d.setTo(to);
        s.getDependencies().add(d);
    }

    private static void ecos(Study s) {
        for (String name : List.of("resize", "buffer")) {
            EcoDefinition e = F.createEcoDefinition();
            e.setName(name);
            e.setEcoClass(name.equals("resize") ? EcoClass.TOPOLOGY_NEUTRAL : EcoClass.PLACEMENT_LOCAL);
            EcoParameter p = F.createEcoParameter();
            p.setName("paths");
            p.setType(ParameterType.INT);
            p.setMin(1.0);
            p.setMax(1000.0);
            e.getParameters().add(p);
            s.getEcos().add(e);
        }
    }

    /**
     * A legal study: 4 stages in a chain, 2 ECOs, and a lineage of {@code n} cases spread over the stages, held
     * inside the study as earlier versions saved them (each with a parent, an ECO application with an argument,
     * and WNS/TNS/congestion metrics with provenance); the first open moves them to a run folder.
     */
    public static Study lineage(int n) {
        Study s = F.createStudy();
        s.setName("bench");
        s.setBaseCaseName("bench_base");
        ecos(s);
        int stages = 4;
        for (int i = 0; i < stages; i++) {
            chainedStage(s, "stage_" + i, n, 1, i % 2 == 0 ? "resize" : "buffer");
        }
        Case base = F.createCase();
        base.setName("bench_base");
        base.setState(CaseState.SUCCEEDED);
        s.getCases().add(base);
        List<Case> previous = new ArrayList<>(List.of(base));
        int perStage = Math.max(1, (n - 1 + stages - 1) / stages);
        for (int i = 1; i < n; i++) {
            int stage = Math.min(stages - 1, (i - 1) / perStage);
            int index = (i - 1) - stage * perStage;
            Case c = F.createCase();
            c.setName(CaseNames.name("bench_base", stage, index));
            c.setState(i % 17 == 0 ? CaseState.FAILED : CaseState.SUCCEEDED);
            c.getParents().add(previous.get(i % previous.size()));
            EcoApplication a = F.createEcoApplication();
            a.setEcoName(stage % 2 == 0 ? "resize" : "buffer");
            ParameterValue v = F.createParameterValue();
            v.setName("paths");
            v.setValue(Integer.toString(1 + i % 100));
            a.getArguments().add(v);
            c.getApplied().add(a);
            c.getMetrics().add(metric("wns", -1000 + i % 977, "ps", c));
            c.getMetrics().add(metric("tns", -20000 + i % 9973, "ps", c));
            c.getMetrics().add(metric("congestion", (i % 100) / 100.0, "%", c));
            c.setSnapshotPath("cases/" + c.getName() + "/design.v");
            s.getCases().add(c);
            if (index == 0) {
                previous = new ArrayList<>();
            }
            if (previous.size() < 64) {
                previous.add(c);
            }
        }
        return s;
    }

    private static Metric metric(String name, double value, String unit, Case c) {
        Metric m = F.createMetric();
        m.setName(name);
        m.setValue(value);
        m.setUnit(unit);
        m.setProvenance(new SourceLine("cases/" + c.getName() + "/reports/sta.rpt", 42));
        return m;
    }
    /**
     * A run's cases: the base, then {@code stages} stages of {@code per} cases, each derived from one of the
     * previous stage's first ten cases by an ECO with an argument; one case in 23 failed.
     */
    public static List<io.noodle.model.results.CaseRecord> lineageRun(int stages, int per) {
        List<io.noodle.model.results.CaseRecord> out = new ArrayList<>(1 + stages * per);
        out.add(new io.noodle.model.results.CaseRecord("base", -1, 0, List.of(), null, Map.of(), "succeeded", null, null, null,
                List.of(new io.noodle.model.results.MetricRecord("wns", -900, "ps", "base/reports/sta.rpt:40")), null, List.of(), 1));
        List<String> parents = List.of("base");
        for (int s = 0; s < stages; s++) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < per; i++) {
                String name = CaseNames.name("base", s, i);
                double wns = -900 + s * 40 + (i * 37 % 101);
                out.add(new io.noodle.model.results.CaseRecord(name, s, i, List.of(parents.get(i % parents.size())), i % 2 == 0 ? "resize_worst"
                        : "buffer_fanout", Map.of("paths", Integer.toString(1 + i % 50)), i % 23 == 0 ? "failed" : "succeeded",
                        i % 23 == 0 ? "tool_crash" : null, null, null,
                        List.of(new io.noodle.model.results.MetricRecord("wns", wns, "ps", name + "/reports/sta.rpt:40")), null, List.of(), 1));
                if (i < 10) {
                    next.add(name);
                }
            }
            parents = next;
        }
        return out;
    }

}
