package io.noodle.model.results;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
import io.noodle.model.RunResults;
import io.noodle.model.Severity;
import io.noodle.model.Study;
import io.noodle.model.derived.SourceLine;

/**
 * A run's results as EMF objects ({@link RunResults}: cases with their lineage, metrics and failures, and the
 * verdicts with their evidence), for the editor, the views and the lineage queries. Built from the run's
 * records, never saved into the study file: the design and its results are apart.
 */
public final class Results {

    /** Failure types that are catastrophic (counted by the catastrophic rails; scoped to the stage). */
    public static final Set<FailureType> CATASTROPHIC = Set.of(FailureType.TOOL_CRASH, FailureType.OOM);

    private static final NoodleFactory F = NoodleFactory.eINSTANCE;

    /** How grave a failure of this type is: a crash or an exhausted machine is critical, the rest an error. */
    public static Severity severity(FailureType type) {
        return CATASTROPHIC.contains(type) ? Severity.CRITICAL : Severity.ERROR;
    }

    /**
     * What a failure of this type may have spoiled: a crash or an exhausted machine can hit any trial of the
     * stage; a lost worker (a remote host or node gone) only the trial it ran; the rest stays with the ECO.
     */
    public static ContainmentScope scope(FailureType type) {
        return type == FailureType.WORKER_LOST ? ContainmentScope.TRIAL
                : CATASTROPHIC.contains(type) ? ContainmentScope.STAGE : ContainmentScope.ECO;
    }

    private Results() {
    }

    /** Reads the results of a run from its folder. */
    public static RunResults load(RunFolder run, Study study) throws IOException {
        RunRecords.Loaded l = RunRecords.read(run);
        Outcome o = l.outcome();
        return of(run.id(), study, l.cases().values(), l.checkpoint() == null ? List.of() : l.checkpoint().verdicts(), o);
    }

    /** The results of the newest run of the study folder, or null when it has never run. */
    public static RunResults latest(java.nio.file.Path studyFolder, Study study) throws IOException {
        var run = RunFolder.latest(studyFolder);
        return run.isEmpty() ? null : load(run.get(), study);
    }

    /** Builds the EMF results of a run from its records. */
    public static RunResults of(String runId, Study study, Collection<CaseRecord> cases, List<VerdictRecord> verdicts,
            Outcome outcome) {
        Builder b = new Builder(runId, study);
        b.addCases(cases.stream().sorted(Comparator.comparingInt(CaseRecord::stage)
                .thenComparingInt(CaseRecord::index)).toList());
        b.addVerdicts(verdicts);
        b.outcome(outcome == null ? null : outcome.status(), outcome == null ? null : outcome.message(),
                outcome == null ? null : outcome.best());
        return b.results();
    }

    /**
     * Builds a run's results as they come (a live view appends the cases and verdicts of each new snapshot):
     * each case is built once, its parents found by name among those built before.
     */
    public static final class Builder {
        private final RunResults results = F.createRunResults();
        private final Map<String, Case> byName = new HashMap<>();

        public Builder(String runId, Study study) {
            results.setRunId(runId);
            results.setStudy(study);
        }

        public RunResults results() {
            return results;
        }

        /** Adds finished cases (parents before their children). */
        public void addCases(List<CaseRecord> cases) {
            List<Case> built = new java.util.ArrayList<>(cases.size());
            for (CaseRecord fc : cases) {
                if (byName.containsKey(fc.name())) {
                    continue;
                }
                Case c = toCase(fc, byName);
                built.add(c);
                byName.put(c.getName(), c);
            }
            results.getCases().addAll(built);
        }

        /** Adds verdicts, with their stage and cases resolved. */
        public void addVerdicts(List<VerdictRecord> verdicts) {
            Study study = results.getStudy();
            List<GateVerdict> built = new java.util.ArrayList<>(verdicts.size());
            for (VerdictRecord v : verdicts) {
                GateVerdict g = F.createGateVerdict();
                g.setRail(v.rail());
                g.setPassed(v.passed());
                g.setThreshold(v.threshold());
                g.setObserved(v.observed());
                g.setStage(v.stage() == null || study == null ? null : study.findStage(v.stage()));
                v.cases().stream().map(byName::get).filter(Objects::nonNull).forEach(g.getCases()::add);
                g.setMessage(v.message());
                v.evidence().stream().map(SourceLine::parse).forEach(g.getEvidence()::add);
                built.add(g);
            }
            results.getVerdicts().addAll(built);
        }

        /** Sets how the run ended (nulls while it runs). */
        public void outcome(String status, String message, String best) {
            results.setStatus(status);
            results.setMessage(message);
            results.setBest(best);
        }

        /** How many cases were added. */
        public int caseCount() {
            return results.getCases().size();
        }

        /** How many verdicts were added. */
        public int verdictCount() {
            return results.getVerdicts().size();
        }
    }

    private static Case toCase(CaseRecord fc, Map<String, Case> byName) {
        Case c = F.createCase();
        c.setName(fc.name());
        c.setState(CaseState.get(fc.state()) == null ? CaseState.FAILED : CaseState.get(fc.state()));
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
        for (MetricRecord m : fc.metrics()) {
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
            f.setSeverity(severity(type));
            f.setScope(scope(type));
            f.setMessage(fc.failureMessage());
            f.setSource(SourceLine.parse(fc.failureSource()));
            c.setFailure(f);
        }
        c.setSnapshotPath(fc.design());
        return c;
    }

    /** The record of an EMF case (for studies whose results were kept inside the study file). */
    static CaseRecord toRecord(Case c) {
        EcoApplication a = c.getApplied().isEmpty() ? null : c.getApplied().get(0);
        Map<String, String> args = new java.util.LinkedHashMap<>();
        if (a != null) {
            a.getArguments().forEach(pv -> args.put(pv.getName(), pv.getValue()));
        }
        List<MetricRecord> metrics = c.getMetrics().stream().map(m -> new MetricRecord(m.getName(), m.getValue(),
                m.getUnit(), m.getProvenance() == null ? null : m.getProvenance().toString())).toList();
        List<String> path = new java.util.ArrayList<>();
        for (Case k = c; k != null; k = k.getParents().isEmpty() ? null : k.getParents().get(0)) {
            k.getApplied().forEach(app -> path.add(0, app.getEcoName()));
            if (path.size() > 100_000) {
                break; // a parent cycle in a damaged file
            }
        }
        Failure f = c.getFailure();
        return new CaseRecord(c.getName(), c.getStageIndex(), Math.max(0, c.getDerivedIndex()),
                c.getParents().stream().map(Case::getName).toList(), a == null ? null : a.getEcoName(), args,
                c.getState().getLiteral(), f == null || f.getType() == null ? null : f.getType().getLiteral(),
                f == null ? null : f.getMessage(), f == null || f.getSource() == null ? null : f.getSource().toString(),
                metrics, c.getSnapshotPath(), path, 0);
    }

    /** The record of an EMF verdict. */
    static VerdictRecord toRecord(GateVerdict g) {
        return new VerdictRecord(g.getRail(), g.isPassed(), g.getThreshold(), g.getObserved(),
                g.getStage() == null ? null : g.getStage().getName(), g.getCases().stream().map(Case::getName).toList(),
                g.getMessage(), g.getEvidence().stream().map(SourceLine::toString).toList());
    }
}
