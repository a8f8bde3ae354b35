package io.noodle.model.yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.noodle.model.DesignSnapshot;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.EcoPrior;
import io.noodle.model.ExecutionMode;
import io.noodle.model.NoodleFactory;
import io.noodle.model.Objective;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.ParameterType;
import io.noodle.model.RankingPolicy;
import io.noodle.model.RankingPolicyKind;
import io.noodle.model.RollbackPolicy;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.StageRails;
import io.noodle.model.StageType;
import io.noodle.model.Study;
import io.noodle.model.StudyRails;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.yaml.YamlNode.Mapping;

/**
 * Imports study YAML: Noodle 2's own flat and sectioned study files (read by {@link Noodle2Reader}), and this
 * product's earlier formats, the flat format and the sectioned "demo" format (study / design /
 * safety / execution / viability / prior_learning / stages with count, defaults, overrides and a survivor
 * funnel / ecos / targets / output). Both are described, key by key, in docs/USER-GUIDE.md. Unknown keys
 * become warnings with their line; wrong types, unknown values and dangling names become errors with
 * theirs. A study with errors is not returned.
 */
public final class StudyYamlImporter {

    static final NoodleFactory F = NoodleFactory.eINSTANCE;

    /** The result of an import: the study (null when there were errors) and every message. */
    public record Result(Study study, ImportReport report) {
    }

    final ImportReport report = new ImportReport();
    private final Path baseFolder;
    /** Names to resolve once everything is read: stage name to the (line, names) it depends on. */
    final Map<Stage, Map.Entry<YamlNode, List<String>>> dependsOn = new LinkedHashMap<>();
    private final Map<EcoDefinition, Map.Entry<YamlNode, List<String>>> parts = new LinkedHashMap<>();

    private StudyYamlImporter(Path baseFolder) {
        this.baseFolder = baseFolder;
    }

    /** Imports a YAML file; relative snapshot paths are taken relative to the file's folder. */
    public static Result importFile(Path yaml) throws IOException {
        if (!Files.isRegularFile(yaml)) { // a FIFO or a device would block the read, or never end it
            throw new IOException(yaml + ": not a regular file. Fix: name a study file");
        }
        long size = Files.size(yaml);
        if (size > io.noodle.model.validation.StudyLimits.MAX_YAML_BYTES) {
            ImportReport tooLarge = new ImportReport();
            tooLarge.error(1, 1, "the file has " + size + " bytes; a study file may have at most "
                    + io.noodle.model.validation.StudyLimits.MAX_YAML_BYTES + " (is it a study file?)");
            return new Result(null, tooLarge);
        }
        byte[] bytes = Files.readAllBytes(yaml);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            ImportReport notText = new ImportReport();
            int[] at = firstBadByte(bytes);
            notText.error(at[0], at[1], "the file is not UTF-8 text (byte " + at[2] + " cannot be decoded); a study "
                    + "file is UTF-8. Fix: save it as UTF-8");
            return new Result(null, notText);
        }
        return importFrom(new java.io.StringReader(text), yaml.toAbsolutePath().getParent());
    }

    /** Line, column and offset of the first byte that is not part of valid UTF-8. */
    private static int[] firstBadByte(byte[] b) {
        var dec = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < b.length; i++) {
            int len = (b[i] & 0x80) == 0 ? 1 : (b[i] & 0xE0) == 0xC0 ? 2 : (b[i] & 0xF0) == 0xE0 ? 3
                    : (b[i] & 0xF8) == 0xF0 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            if (ok) {
                try {
                    dec.reset().decode(java.nio.ByteBuffer.wrap(b, i, len));
                } catch (java.nio.charset.CharacterCodingException e) {
                    ok = false;
                }
            }
            if (!ok) {
                return new int[] { line, i - lineStart + 1, i };
            }
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len - 1;
        }
        return new int[] { line, 1, 0 };
    }

    /** Imports YAML text; relative snapshot paths are taken relative to {@code baseFolder}. */
    public static Result importFrom(Reader yaml, Path baseFolder) throws IOException {
        StudyYamlImporter imp = new StudyYamlImporter(baseFolder);
        YamlNode root;
        try {
            root = YamlReader.read(yaml);
        } catch (YamlReader.YamlSyntaxException e) {
            imp.report.error(e.line(), e.column(), "malformed YAML: " + e.getMessage());
            return new Result(null, imp.report);
        }
        Study study = imp.study(root);
        if (study != null) {
            imp.unsafeNames(study, root);
        }
        return new Result(imp.report.hasErrors() ? null : study, imp.report);
    }

    /**
     * Reports a name that cannot become a file or folder name (the study's, the base case's, a stage's, an
     * ECO's) where it stands in the file: the first scalar holding it.
     */
    private void unsafeNames(Study study, YamlNode root) {
        io.noodle.model.persistence.StudyNames.Unsafe u = io.noodle.model.persistence.StudyNames.firstUnsafe(study);
        if (u == null) {
            return;
        }
        java.util.ArrayDeque<YamlNode> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (n instanceof YamlNode.Scalar sc && u.name().equals(sc.text())) {
                report.error(sc, u.message());
                return;
            }
            if (n instanceof YamlNode.Mapping m) {
                java.util.List<YamlNode> vs = new java.util.ArrayList<>(m.entries().values());
                java.util.Collections.reverse(vs);
                vs.forEach(todo::push);
            } else if (n instanceof YamlNode.Sequence q) {
                java.util.List<YamlNode> vs = new java.util.ArrayList<>(q.items());
                java.util.Collections.reverse(vs);
                vs.forEach(todo::push);
            }
        }
        report.error(1, 1, u.message()); // a name made by the importer (stage_<n>) from an unsafe one
    }

    /** A whole number of at least 1 (a timeout, a count), or null with a located error. */
    Integer positive(Section sec, String key) {
        Integer v = sec.integer(key);
        if (v != null && v < 1) {
            report.error(sec.node(key), sec.where(key) + " = " + v + " must be at least 1");
            return null;
        }
        return v;
    }

    private Study study(YamlNode root) {
        Section top = Section.of(root, "", report);
        if (top == null) {
            return null;
        }
        Study s = F.createStudy();
        Mapping m = (Mapping) root;
        if (Noodle2Reader.isSectioned(m)) {
            new Noodle2Reader(this).sectioned(top, s);
        } else if (Noodle2Reader.isFlat(m)) {
            new Noodle2Reader(this).flat(top, s);
        } else if (top.has("study") && top.node("study") instanceof Mapping) {
            demo(top, s);
        } else {
            flat(top, s);
        }
        top.finish();
        resolveNames(s);
        return s;
    }

    // ------------------------------------------------------------------ flat format

    private void flat(Section top, Study s) {
        s.setName(top.requiredString("name"));
        set(top.string("description"), s::setDescription);
        set(top.string("author"), s::setAuthor);
        s.getTags().addAll(top.strings("tags"));
        set(top.literal("safety_domain", SafetyDomain.class), s::setSafetyDomain);
        s.setBaseCaseName(top.requiredString("base_case"));
        set(top.string("pdk"), s::setPdk);
        set(positive(top, "max_concurrent_trials"), s::setMaxConcurrentTrials);
        set(top.executor("executor"), s::setExecutor);
        new Noodle2Reader(this).environment(top, s);
        Section snap = top.section("snapshot");
        if (snap != null) {
            snapshot(s, snap.requiredString("path"), snap.string("sha256"), snap.string("format"), snap);
            snap.finish();
        }
        s.getEcoWhitelist().addAll(top.strings("eco_whitelist"));
        s.getEcoBlacklist().addAll(top.strings("eco_blacklist"));
        Section obj = top.section("objective");
        if (obj != null) {
            s.setObjective(objective(obj));
            obj.finish();
        }
        Section rails = top.section("rails");
        StudyRails r = F.createStudyRails();
        if (rails != null) {
            set(rails.integer("catastrophic_failures"), r::setCatastrophicFailures);
            set(rails.number("max_runtime_hours"), r::setMaxRuntimeHours);
            set(positive(rails, "trial_timeout_seconds"), r::setTrialTimeoutSeconds);
            rails.finish();
        }
        s.setRails(r);
        top.sections("ecos", e -> s.getEcos().add(eco(e)));
        top.sections("stages", st -> {
            Stage stage = F.createStage();
            stage.setName(st.requiredString("name"));
            stageFields(st, stage);
            s.getStages().add(stage);
        });
        top.sections("priors", p -> s.getPriors().add(prior(p)));
    }

    // ------------------------------------------------------------------ demo (sectioned) format

    private void demo(Section top, Study s) {
        Section study = top.section("study");
        if (study != null) {
            s.setName(study.requiredString("name"));
            set(study.string("description"), s::setDescription);
            set(study.string("author"), s::setAuthor);
            s.getTags().addAll(study.strings("tags"));
            study.finish();
        }
        Section design = top.section("design");
        if (design != null) {
            s.setBaseCaseName(design.requiredString("base_case"));
            set(design.string("pdk"), s::setPdk);
            String path = design.string("snapshot");
            if (path != null) {
                snapshot(s, path, design.string("sha256"), design.string("format"), design);
            } else {
                design.accept("sha256");
                design.accept("format");
            }
            design.finish();
        } else {
            report.error(top.line(), 1, "the demo format needs a 'design' section with 'base_case'");
        }
        Section safety = top.section("safety");
        if (safety != null) {
            set(safety.literal("domain", SafetyDomain.class), s::setSafetyDomain);
            s.getEcoWhitelist().addAll(safety.strings("eco_whitelist"));
            s.getEcoBlacklist().addAll(safety.strings("eco_blacklist"));
            safety.finish();
        }
        // execution and viability: study rails plus defaults for every stage
        StudyRails rails = F.createStudyRails();
        s.setRails(rails);
        Stage defaults = blankStage();
        Section exec = top.section("execution");
        if (exec != null) {
            set(exec.number("max_runtime_hours"), rails::setMaxRuntimeHours);
            set(exec.integer("catastrophic_failures"), rails::setCatastrophicFailures);
            set(exec.literal("execution_mode", ExecutionMode.class), defaults::setExecutionMode);
            Integer timeout = positive(exec, "trial_timeout_seconds");
            set(timeout, defaults.getRails()::setTrialTimeoutSeconds);
            set(timeout, rails::setTrialTimeoutSeconds); // gate 0 too
            set(exec.integer("soft_timeout_seconds"), defaults.getRails()::setSoftTimeoutSeconds);
            set(positive(exec, "max_concurrent_trials"), s::setMaxConcurrentTrials);
            set(exec.executor("executor"), s::setExecutor);
            exec.finish();
        }
        Section viability = top.section("viability");
        if (viability != null) {
            set(viability.number("abort_threshold_wns_ps"), defaults.getRails()::setWnsThresholdPs);
            set(viability.number("failure_rate"), defaults.getRails()::setFailureRate);
            set(viability.number("catastrophic_rate"), defaults.getRails()::setCatastrophicRate);
            viability.finish();
        }
        Section prior = top.section("prior_learning");
        if (prior != null) {
            set(prior.integer("suspicious_skip_after_stage"), defaults.getRanking()::setSuspiciousSkipAfterStage);
            set(prior.number("exploration_rate"), defaults.getRanking()::setExplorationRate);
            prior.sections("priors", p -> s.getPriors().add(prior(p)));
            prior.finish();
        }
        Section targets = top.section("targets");
        if (targets != null) {
            s.setObjective(objective(targets));
            targets.finish();
        }
        Section output = top.section("output");
        if (output != null) {
            set(output.bool("visualization"), defaults::setVisualization);
            output.finish();
        }
        top.sections("ecos", e -> s.getEcos().add(eco(e)));
        Section stages = top.section("stages");
        if (stages != null) {
            demoStages(stages, s, defaults);
            stages.finish();
        }
    }

    private void demoStages(Section stages, Study s, Stage inherited) {
        Integer count = stages.integer("count");
        Section defaults = stages.section("defaults");
        if (defaults != null) {
            stageFields(defaults, inherited);
            defaults.finish();
        }
        List<String> funnel = stages.strings("survivor_funnel");
        YamlNode funnelNode = stages.node("survivor_funnel");
        int n = count != null ? count : funnel.size();
        if (n < 1) {
            report.error(stages.line(), 1, "stages.count must be at least 1 (or give a survivor_funnel)");
            return;
        }
        if (n > io.noodle.model.validation.StudyLimits.MAX_STAGES) {
            report.error(stages.node("count") != null ? stages.node("count") : funnelNode, "stages.count = " + n
                    + " is more than the " + io.noodle.model.validation.StudyLimits.MAX_STAGES
                    + " stages a study may have; lower it or split the study");
            return;
        }
        if (!funnel.isEmpty() && funnel.size() != n) {
            report.error(funnelNode, "stages.survivor_funnel has " + funnel.size() + " entries for " + n
                    + " stages; give one survivor count per stage");
        }
        for (int i = 0; i < n; i++) {
            Stage st = org.eclipse.emf.ecore.util.EcoreUtil.copy(inherited);
            st.setName("stage_" + i);
            if (i < funnel.size()) {
                try {
                    st.setSurvivorCount(Integer.parseInt(funnel.get(i).strip()));
                } catch (NumberFormatException e) {
                    report.error(funnelNode, "stages.survivor_funnel[" + i + "] = '" + funnel.get(i)
                            + "' must be an integer");
                }
            }
            s.getStages().add(st);
        }
        Section overrides = stages.section("overrides");
        if (overrides != null) {
            for (int i = 0; i < n; i++) {
                String key = Integer.toString(i);
                if (overrides.has(key)) {
                    Section o = overrides.section(key);
                    if (o != null) {
                        set(o.string("name"), s.getStages().get(i)::setName);
                        stageFields(o, s.getStages().get(i));
                        o.finish();
                    }
                }
            }
            overrides.finish(); // keys that are not stage indices are reported here
        }
        // without depends_on, demo stages run in sequence
        for (int i = 1; i < n; i++) {
            Stage st = s.getStages().get(i);
            if (!dependsOn.containsKey(st)) {
                StageDependency d = F.createStageDependency();
                d.setFrom(s.getStages().get(i - 1));
                d.setTo(st);
                s.getDependencies().add(d);
            }
        }
    }

    // ------------------------------------------------------------------ shared parts

    void stageFields(Section st, Stage stage) {
        set(st.literal("type", StageType.class), stage::setType);
        set(st.literal("execution_mode", ExecutionMode.class), stage::setExecutionMode);
        set(st.integer("trial_budget"), stage::setTrialBudget);
        set(st.integer("survivor_count"), stage::setSurvivorCount);
        if (st.has("allowed_eco_classes")) {
            stage.getAllowedClasses().clear();
            stage.getAllowedClasses().addAll(st.literals("allowed_eco_classes", EcoClass.class));
        }
        if (st.has("ecos")) {
            stage.getEcoNames().clear();
            stage.getEcoNames().addAll(st.strings("ecos"));
        }
        set(st.bool("visualization"), stage::setVisualization);
        Integer memory = st.integer("trial_memory_mb");
        if (memory != null && memory < 0) {
            report.error(st.node("trial_memory_mb"), st.where("trial_memory_mb") + " = " + memory
                    + " must be 0 (no limit) or more");
        } else {
            set(memory, stage::setTrialMemoryMb);
        }
        StageRails rails = stage.getRails() != null ? stage.getRails() : F.createStageRails();
        stage.setRails(rails);
        set(st.number("abort_threshold_wns_ps"), rails::setWnsThresholdPs);
        set(st.integer("trial_timeout_seconds"), rails::setTrialTimeoutSeconds);
        set(st.integer("soft_timeout_seconds"), rails::setSoftTimeoutSeconds);
        set(st.number("failure_rate"), rails::setFailureRate);
        set(st.number("catastrophic_rate"), rails::setCatastrophicRate);
        RankingPolicy rp = stage.getRanking() != null ? stage.getRanking() : F.createRankingPolicy();
        stage.setRanking(rp);
        Section r = st.section("ranking");
        if (r != null) {
            set(r.literal("policy", RankingPolicyKind.class), rp::setKind);
            set(r.number("timing_weight"), rp::setTimingWeight);
            set(r.number("congestion_weight"), rp::setCongestionWeight);
            set(r.number("min_diversity"), rp::setMinDiversity);
            set(r.bool("always_keep_best"), rp::setAlwaysKeepBest);
            set(r.integer("random_survivors"), rp::setRandomSurvivors);
            set(r.number("rollback_threshold_ps"), rp::setRollbackThresholdPs);
            set(r.integer("suspicious_skip_after_stage"), rp::setSuspiciousSkipAfterStage);
            set(r.number("exploration_rate"), rp::setExplorationRate);
            r.finish();
        }
        if (st.has("depends_on")) {
            dependsOn.put(stage, Map.entry(st.node("depends_on"), st.strings("depends_on")));
        }
    }

    Objective objective(Section o) {
        Objective obj = F.createObjective();
        set(o.literal("mode", ObjectiveMode.class), obj::setMode);
        set(o.number("timing_weight"), obj::setTimingWeight);
        set(o.number("congestion_weight"), obj::setCongestionWeight);
        obj.getMetricOrder().addAll(o.strings("metric_order"));
        return obj;
    }

    EcoDefinition eco(Section e) {
        EcoDefinition eco = F.createEcoDefinition();
        eco.setName(e.requiredString("name"));
        set(e.literal("class", EcoClass.class), eco::setEcoClass);
        set(e.string("version"), eco::setVersion);
        eco.getTags().addAll(e.strings("tags"));
        set(e.string("description"), eco::setDescription);
        eco.getPreconditions().addAll(e.strings("preconditions"));
        e.sections("parameters", p -> {
            EcoParameter param = F.createEcoParameter();
            param.setName(p.requiredString("name"));
            set(p.literal("type", ParameterType.class), param::setType);
            set(p.string("default"), param::setDefaultValue);
            set(p.number("min"), param::setMin);
            set(p.number("max"), param::setMax);
            param.getChoices().addAll(p.strings("choices"));
            set(p.string("description"), param::setDescription);
            eco.getParameters().add(param);
        });
        if (e.has("parts")) {
            parts.put(eco, Map.entry(e.node("parts"), e.strings("parts")));
        }
        set(e.literal("rollback", RollbackPolicy.class), eco::setRollbackPolicy);
        return eco;
    }

    EcoPrior prior(Section p) {
        EcoPrior prior = F.createEcoPrior();
        prior.setEcoName(p.requiredString("eco"));
        set(p.integer("applications"), prior::setApplications);
        set(p.integer("successes"), prior::setSuccesses);
        set(p.number("mean_delta_wns_ps"), prior::setMeanDeltaWnsPs);
        return prior;
    }

    void snapshot(Study s, String path, String sha, String format, Section at) {
        if (path == null) {
            return;
        }
        DesignSnapshot snap = F.createDesignSnapshot();
        Path p = Path.of(path);
        Path abs = p.isAbsolute() || baseFolder == null ? p : baseFolder.resolve(p).normalize();
        snap.setPath(abs.toString());
        snap.setFormat(format);
        if (sha != null) {
            snap.setSha256(sha.strip().toLowerCase(java.util.Locale.ROOT));
        } else if (Files.exists(abs)) {
            try {
                snap.setSha256(Snapshots.sha256(abs));
            } catch (IOException e) {
                report.warning(at.line(), 1, "cannot hash the snapshot " + abs + ": " + e.getMessage());
            }
        } else {
            report.warning(at.line(), 1, "the snapshot " + abs + " does not exist (yet); no hash recorded");
        }
        s.setSnapshot(snap);
    }

    private void resolveNames(Study s) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        s.getStages().forEach(st -> stages.putIfAbsent(st.getName(), st));
        dependsOn.forEach((stage, names) -> {
            for (String n : names.getValue()) {
                Stage from = stages.get(n);
                if (from == null) {
                    report.error(names.getKey(), "stage '" + stage.getName() + "' depends on unknown stage '" + n
                            + "' (stages: " + String.join(", ", stages.keySet()) + ")");
                } else {
                    StageDependency d = F.createStageDependency();
                    d.setFrom(from);
                    d.setTo(stage);
                    s.getDependencies().add(d);
                }
            }
        });
        Map<String, EcoDefinition> ecos = new LinkedHashMap<>();
        s.getEcos().forEach(e -> ecos.putIfAbsent(e.getName(), e));
        parts.forEach((eco, names) -> {
            for (String n : names.getValue()) {
                EcoDefinition part = ecos.get(n);
                if (part == null) {
                    report.error(names.getKey(), "compound ECO '" + eco.getName() + "' has unknown part '" + n + "'");
                } else {
                    eco.getParts().add(part);
                }
            }
        });
    }

    /** A stage with empty rails and a default ranking policy: what the defaults of a file's stages start from. */
    static Stage blankStage() {
        Stage st = F.createStage();
        st.setRails(F.createStageRails());
        st.setRanking(F.createRankingPolicy());
        return st;
    }

    static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
