package io.noodle.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.noodle.engine.run.RunState.FinishedCase;
import io.noodle.model.Case;
import io.noodle.model.CaseState;
import io.noodle.model.ContainmentScope;
import io.noodle.model.EcoApplication;
import io.noodle.model.Failure;
import io.noodle.model.FailureType;
import io.noodle.model.GateVerdict;
import io.noodle.model.Metric;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ParameterValue;
import io.noodle.model.Severity;
import io.noodle.model.Study;
import io.noodle.model.derived.SourceLine;
import io.noodle.model.persistence.StudyStore;

/**
 * Writes what a run finished into the study model (cases with their lineage, metrics and failures; the
 * verdicts with their evidence) and saves the study, so the workbench shows the results of a run made
 * from the command line and the other way round.
 */
final class ModelWriter {

    private static final NoodleFactory F = NoodleFactory.eINSTANCE;

    private ModelWriter() {
    }

    static void apply(Study study, RunState state) {
        synchronized (study) {
            study.getCases().clear();
            study.getVerdicts().clear();
            Map<String, Case> byName = new HashMap<>();
            List<FinishedCase> ordered = state.all().stream()
                    .sorted(Comparator.comparingInt(FinishedCase::stage).thenComparingInt(FinishedCase::index)).toList();
            for (FinishedCase fc : ordered) {
                Case c = F.createCase();
                c.setName(fc.name());
                c.setState(CaseState.get(fc.state()));
                for (String p : fc.parents()) {
                    Case parent = byName.get(p);
                    if (parent != null) {
                        c.getParents().add(parent);
                    }
                }
                if (fc.eco() != null) {
                    EcoApplication a = F.createEcoApplication();
                    a.setEcoName(fc.eco());
                    fc.arguments().forEach((k, v) -> {
                        ParameterValue pv = F.createParameterValue();
                        pv.setName(k);
                        pv.setValue(v);
                        a.getArguments().add(pv);
                    });
                    c.getApplied().add(a);
                }
                for (RunState.Metric m : fc.metrics()) {
                    Metric mm = F.createMetric();
                    mm.setName(m.name());
                    mm.setValue(m.value());
                    mm.setUnit(m.unit());
                    mm.setProvenance(SourceLine.parse(m.provenance()));
                    c.getMetrics().add(mm);
                }
                if (fc.failure() != null) {
                    Failure f = F.createFailure();
                    FailureType type = FailureType.get(fc.failure());
                    f.setType(type);
                    f.setSeverity(StudyRunner.CATASTROPHIC.contains(type) ? Severity.CRITICAL : Severity.ERROR);
                    // a crash or an exhausted machine can hit any trial of the stage; the rest stays with the ECO
                    f.setScope(StudyRunner.CATASTROPHIC.contains(type) ? ContainmentScope.STAGE : ContainmentScope.ECO);
                    f.setMessage(fc.failureMessage());
                    f.setSource(SourceLine.parse(fc.failureSource()));
                    c.setFailure(f);
                }
                c.setSnapshotPath(fc.design());
                study.getCases().add(c);
                byName.put(c.getName(), c);
            }
            for (RunState.Verdict v : state.verdicts()) {
                GateVerdict g = F.createGateVerdict();
                g.setRail(v.rail());
                g.setPassed(v.passed());
                g.setThreshold(v.threshold());
                g.setObserved(v.observed());
                g.setStage(v.stage() == null ? null : study.findStage(v.stage()));
                v.cases().stream().map(byName::get).filter(java.util.Objects::nonNull).forEach(g.getCases()::add);
                g.setMessage(v.message());
                v.evidence().stream().map(SourceLine::parse).forEach(g.getEvidence()::add);
                study.getVerdicts().add(g);
            }
        }
    }

    static void save(Study study, Path folder) throws IOException {
        synchronized (study) {
            StudyStore.save(study, folder);
        }
    }
}
