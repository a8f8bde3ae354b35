package io.noodle.model.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.noodle.model.DesignSnapshot;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.EcoPrior;
import io.noodle.model.Objective;
import io.noodle.model.RankingPolicy;
import io.noodle.model.Stage;
import io.noodle.model.StageRails;
import io.noodle.model.Study;
import io.noodle.model.StudyRails;

/**
 * Writes a study as Noodle 2's flat study file, which Noodle 2's loader reads ({@code base_case_name},
 * {@code snapshot_path}, {@code rails: {abort, stage, study}}, a list of stages with their
 * {@code survivor_selection} and {@code ranking_metric}), with what this product adds (the stage DAG, human
 * approval, ranking policies, per-stage rails, its ECO catalogue, the objective, where it runs, priors) under
 * {@code workbench:}, a key Noodle 2 ignores. {@link StudyYamlImporter} reads it back to an equal study. Only
 * the design of the study is written; cases, verdicts and metrics are run data and stay in the study folder.
 */
public final class StudyYamlExporter {

    private StudyYamlExporter() {
    }

    public static String toYaml(Study s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.getName());
        m.put("safety_domain", lit(s.getSafetyDomain()));
        m.put("base_case_name", s.getBaseCaseName());
        put(m, "pdk", s.getPdk());
        DesignSnapshot snap = s.getSnapshot();
        if (snap != null) {
            put(m, "snapshot_path", snap.getPath());
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        put(meta, "description", s.getDescription());
        put(meta, "author", s.getAuthor());
        putList(meta, "tags", s.getTags());
        Map<String, Object> mounts = new LinkedHashMap<>();
        for (var e : s.getMetadata()) {
            String k = e.getKey();
            if (k.startsWith(Noodle2Reader.KEPT + "custom_script_mounts.")) {
                mounts.put(k.substring((Noodle2Reader.KEPT + "custom_script_mounts.").length()), e.getValue());
            } else if (k.equals(Noodle2Reader.KEPT + "notification_webhook_url")) {
                m.put("notification_webhook_url", e.getValue());
            } else if (k.equals(Noodle2Reader.KEPT + "notification_events")) {
                m.put("notification_events", List.of(e.getValue().split(",\\s*")));
            } else {
                meta.put(k, e.getValue());
            }
        }
        if (!meta.isEmpty()) {
            m.put("metadata", meta);
        }
        putList(m, "eco_blacklist", s.getEcoBlacklist());
        putList(m, "eco_whitelist", s.getEcoWhitelist());
        if (!s.getEnvironment().isEmpty()) {
            m.put("environment", new LinkedHashMap<>(s.getEnvironment().map()));
        }
        if (!mounts.isEmpty()) {
            m.put("custom_script_mounts", mounts);
        }
        Map<String, Object> rails = new LinkedHashMap<>();
        StudyRails r = s.getRails();
        Map<String, Object> abort = new LinkedHashMap<>();
        Double wns = common(s, st -> st.getRails() == null ? null : st.getRails().getWnsThresholdPs());
        put(abort, "wns_ps", wns);
        if (r != null && r.getTrialTimeoutSeconds() > 0) {
            abort.put("timeout_seconds", r.getTrialTimeoutSeconds());
        }
        if (!abort.isEmpty()) {
            rails.put("abort", abort);
        }
        Double failureRate = common(s, st -> st.getRails() == null ? null : st.getRails().getFailureRate());
        if (failureRate != null) {
            rails.put("stage", Map.of("failure_rate", failureRate));
        }
        if (r != null) {
            Map<String, Object> study = new LinkedHashMap<>();
            study.put("catastrophic_failures", r.getCatastrophicFailures());
            study.put("max_runtime_hours", r.getMaxRuntimeHours());
            rails.put("study", study);
        }
        m.put("rails", rails);
        List<Object> stages = new ArrayList<>();
        for (Stage st : s.getStages()) {
            stages.add(noodle2Stage(st));
        }
        m.put("stages", stages);
        m.put("workbench", workbench(s));
        return write(m);
    }

    /**
     * The study as Noodle 2's sectioned study file (its demo runner's): {@code study}, {@code design},
     * {@code safety}, {@code execution}, {@code stages} (a count and one override per stage with every stage key
     * Noodle 2 has), {@code ecos} (the ECOs of Noodle 2's catalogue, as a group with their variants),
     * {@code objective}, and the settings Noodle 2 had that were kept as metadata back in their sections; this
     * product's additions, and the stages' names, under {@code workbench:}. Read back to an equal study.
     */
    public static String toSectionedYaml(Study s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>(); // noodle2.<section>.<key> back in place
        Map<String, Object> meta = new LinkedHashMap<>();
        for (var e : s.getMetadata()) {
            String k = e.getKey();
            if (k.startsWith(Noodle2Reader.KEPT) && k.indexOf('.', Noodle2Reader.KEPT.length()) > 0) {
                String rest = k.substring(Noodle2Reader.KEPT.length());
                String section = rest.substring(0, rest.indexOf('.'));
                if (List.of("execution", "viability", "prior_learning", "targets", "output", "diagnosis", "design")
                        .contains(section)) {
                    kept.computeIfAbsent(section, x -> new LinkedHashMap<>()).put(rest.substring(section.length() + 1),
                            typed(e.getValue()));
                    continue;
                }
            }
            if (!k.equals("version")) {
                meta.put(k, e.getValue());
            }
        }
        Map<String, Object> study = new LinkedHashMap<>();
        study.put("name", s.getName());
        put(study, "description", s.getDescription());
        put(study, "author", s.getAuthor());
        put(study, "version", s.getMetadata().get("version"));
        putList(study, "tags", s.getTags());
        m.put("study", study);
        Map<String, Object> design = new LinkedHashMap<>();
        put(design, "pdk", s.getPdk());
        design.put("base_case_name", s.getBaseCaseName());
        if (s.getSnapshot() != null) {
            put(design, "snapshot_path", s.getSnapshot().getPath());
        }
        Map<String, Object> initial = new LinkedHashMap<>();
        Map<String, Object> designKept = kept.remove("design");
        if (designKept != null) {
            designKept.forEach((k, v) -> {
                if (k.startsWith("initial_metrics.")) {
                    initial.put(k.substring("initial_metrics.".length()), v);
                }
            });
        }
        if (!initial.isEmpty()) {
            design.put("initial_metrics", initial);
        }
        m.put("design", design);
        m.put("safety", Map.of("domain", lit(s.getSafetyDomain())));
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("use_ray", "ray".equals(s.getExecutor()));
        if (s.getMaxConcurrentTrials() > 0) {
            exec.put("max_concurrent_trials", s.getMaxConcurrentTrials());
        }
        if (s.getRails() != null && s.getRails().getTrialTimeoutSeconds() > 0) {
            exec.put("trial_timeout_seconds", s.getRails().getTrialTimeoutSeconds());
        }
        Map<String, Object> execKept = kept.remove("execution");
        if (execKept != null) {
            exec.putAll(execKept);
        }
        m.put("execution", exec);
        for (String section : List.of("viability", "prior_learning")) {
            if (kept.containsKey(section)) {
                m.put(section, kept.remove(section));
            }
        }
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("count", s.getStages().size());
        List<Object> overrides = new ArrayList<>();
        for (Stage st : s.getStages()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("stages", List.of(st.getIndex()));
            Map<String, Object> keys = noodle2Stage(st);
            keys.remove("name");
            o.putAll(keys);
            overrides.add(o);
        }
        stages.put("overrides", overrides);
        m.put("stages", stages);
        Map<String, Object> group = new LinkedHashMap<>();
        for (EcoDefinition e : s.getEcos()) {
            if (io.noodle.model.derived.Noodle2Ecos.find(e.getName()) == null) {
                continue; // not one of Noodle 2's: under workbench.ecos only
            }
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("enabled", true);
            Map<String, Object> params = new LinkedHashMap<>();
            for (EcoParameter p : e.getParameters()) {
                if (!p.getChoices().isEmpty()) {
                    params.put(p.getName(), List.copyOf(p.getChoices()));
                } else if (p.getDefaultValue() != null) {
                    params.put(p.getName(), typed(p.getDefaultValue()));
                }
            }
            if (!params.isEmpty()) {
                em.put("parameters", params);
            }
            group.put(e.getName(), em);
        }
        if (!group.isEmpty()) {
            m.put("ecos", Map.of("workbench", group));
        }
        for (String section : List.of("targets", "output", "diagnosis")) {
            if (kept.containsKey(section)) {
                m.put(section, kept.remove(section));
            }
        }
        Objective o = s.getObjective();
        if (o != null) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("mode", lit(o.getMode()));
            List<String> order = o.getMetricOrder().stream().map(x -> x.equals("congestion") ? "hot_ratio"
                    : x.equals("wns") ? "wns_ps" : x).toList();
            if (!order.isEmpty()) {
                om.put("primary", order.get(0));
            }
            if (order.size() > 1) {
                om.put("secondary", order.get(1));
            }
            om.put("weights", Map.of("wns_ps", o.getTimingWeight(), "hot_ratio", o.getCongestionWeight()));
            m.put("objective", om);
        }
        Map<String, Object> w = workbench(s);
        Map<String, Object> wb = new LinkedHashMap<>();
        wb.put("stage_names", s.getStages().stream().map(Stage::getName).toList());
        if (!s.getEnvironment().isEmpty()) { // the sectioned file has no key for these
            wb.put("environment", new LinkedHashMap<>(s.getEnvironment().map()));
        }
        if (s.getRails() != null) {
            wb.put("study_rails", Map.of("catastrophic_failures", s.getRails().getCatastrophicFailures(),
                    "max_runtime_hours", s.getRails().getMaxRuntimeHours()));
        }
        putList(wb, "eco_whitelist", s.getEcoWhitelist());
        putList(wb, "eco_blacklist", s.getEcoBlacklist());
        if (!meta.isEmpty()) {
            wb.put("metadata", meta);
        }
        wb.putAll(w);
        m.put("workbench", wb);
        return write(m);
    }

    /** A kept text value as YAML would type it: a number or a boolean when it reads as one, else text. */
    private static Object typed(String v) {
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        try {
            if (v.matches("-?[0-9]+")) {
                return Long.valueOf(v);
            }
            if (v.matches("-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?")) {
                return Double.valueOf(v);
            }
        } catch (NumberFormatException e) {
            // text after all
        }
        return v;
    }

    /** The value every stage has, or null when they differ (or there are none). */
    private static Double common(Study s, java.util.function.Function<Stage, Double> of) {
        Double v = null;
        for (int i = 0; i < s.getStages().size(); i++) {
            Double x = of.apply(s.getStages().get(i));
            if (x == null || i > 0 && !x.equals(v)) {
                return null;
            }
            v = x;
        }
        return v;
    }

    /** A stage as Noodle 2's flat file has it. */
    private static Map<String, Object> noodle2Stage(Stage st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", st.getName());
        m.put("execution_mode", lit(st.getExecutionMode()));
        m.put("trial_budget", st.getTrialBudget());
        m.put("survivor_count", st.getSurvivorCount());
        m.put("allowed_eco_classes", st.getAllowedClasses().stream().map(StudyYamlExporter::lit).toList());
        m.put("abort_threshold_wns_ps", st.getRails() == null ? null : st.getRails().getWnsThresholdPs());
        m.put("visualization_enabled", st.isVisualization());
        if (st.getRails() != null && st.getRails().getTrialTimeoutSeconds() > 0) {
            m.put("timeout_seconds", st.getRails().getTrialTimeoutSeconds());
        }
        if (st.getRanking() != null) {
            m.put("survivor_selection", lit(st.getRanking().getKind()));
            m.put("ranking_metric", st.getRanking().getKind() == io.noodle.model.RankingPolicyKind.CONGESTION_DELTA
                    ? "hot_ratio" : "wns_ps");
        }
        return m;
    }

    /** What this product adds, under a key Noodle 2 ignores: read back exactly by the importer. */
    private static Map<String, Object> workbench(Study s) {
        Map<String, Object> w = new LinkedHashMap<>();
        put(w, "executor", s.getExecutor());
        if (s.getMaxConcurrentTrials() > 0) {
            w.put("max_concurrent_trials", s.getMaxConcurrentTrials());
        }
        if (s.getSnapshot() != null) {
            put(w, "snapshot_sha256", s.getSnapshot().getSha256());
            put(w, "snapshot_format", s.getSnapshot().getFormat());
        }
        Objective o = s.getObjective();
        if (o != null) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("mode", lit(o.getMode()));
            om.put("timing_weight", o.getTimingWeight());
            om.put("congestion_weight", o.getCongestionWeight());
            putList(om, "metric_order", o.getMetricOrder());
            w.put("objective", om);
        }
        List<Object> ecos = new ArrayList<>();
        for (EcoDefinition e : s.getEcos()) {
            ecos.add(eco(e));
        }
        w.put("ecos", ecos);
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Stage st : s.getStages()) {
            Map<String, Object> sm = stage(st);
            sm.remove("name");
            stages.put(st.getName(), sm);
        }
        w.put("stages", stages);
        if (!s.getPriors().isEmpty()) {
            List<Object> priors = new ArrayList<>();
            for (EcoPrior p : s.getPriors()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("eco", p.getEcoName());
                pm.put("applications", p.getApplications());
                pm.put("successes", p.getSuccesses());
                pm.put("mean_delta_wns_ps", p.getMeanDeltaWnsPs());
                priors.add(pm);
            }
            w.put("priors", priors);
        }
        return w;
    }

    private static Map<String, Object> eco(EcoDefinition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.getName());
        m.put("class", lit(e.getEcoClass()));
        m.put("version", e.getVersion());
        putList(m, "tags", e.getTags());
        put(m, "description", e.getDescription());
        putList(m, "preconditions", e.getPreconditions());
        if (!e.getParameters().isEmpty()) {
            List<Object> ps = new ArrayList<>();
            for (EcoParameter p : e.getParameters()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.getName());
                pm.put("type", lit(p.getType()));
                put(pm, "default", p.getDefaultValue());
                put(pm, "min", p.getMin());
                put(pm, "max", p.getMax());
                putList(pm, "choices", p.getChoices());
                put(pm, "description", p.getDescription());
                ps.add(pm);
            }
            m.put("parameters", ps);
        }
        if (!e.getParts().isEmpty()) {
            m.put("parts", e.getParts().stream().map(EcoDefinition::getName).toList());
            m.put("rollback", lit(e.getRollbackPolicy()));
        }
        return m;
    }

    /** A stage with every field of this product's own (under workbench.stages). */
    private static Map<String, Object> stage(Stage st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", st.getName());
        m.put("type", lit(st.getType()));
        m.put("execution_mode", lit(st.getExecutionMode()));
        m.put("trial_budget", st.getTrialBudget());
        m.put("survivor_count", st.getSurvivorCount());
        putList(m, "allowed_eco_classes", st.getAllowedClasses().stream().map(StudyYamlExporter::lit).toList());
        putList(m, "ecos", st.getEcoNames());
        RankingPolicy rp = st.getRanking();
        if (rp != null) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("policy", lit(rp.getKind()));
            rm.put("timing_weight", rp.getTimingWeight());
            rm.put("congestion_weight", rp.getCongestionWeight());
            rm.put("min_diversity", rp.getMinDiversity());
            rm.put("always_keep_best", rp.isAlwaysKeepBest());
            rm.put("random_survivors", rp.getRandomSurvivors());
            put(rm, "rollback_threshold_ps", rp.getRollbackThresholdPs());
            rm.put("suspicious_skip_after_stage", rp.getSuspiciousSkipAfterStage());
            rm.put("exploration_rate", rp.getExplorationRate());
            m.put("ranking", rm);
        }
        StageRails r = st.getRails();
        if (r != null) {
            put(m, "abort_threshold_wns_ps", r.getWnsThresholdPs());
            m.put("trial_timeout_seconds", r.getTrialTimeoutSeconds());
            m.put("soft_timeout_seconds", r.getSoftTimeoutSeconds());
            m.put("failure_rate", r.getFailureRate());
            m.put("catastrophic_rate", r.getCatastrophicRate());
        }
        m.put("visualization", st.isVisualization());
        if (st.getTrialMemoryMb() > 0) {
            m.put("trial_memory_mb", st.getTrialMemoryMb());
        }
        putList(m, "depends_on", st.getInputs().stream().map(Stage::getName).toList());
        return m;
    }

    private static String lit(Enumerator e) {
        return e.getLiteral();
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static void putList(Map<String, Object> m, String k, List<?> v) {
        if (!v.isEmpty()) {
            m.put(k, List.copyOf(v));
        }
    }

    private static String write(Map<String, Object> m) {
        YAMLFactory f = YAMLFactory.builder().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = f.createGenerator(w)) {
            writeValue(g, m);
        } catch (IOException e) {
            throw new IllegalStateException("writing YAML to a string cannot fail", e);
        }
        return w.toString();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        switch (v) {
        case Map<?, ?> map -> {
            g.writeStartObject();
            for (var e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        }
        case List<?> list -> {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(g, o);
            }
            g.writeEndArray();
        }
        case Integer i -> g.writeNumber(i);
        case Long l -> g.writeNumber(l);
        case Double d -> g.writeNumber(d);
        case Boolean b -> g.writeBoolean(b);
        case null -> g.writeNull();
        default -> g.writeString(String.valueOf(v));
        }
    }
}
