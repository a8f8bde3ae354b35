package io.noodle.engine.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.noodle.model.FailureType;
import io.noodle.model.Stage;
import io.noodle.model.StageRails;
import io.noodle.model.StudyRails;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Results;
import io.noodle.model.results.VerdictRecord;

/**
 * The abort rails (docs/RULES.md, "Gates and rails"): the per-trial WNS rail, the stage rails (failure and
 * catastrophic shares) and the study rails (catastrophic failures, run time). Each evaluation reports what it
 * compared to a {@link Sink}: the verdict with its threshold, observed value and evidence, and the figures for the
 * event stream. Pure decisions: no files, no clock but the run time handed in.
 */
final class Rails {

    /** Where rail evaluations go. */
    interface Sink {
        void verdict(VerdictRecord v);

        /** A rail evaluated (and tripped or not): its figures as the event stream writes them. */
        void evaluated(String rail, String stage, String caseName, boolean tripped, Map<String, Object> details);
    }

    private Rails() {
    }

    private static Map<String, Object> data(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * The per-trial WNS rail: a trial whose WNS is below the stage's threshold is gate-rejected.
     *
     * @return the rejection in words, or null when the trial passes (or the stage has no threshold)
     */
    static String trialWns(Stage stage, String caseName, Double wns, String source, Sink sink) {
        StageRails r = stage == null ? null : stage.getRails();
        if (r == null || r.getWnsThresholdPs() == null || wns == null || wns >= r.getWnsThresholdPs()) {
            return null;
        }
        String why = "abort rail wns_ps: WNS " + wns + " ps is below " + r.getWnsThresholdPs() + " ps";
        sink.verdict(new VerdictRecord("wns_ps", false, r.getWnsThresholdPs(), wns, stage.getName(), List.of(caseName),
                why, List.of(String.valueOf(source))));
        sink.evaluated("wns_ps", stage.getName(), caseName, true, data("rail", "wns_ps", "case", caseName, "threshold",
                r.getWnsThresholdPs(), "observed", wns, "source", String.valueOf(source)));
        return why;
    }

    /**
     * The stage rails over a finished stage's trials.
     *
     * @return why the stage aborts, or null when it goes on
     */
    static String stage(Stage stage, List<CaseRecord> results, Sink sink) {
        if (results.isEmpty()) {
            return "stage rail no_trials: stage '" + stage.getName() + "' had nothing to run";
        }
        StageRails r = stage.getRails();
        if (r == null) {
            return null;
        }
        long failed = results.stream().filter(c -> c.failure() != null).count();
        long cata = results.stream().filter(c -> c.failure() != null
                && Results.CATASTROPHIC.contains(FailureType.get(c.failure()))).count();
        double failureRate = (double) failed / results.size();
        double cataRate = (double) cata / results.size();
        boolean cataTripped = cataRate > r.getCatastrophicRate();
        boolean failTripped = failureRate > r.getFailureRate();
        sink.evaluated("stage_rates", stage.getName(), null, cataTripped || failTripped, data("stage", stage.getName(),
                "failure_rate", failureRate, "failure_rate_threshold", r.getFailureRate(), "catastrophic_rate",
                cataRate, "catastrophic_rate_threshold", r.getCatastrophicRate()));
        String evidence = results.stream().filter(c -> c.failure() != null).map(c -> c.name() + ": " + c.failure()
                + " (" + c.failureSource() + ")").findFirst().orElse("");
        List<String> failedCases = results.stream().filter(c -> c.failure() != null).map(CaseRecord::name).toList();
        List<String> sources = results.stream().filter(c -> c.failure() != null && c.failureSource() != null)
                .map(CaseRecord::failureSource).toList();
        sink.verdict(new VerdictRecord("catastrophic_rate", !cataTripped, r.getCatastrophicRate(), cataRate,
                stage.getName(), failedCases, "share of catastrophic failures", sources));
        sink.verdict(new VerdictRecord("failure_rate", !failTripped, r.getFailureRate(), failureRate, stage.getName(),
                failedCases, "share of failed trials", sources));
        if (cataTripped) {
            return String.format(Locale.ROOT, "stage rail catastrophic_rate: %.2f of the trials of '%s' failed "
                    + "catastrophically, limit %.2f (first: %s)", cataRate, stage.getName(), r.getCatastrophicRate(),
                    evidence);
        }
        if (failTripped) {
            return String.format(Locale.ROOT, "stage rail failure_rate: %.2f of the trials of '%s' failed, "
                    + "limit %.2f (first: %s)", failureRate, stage.getName(), r.getFailureRate(), evidence);
        }
        return null;
    }

    /** The no_survivors rail, once a stage has ranked its trials. */
    static String survivors(Stage stage, List<String> survivors, Sink sink) {
        String abort = survivors.isEmpty() ? "stage rail no_survivors: no case of stage '" + stage.getName()
                + "' survived" : null;
        sink.verdict(new VerdictRecord("no_survivors", !survivors.isEmpty(), 1.0, (double) survivors.size(),
                stage.getName(), survivors, abort != null ? abort : "survivors " + survivors, List.of()));
        return abort;
    }

    /**
     * The study rails: too many catastrophic failures, or too long a run.
     *
     * @return why the study stops, or null
     */
    static String study(StudyRails rails, int catastrophic, Duration ran, Sink sink) {
        if (rails == null) {
            return null;
        }
        if (catastrophic > rails.getCatastrophicFailures()) {
            sink.evaluated("catastrophic_failures", null, null, true, data("rail", "catastrophic_failures", "threshold",
                    rails.getCatastrophicFailures(), "observed", catastrophic));
            String why = "study rail catastrophic_failures: " + catastrophic + " catastrophic failures exceed "
                    + rails.getCatastrophicFailures();
            sink.verdict(new VerdictRecord("catastrophic_failures", false, (double) rails.getCatastrophicFailures(),
                    (double) catastrophic, null, List.of(), why, List.of()));
            return why;
        }
        double hours = ran.toMillis() / 3_600_000.0;
        if (rails.getMaxRuntimeHours() > 0 && hours > rails.getMaxRuntimeHours()) {
            sink.evaluated("max_runtime_hours", null, null, true, data("rail", "max_runtime_hours", "threshold",
                    rails.getMaxRuntimeHours(), "observed", hours));
            String why = String.format(Locale.ROOT, "study rail max_runtime_hours: ran %.4f h, limit %s h", hours,
                    rails.getMaxRuntimeHours());
            sink.verdict(new VerdictRecord("max_runtime_hours", false, rails.getMaxRuntimeHours(), hours, null,
                    List.of(), why, List.of()));
            return why;
        }
        return null;
    }
}
