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
 * Writes a study in the flat study YAML format that {@link StudyYamlImporter} reads back. Only the
 * design of the study is written; cases, verdicts and metrics are run data and stay in the study folder.
 */
public final class StudyYamlExporter {

    private StudyYamlExporter() {
    }

    public static String toYaml(Study s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.getName());
        put(m, "description", s.getDescription());
        put(m, "author", s.getAuthor());
        putList(m, "tags", s.getTags());
        m.put("safety_domain", lit(s.getSafetyDomain()));
        m.put("base_case", s.getBaseCaseName());
        put(m, "pdk", s.getPdk());
        if (s.getMaxConcurrentTrials() > 0) {
            m.put("max_concurrent_trials", s.getMaxConcurrentTrials());
        }
        put(m, "executor", s.getExecutor());
        DesignSnapshot snap = s.getSnapshot();
        if (snap != null) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("path", snap.getPath());
            put(sm, "sha256", snap.getSha256());
            put(sm, "format", snap.getFormat());
            m.put("snapshot", sm);
        }
        putList(m, "eco_whitelist", s.getEcoWhitelist());
        putList(m, "eco_blacklist", s.getEcoBlacklist());
        Objective o = s.getObjective();
        if (o != null) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("mode", lit(o.getMode()));
            om.put("timing_weight", o.getTimingWeight());
            om.put("congestion_weight", o.getCongestionWeight());
            putList(om, "metric_order", o.getMetricOrder());
            m.put("objective", om);
        }
        StudyRails r = s.getRails();
        if (r != null) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("catastrophic_failures", r.getCatastrophicFailures());
            rm.put("max_runtime_hours", r.getMaxRuntimeHours());
            rm.put("trial_timeout_seconds", r.getTrialTimeoutSeconds());
            m.put("rails", rm);
        }
        List<Object> ecos = new ArrayList<>();
        for (EcoDefinition e : s.getEcos()) {
            ecos.add(eco(e));
        }
        m.put("ecos", ecos);
        List<Object> stages = new ArrayList<>();
        for (Stage st : s.getStages()) {
            stages.add(stage(st));
        }
        m.put("stages", stages);
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
            m.put("priors", priors);
        }
        return write(m);
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
        case Double d -> g.writeNumber(d);
        case Boolean b -> g.writeBoolean(b);
        default -> g.writeString(String.valueOf(v));
        }
    }
}
