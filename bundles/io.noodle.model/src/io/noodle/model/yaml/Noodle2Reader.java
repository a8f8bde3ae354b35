package io.noodle.model.yaml;

import static io.noodle.model.yaml.StudyYamlImporter.F;
import static io.noodle.model.yaml.StudyYamlImporter.set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.ExecutionMode;
import io.noodle.model.Objective;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.ParameterType;
import io.noodle.model.RankingPolicy;
import io.noodle.model.RankingPolicyKind;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.StageRails;
import io.noodle.model.Study;
import io.noodle.model.StudyRails;
import io.noodle.model.derived.Ecos;
import io.noodle.model.derived.Noodle2Ecos;
import io.noodle.model.yaml.YamlNode.Mapping;
import io.noodle.model.yaml.YamlNode.Scalar;
import io.noodle.model.yaml.YamlNode.Sequence;

/**
 * Reads Noodle 2's own study files: the flat file of its {@code run} command ({@code base_case_name},
 * {@code snapshot_path}, {@code rails: {abort, stage, study}}, a list of stages) and the sectioned file of its
 * demo runner ({@code study}, {@code design}, {@code safety}, {@code execution}, {@code viability},
 * {@code prior_learning}, {@code stages} as a count with defaults, overrides and a survivor progression,
 * {@code ecos} as groups with variant lists, {@code targets}, {@code output}, {@code objective},
 * {@code diagnosis}). Every key means something in the model or gets a located warning saying what is done
 * instead; settings with no effect here are kept in the study's metadata under their own keys, so that an
 * export writes them back. What this product adds (a stage DAG, human approval, ranking policies, its own
 * ECO catalogue) comes under {@code workbench:}, a key Noodle 2 ignores.
 */
final class Noodle2Reader {

    /** Where a Noodle 2 setting with no effect here is kept in the study's metadata. */
    static final String KEPT = "noodle2.";

    private final StudyYamlImporter imp;
    private final ImportReport report;
    private boolean ownCatalogue;
    /** Stages of this product's export: no Noodle 2 default classes (their overrides say them). */
    private boolean exactStages;
    /** The snapshot's hash and format as an export recorded them (workbench.snapshot_*), or null. */
    private String sha;
    private String snapshotFormat;

    Noodle2Reader(StudyYamlImporter imp) {
        this.imp = imp;
        this.report = imp.report;
    }

    /** Whether a file is Noodle 2's flat study file (its loader's required keys at the top). */
    static boolean isFlat(Mapping top) {
        return !(top.get("study") instanceof Mapping)
                && (top.entries().containsKey("base_case_name") || top.entries().containsKey("snapshot_path"));
    }

    /** Whether a file is Noodle 2's sectioned study file (its required keys under {@code design}). */
    static boolean isSectioned(Mapping top) {
        return top.get("study") instanceof Mapping && top.get("design") instanceof Mapping d
                && (d.entries().containsKey("base_case_name") || d.entries().containsKey("snapshot_path"));
    }

    // ------------------------------------------------------------------ flat

    void flat(Section t, Study s) {
        s.setName(t.requiredString("name"));
        SafetyDomain domain = t.literal("safety_domain", SafetyDomain.class);
        required(t, "safety_domain");
        set(domain, s::setSafetyDomain);
        s.setBaseCaseName(t.requiredString("base_case_name"));
        // this product's export of a study without a pdk or a design leaves them out rather than invent them
        boolean exact = t.has("workbench");
        s.setPdk(exact ? t.string("pdk") : t.requiredString("pdk"));
        String snap = exact ? t.string("snapshot_path") : t.requiredString("snapshot_path");
        metadata(t, s);
        s.getEcoBlacklist().addAll(t.strings("eco_blacklist"));
        s.getEcoWhitelist().addAll(t.strings("eco_whitelist"));
        environment(t, s);
        Section mounts = t.section("custom_script_mounts");
        if (mounts != null) {
            for (String host : mounts.keys()) {
                s.getMetadata().put(KEPT + "custom_script_mounts." + host, mounts.text(host));
            }
            t.note("custom_script_mounts", "trials run without containers here, so nothing is mounted: the tools "
                    + "and scripts must be where the flow looks (kept in the study's metadata for export)");
        }
        keep(t, s, "notification_webhook_url", "no notifications are sent; the run's telemetry and event stream "
                + "are where a script can watch it (kept for export)");
        keep(t, s, "notification_events", "no notifications are sent (kept for export)");

        StudyRails studyRails = F.createStudyRails();
        s.setRails(studyRails);
        Stage defaults = StudyYamlImporter.blankStage();
        // a file this product exported says every stage's own values under workbench: the rails are not defaults
        Stage unused = StudyYamlImporter.blankStage();
        Section rails = t.section("rails");
        if (rails != null) {
            Section abort = rails.section("abort");
            if (abort != null) {
                set(abort.number("wns_ps"), (exact ? unused : defaults).getRails()::setWnsThresholdPs);
                Integer timeout = imp.positive(abort, "timeout_seconds");
                set(timeout, (exact ? unused : defaults).getRails()::setTrialTimeoutSeconds);
                set(timeout, studyRails::setTrialTimeoutSeconds); // gate 0 too
                abort.finish();
            }
            Section stage = rails.section("stage");
            if (stage != null) {
                set(fraction(stage, "failure_rate"), (exact ? unused : defaults).getRails()::setFailureRate);
                stage.finish();
            }
            Section study = rails.section("study");
            if (study != null) {
                set(study.integer("catastrophic_failures"), studyRails::setCatastrophicFailures);
                set(study.number("max_runtime_hours"), studyRails::setMaxRuntimeHours);
                study.finish();
            }
            rails.finish();
        }
        YamlNode stagesNode = t.node("stages");
        if (stagesNode == null) {
            report.error(t.line(), 1, "the study needs 'stages' (a list of stages, as Noodle 2's loader requires)");
        } else if (!(stagesNode instanceof Sequence)) {
            report.error(stagesNode, "stages must be a list of stages in Noodle 2's flat file");
        } else {
            t.sections("stages", st -> {
                Stage stage = org.eclipse.emf.ecore.util.EcoreUtil.copy(defaults);
                stage.setName(st.requiredString("name"));
                required(st, "execution_mode");
                required(st, "trial_budget");
                required(st, "survivor_count");
                stageKeys(st, stage);
                s.getStages().add(stage);
            });
        }
        workbench(t, s);
        if (snap != null) {
            imp.snapshot(s, snap, sha, snapshotFormat != null ? snapshotFormat : format(snap), t);
        }
        if (!exact) {
            sequential(s);
        }
        catalogue(t, s);
    }

    // ------------------------------------------------------------------ sectioned

    void sectioned(Section t, Study s) {
        exactStages = t.has("workbench");
        Section study = t.section("study");
        if (study != null) {
            s.setName(study.requiredString("name"));
            set(study.string("description"), s::setDescription);
            set(study.string("author"), s::setAuthor);
            s.getTags().addAll(study.strings("tags"));
            if (study.has("version")) {
                s.getMetadata().put("version", study.text("version"));
            }
            study.finish();
        }
        Section design = t.section("design");
        String snap = null;
        if (design != null) {
            s.setPdk(design.requiredString("pdk"));
            s.setBaseCaseName(design.requiredString("base_case_name"));
            snap = design.requiredString("snapshot_path");
            Boolean baseline = design.bool("establish_baseline");
            if (Boolean.FALSE.equals(baseline)) {
                design.note("establish_baseline", "gate 0 always runs the unmodified base case: it is the baseline "
                        + "every case is compared with, and the study is blocked without it");
            }
            Section initial = design.section("initial_metrics");
            if (initial != null) {
                for (String k : initial.keys()) {
                    s.getMetadata().put(KEPT + "design.initial_metrics." + k, initial.text(k));
                }
                design.note("initial_metrics", "gate 0 measures the base case's metrics on the real tools; these "
                        + "given values are kept in the study's metadata, not used");
            }
            design.finish();
        }
        Section safety = t.section("safety");
        Stage defaults = StudyYamlImporter.blankStage(); // with Noodle 2's demo defaults (reset below for an export)
        defaults.setTrialBudget(25);
        defaults.setSurvivorCount(8);
        defaults.getRails().setTrialTimeoutSeconds(1800);
        defaults.setVisualization(true);
        defaults.setExecutionMode(ExecutionMode.STA_CONGESTION);
        StudyRails studyRails = F.createStudyRails();
        s.setRails(studyRails);
        if (safety != null) {
            set(safety.literal("domain", SafetyDomain.class), s::setSafetyDomain);
            if (Boolean.FALSE.equals(safety.bool("check_legality"))) {
                safety.note("check_legality", "legality is always checked before any trial runs");
            }
            if (Boolean.FALSE.equals(safety.bool("block_on_illegal"))) {
                safety.note("block_on_illegal", "an illegal study never runs: it is refused before any compute");
            }
            safety.finish();
        }
        Section exec = t.section("execution");
        if (exec != null) {
            if (Boolean.TRUE.equals(exec.bool("use_ray"))) {
                s.setExecutor("ray");
            }
            if (exec.has("ray_dashboard")) {
                exec.bool("ray_dashboard");
                exec.note("ray_dashboard", "the run monitor and a case's properties show the Ray dashboard whenever "
                        + "a run is on Ray");
            }
            if (exec.has("ray_dashboard_port")) {
                exec.integer("ray_dashboard_port");
                keep(exec, s, "ray_dashboard_port", "the dashboard's port is the cluster's own (noodle ray up "
                        + "chooses a free one and prints it)");
            }
            set(imp.positive(exec, "max_concurrent_trials"), s::setMaxConcurrentTrials);
            Integer timeout = imp.positive(exec, "trial_timeout_seconds");
            set(timeout, studyRails::setTrialTimeoutSeconds);
            set(timeout, defaults.getRails()::setTrialTimeoutSeconds);
            exec.finish();
        }
        Section viability = t.section("viability");
        if (viability != null) {
            if (Boolean.FALSE.equals(viability.bool("abort_on_base_case_failure"))) {
                viability.note("abort_on_base_case_failure", "a base case that yields no timing always blocks the "
                        + "study at gate 0: nothing could be compared with it");
            }
            keep(viability, s, "min_improvement_threshold", "cases are ranked by the objective and kept by the "
                    + "survivor counts; no minimum improvement is applied (kept for export)");
            Double degradation = viability.number("max_wns_degradation_ps");
            if (degradation != null) {
                defaults.getRails().setWnsThresholdPs(-Math.abs(degradation)); // the per-trial WNS abort rail
            }
            Boolean stageFailure = viability.bool("abort_on_stage_failure");
            if (Boolean.TRUE.equals(stageFailure)) {
                defaults.getRails().setFailureRate(1.0);
            }
            Boolean rollback = viability.bool("enable_rollback");
            Double threshold = viability.number("rollback_threshold_ps");
            if (Boolean.TRUE.equals(rollback)) {
                defaults.getRanking().setRollbackThresholdPs(threshold != null ? Math.abs(threshold) : 0.0);
            } else if (threshold != null) {
                viability.note("rollback_threshold_ps", "enable_rollback is not true, so no case is rolled back");
            }
            keep(viability, s, "enable_recovery", "there are no recovery trials here; a failed trial's case fails "
                    + "with its typed failure and the stage's rails decide (kept for export)");
            keep(viability, s, "recovery_trials", "no recovery trials here (kept for export)");
            keep(viability, s, "recovery_strategy", "no recovery trials here (kept for export)");
            viability.finish();
        }
        Section prior = t.section("prior_learning");
        if (prior != null) {
            Boolean enabled = prior.bool("enabled");
            Integer from = prior.integer("filter_from_stage");
            if (!Boolean.FALSE.equals(enabled)) {
                set(from, defaults.getRanking()::setSuspiciousSkipAfterStage);
            } else if (from != null) {
                prior.note("filter_from_stage", "prior learning is disabled, so no ECO is filtered");
            }
            if (Boolean.FALSE.equals(enabled)) {
                s.getMetadata().put(KEPT + "prior_learning.enabled", "false");
            }
            set(fraction(prior, "exploration_rate"), defaults.getRanking()::setExplorationRate);
            Integer min = prior.integer("min_data_points");
            if (min != null && min != Ecos.MIN_APPLICATIONS) {
                keepValue(prior, s, "min_data_points", String.valueOf(min), "an ECO's prior is judged after "
                        + Ecos.MIN_APPLICATIONS + " applications here (kept for export)");
            }
            for (String k : List.of("trusted_threshold", "suspicious_threshold", "use_wns_weighted_selection",
                    "within_study_learning", "cross_study_learning", "cross_study_weight", "check_anti_patterns")) {
                keep(prior, s, k, "priors are learned from every application in the workspace and judged by their "
                        + "success rate; this setting has no effect here (kept for export)");
            }
            keep(prior, s, "cross_project_db", "priors come from this workspace; bring another project's with "
                    + "noodle priors import (kept for export)");
            prior.finish();
        }
        if (t.has("workbench")) { // this product's export: every stage's own values are in its overrides and workbench
            defaults = StudyYamlImporter.blankStage();
        }
        Section stages = t.section("stages");
        if (stages == null && t.has("stages")) {
            report.error(t.node("stages"), "stages must be a mapping (count, defaults, overrides, "
                    + "survivor_progression) in Noodle 2's sectioned file");
        }
        int count = stages == null ? 10 : stages(stages, s, defaults);
        if (stages == null) {
            makeStages(s, defaults, count);
        }
        Section ecos = t.section("ecos");
        if (ecos != null && t.node("workbench") instanceof Mapping w && w.get("ecos") != null) {
            ecos.keys().forEach(ecos::accept); // for Noodle 2; the catalogue itself is under workbench.ecos
        } else if (ecos != null) {
            groups(ecos, s);
            ecos.finish();
        }
        Section targets = t.section("targets");
        if (targets != null) {
            for (String k : targets.keys()) {
                keep(targets, s, k, "a target does not stop or steer a run here; the best case and the objective "
                        + "show how far the study got (kept for export)");
            }
            targets.finish();
        }
        Section output = t.section("output");
        if (output != null) {
            keep(output, s, "dir", "a run's outputs go to the study's runs/<run> folder");
            for (String k : List.of("visualizations", "heatmaps", "lineage_graph", "eco_leaderboard")) {
                if (output.has(k)) {
                    Boolean on = output.bool(k);
                    if (Boolean.FALSE.equals(on)) {
                        keepValue(output, s, k, "false", "every run writes its reports, lineage and heatmaps; "
                                + "they cost little next to the trials (kept for export)");
                    }
                }
            }
            if (Boolean.FALSE.equals(output.bool("keep_trial_artifacts"))) {
                keepValue(output, s, "keep_trial_artifacts", "false", "a trial's folder is kept: resume, replay "
                        + "and the heatmaps read it (kept for export)");
            }
            output.finish();
        }
        Section objective = t.section("objective");
        if (objective != null) {
            s.setObjective(objective(objective, s));
            objective.finish();
        }
        Section diagnosis = t.section("diagnosis");
        if (diagnosis != null) {
            for (String k : diagnosis.keys()) {
                keep(diagnosis, s, k, "no diagnosis pass runs here; each trial's timing report and heatmaps are in "
                        + "its folder (kept for export)");
            }
            diagnosis.finish();
        }
        workbench(t, s);
        if (snap != null) {
            imp.snapshot(s, snap, sha, snapshotFormat != null ? snapshotFormat : format(snap), design);
        }
        if (!exactStages) {
            sequential(s);
        }
        catalogue(t, s);
    }

    /** {@code stages: {count, defaults, overrides, survivor_progression}}; returns the count. */
    private int stages(Section st, Study s, Stage defaults) {
        Integer count = st.integer("count");
        int n = count == null ? 10 : count;
        if (n < 1 || n > io.noodle.model.validation.StudyLimits.MAX_STAGES) {
            report.error(st.node("count") != null ? st.node("count") : st.node("defaults"), "stages.count = " + n
                    + " must be between 1 and " + io.noodle.model.validation.StudyLimits.MAX_STAGES);
            return 0;
        }
        Section d = st.section("defaults");
        if (d != null) {
            stageKeys(d, defaults);
            d.finish();
        }
        makeStages(s, defaults, n);
        YamlNode overrides = st.node("overrides");
        if (overrides != null && !(overrides instanceof Scalar sc && sc.kind() == Scalar.Kind.NULL)) {
            if (!(overrides instanceof Sequence)) {
                report.error(overrides, "stages.overrides must be a list of mappings, each with 'stages:' and the "
                        + "keys it overrides");
            } else {
                st.sections("overrides", o -> {
                    for (int i : selector(o, n)) {
                        stageKeys(o, s.getStages().get(i));
                    }
                });
            }
        }
        Section p = st.section("survivor_progression");
        if (p != null) {
            progression(p, s.getStages());
            p.finish();
        }
        return n;
    }

    private void makeStages(Study s, Stage defaults, int n) {
        Set<EcoClass> allowed = Ecos.allowedBy(s.getSafetyDomain());
        for (int i = 0; i < n; i++) {
            Stage stage = org.eclipse.emf.ecore.util.EcoreUtil.copy(defaults);
            stage.setName("stage_" + i);
            if (stage.getAllowedClasses().isEmpty() && !exactStages) { // Noodle 2's defaults, within the domain
                Set<EcoClass> classes = i < 2 ? EnumSet.of(EcoClass.TOPOLOGY_NEUTRAL, EcoClass.PLACEMENT_LOCAL)
                        : EnumSet.allOf(EcoClass.class);
                classes.retainAll(allowed);
                stage.getAllowedClasses().addAll(classes);
            }
            s.getStages().add(stage);
        }
    }

    /** An override's {@code stages:}: a list of indices, one index, or "N" / "N+" (N and every later stage). */
    private List<Integer> selector(Section o, int n) {
        YamlNode node = o.node("stages");
        List<Integer> out = new ArrayList<>();
        if (node == null) {
            report.error(o.line(), 1, "an override needs 'stages:' (indices [0, 1], an index 2, or \"2+\")");
            return out;
        }
        List<YamlNode> items = node instanceof Sequence q ? q.items() : List.of(node);
        for (YamlNode item : items) {
            String text = item instanceof Scalar sc ? sc.text().strip() : "";
            boolean from = text.endsWith("+");
            String digits = from ? text.substring(0, text.length() - 1).strip() : text;
            int i;
            try {
                i = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                report.error(item, "stages: '" + Section.flow(item) + "' is not a stage index (0.." + (n - 1)
                        + ", or \"N+\" for N and every later stage)");
                continue;
            }
            if (i < 0 || i >= n) {
                report.error(item, "stages: " + i + " is not a stage of this study (0.." + (n - 1) + ")");
                continue;
            }
            for (int k = i; k <= (from ? n - 1 : i); k++) {
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** {@code survivor_progression: {type: fixed|funnel|custom, start, end, survivors}}. */
    private void progression(Section p, List<Stage> stages) {
        String type = p.string("type");
        Integer start = p.integer("start");
        Integer end = p.integer("end");
        List<String> custom = p.strings("survivors");
        int n = stages.size();
        switch (type == null ? "fixed" : type.strip().toLowerCase(Locale.ROOT)) {
        case "fixed" -> {
            if (start != null) {
                stages.forEach(st -> st.setSurvivorCount(start));
            }
        }
        case "funnel" -> {
            if (start == null || end == null) {
                report.error(p.line(), 1, "survivor_progression: a funnel needs 'start' and 'end'");
                return;
            }
            for (int i = 0; i < n; i++) { // linear from start to end, truncated, never below end
                double v = n == 1 ? start : start - (double) (start - end) * i / (n - 1);
                stages.get(i).setSurvivorCount(Math.max(end, (int) v));
            }
        }
        case "custom" -> {
            if (custom.isEmpty()) {
                report.error(p.line(), 1, "survivor_progression: custom needs 'survivors', one count per stage");
                return;
            }
            for (int i = 0; i < n; i++) { // padded with its last value
                String v = custom.get(Math.min(i, custom.size() - 1)).strip();
                try {
                    stages.get(i).setSurvivorCount(Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    report.error(p.node("survivors"), "survivor_progression.survivors: '" + v + "' is not a count");
                    return;
                }
            }
        }
        default -> report.error(p.node("type"), "survivor_progression.type = '" + type + "' is not one of fixed, "
                + "funnel, custom");
        }
    }

    /** {@code ecos: {<group>: {<eco>: {enabled, priority, parameters: {<p>: [variants]}}}}}. */
    private void groups(Section ecos, Study s) {
        List<Map.Entry<Integer, EcoDefinition>> defined = new ArrayList<>();
        for (String group : ecos.keys()) {
            Section g = ecos.section(group);
            if (g == null) {
                continue;
            }
            for (String name : g.keys()) {
                YamlNode at = g.node(name);
                Section e = at instanceof Scalar sc && sc.kind() == Scalar.Kind.NULL ? null : g.section(name);
                Noodle2Ecos.Entry entry = Noodle2Ecos.find(name);
                if (entry == null) {
                    report.error(at, "ecos." + group + ": '" + name + "' is not an ECO of Noodle 2's catalogue ("
                            + String.join(", ", Noodle2Ecos.all().stream().map(Noodle2Ecos.Entry::name).toList())
                            + "); define ECOs of your own under workbench.ecos");
                    continue;
                }
                boolean enabled = true;
                int priority = 0;
                EcoDefinition d = Noodle2Ecos.definition(entry);
                d.getTags().add("group:" + group);
                if (e != null) {
                    enabled = !Boolean.FALSE.equals(e.bool("enabled"));
                    Integer pr = e.integer("priority");
                    if (pr != null) {
                        priority = pr;
                        d.getTags().add("priority:" + pr);
                    }
                    Section params = e.section("parameters");
                    if (params != null) {
                        for (String pn : params.keys()) {
                            variants(params, pn, d, entry);
                        }
                        params.finish();
                    }
                    e.finish();
                }
                if (!enabled) {
                    g.note(name, "enabled: false, so the study does not use it");
                    continue;
                }
                if (s.getEcos().stream().anyMatch(x -> x.getName().equals(name))
                        || defined.stream().anyMatch(x -> x.getValue().getName().equals(name))) {
                    report.error(at, "ECO '" + name + "' is in more than one group");
                    continue;
                }
                defined.add(Map.entry(priority, d));
            }
            g.finish();
        }
        // higher priority first (the order the planner takes them in); equal priorities keep the file's order
        defined.sort(Comparator.comparing((Map.Entry<Integer, EcoDefinition> x) -> -x.getKey()));
        defined.forEach(x -> s.getEcos().add(x.getValue()));
        ownCatalogue |= !defined.isEmpty() || !ecos.keys().isEmpty();
    }

    /** A parameter's values: a list is the variants to try (a choice, the first the default); one value is fixed. */
    private void variants(Section params, String name, EcoDefinition d, Noodle2Ecos.Entry entry) {
        EcoParameter p = d.getParameters().stream().filter(x -> x.getName().equals(name)).findFirst().orElse(null);
        if (p == null) {
            params.note(name, "not a parameter of Noodle 2's " + entry.name() + " (" + String.join(", ",
                    entry.parameters()) + "); passed to the flow as given");
            p = F.createEcoParameter();
            p.setName(name);
            p.setType(ParameterType.STRING);
            d.getParameters().add(p);
        }
        YamlNode v = params.node(name);
        if (v instanceof Sequence q) {
            List<String> values = q.items().stream().map(Section::flow).toList();
            if (values.isEmpty()) {
                report.error(v, "parameters." + name + ": an empty list of variants");
                return;
            }
            p.setType(ParameterType.CHOICE);
            p.getChoices().clear();
            for (String x : values) {
                if (!p.getChoices().contains(x)) {
                    p.getChoices().add(x);
                }
            }
            p.setDefaultValue(values.get(0));
        } else if (v instanceof Scalar sc && sc.kind() != Scalar.Kind.NULL) {
            p.setDefaultValue(sc.text());
        } else if (v instanceof Mapping) {
            report.error(v, "parameters." + name + " must be a value or a list of variants");
        }
    }

    private Objective objective(Section o, Study s) {
        Objective obj = F.createObjective();
        set(o.literal("mode", ObjectiveMode.class), obj::setMode);
        for (String key : List.of("primary", "secondary")) {
            String m = o.string(key);
            if (m != null) {
                String ours = metric(m);
                if (ours == null) {
                    o.note(key, "'" + m + "' is reported but not ranked here; cases are ranked by wns_ps and "
                            + "hot_ratio (congestion)");
                } else if (!obj.getMetricOrder().contains(ours)) {
                    obj.getMetricOrder().add(ours);
                }
            }
        }
        Section w = o.section("weights");
        if (w != null) {
            double timing = 0;
            double congestion = 0;
            boolean any = false;
            for (String k : w.keys()) {
                Double v = w.number(k);
                if (v == null) {
                    continue;
                }
                String ours = metric(k);
                if ("wns".equals(ours)) {
                    timing += v;
                    any = true;
                } else if ("congestion".equals(ours)) {
                    congestion += v;
                    any = true;
                } else if (k.equals("tns_ps")) {
                    timing += v;
                    any = true;
                    w.note(k, "weighted here as timing, with wns_ps");
                } else {
                    w.note(k, "not a metric cases are weighted by here (wns_ps, tns_ps, hot_ratio)");
                }
            }
            if (any) {
                obj.setTimingWeight(timing);
                obj.setCongestionWeight(congestion);
            }
            w.finish();
        }
        return obj;
    }

    /** Noodle 2's metric name as ranked here, or null. */
    static String metric(String n2) {
        return switch (n2.strip()) {
        case "wns_ps", "wns" -> "wns";
        case "hot_ratio", "congestion" -> "congestion";
        default -> null;
        };
    }

    // ------------------------------------------------------------------ shared

    /** The keys a stage has in Noodle 2's files (a flat stage, the defaults, an override). */
    private void stageKeys(Section st, Stage stage) {
        set(st.literal("execution_mode", ExecutionMode.class), stage::setExecutionMode);
        set(st.integer("trial_budget"), stage::setTrialBudget);
        set(st.integer("survivor_count"), stage::setSurvivorCount);
        if (st.has("allowed_eco_classes")) {
            stage.getAllowedClasses().clear();
            stage.getAllowedClasses().addAll(st.literals("allowed_eco_classes", EcoClass.class));
        }
        StageRails rails = stage.getRails();
        YamlNode wns = st.node("abort_threshold_wns_ps");
        if (wns instanceof Scalar sc && sc.kind() == Scalar.Kind.NULL) {
            rails.setWnsThresholdPs(null); // null: no threshold
        } else if (wns != null) {
            set(st.number("abort_threshold_wns_ps"), rails::setWnsThresholdPs);
        }
        set(st.bool("visualization_enabled"), stage::setVisualization);
        set(imp.positive(st, "timeout_seconds"), rails::setTrialTimeoutSeconds);
        RankingPolicy rp = stage.getRanking();
        String selection = st.string("survivor_selection");
        String metric = st.string("ranking_metric");
        if (selection != null) {
            RankingPolicyKind kind = RankingPolicyKind.get(selection.strip().toLowerCase(Locale.ROOT));
            if (kind == null) {
                report.error(st.node("survivor_selection"), st.where("survivor_selection") + " = '" + selection
                        + "' is not one of " + String.join(", ", RankingPolicyKind.VALUES.stream()
                                .map(RankingPolicyKind::getLiteral).toList()));
            } else {
                rp.setKind(kind);
            }
        }
        if (metric != null) {
            String ours = metric(metric);
            RankingPolicyKind k = rp.getKind();
            boolean byWns = k == RankingPolicyKind.PURE_TOP_N || k == RankingPolicyKind.WNS_DELTA;
            if ("congestion".equals(ours) && (selection == null || byWns)) {
                rp.setKind(RankingPolicyKind.CONGESTION_DELTA); // the metric asks for congestion
                if (selection != null) {
                    st.note("ranking_metric", "survivors are ranked by congestion (congestion_delta), as the metric "
                            + "asks, not by " + selection + "'s WNS");
                }
            } else if ("wns".equals(ours) && selection == null) {
                rp.setKind(RankingPolicyKind.PURE_TOP_N);
            } else if (ours == null || "wns".equals(ours) && k == RankingPolicyKind.CONGESTION_DELTA
                    || "congestion".equals(ours) && k != RankingPolicyKind.CONGESTION_DELTA) {
                st.note("ranking_metric", "'" + metric + "': survivors are ranked by " + k.getLiteral()
                        + " (" + (k == RankingPolicyKind.CONGESTION_DELTA ? "congestion" : "WNS and the objective")
                        + "), as survivor_selection says");
            }
        }
        if (st.has("name") && st.string("name") != null) {
            stage.setName(st.string("name"));
        }
    }

    /** {@code metadata:} of the flat file: description, tags and author are the study's own; the rest is kept. */
    private void metadata(Section t, Study s) {
        Section m = t.section("metadata");
        if (m == null) {
            return;
        }
        for (String k : m.keys()) {
            switch (k) {
            case "description" -> set(m.string(k), s::setDescription);
            case "author" -> set(m.string(k), s::setAuthor);
            case "tags" -> s.getTags().addAll(m.strings(k));
            default -> s.getMetadata().put(k, m.text(k));
            }
        }
        m.finish();
    }

    /** The variables under {@code environment:} of {@code t}, each checked as a variable name. */
    void environment(Section t, Study s) {
        Section env = t.section("environment");
        if (env == null) {
            return;
        }
        for (String k : env.keys()) {
            YamlNode v = env.node(k);
            if (!k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                report.error(v, "environment: '" + io.noodle.core.io.Problems.escape(k, 80) + "' is not a variable "
                        + "name (letters, digits and _, not starting with a digit)");
            } else if (!(v instanceof Scalar)) {
                report.error(v, "environment." + k + " must be a single value");
            } else {
                s.getEnvironment().put(k, Section.flow(v));
            }
        }
        env.finish();
    }

    /** A setting with no effect here: kept in the metadata (for export) with a located warning saying why. */
    private void keep(Section sec, Study s, String key, String why) {
        if (sec.has(key)) {
            keepValue(sec, s, key, sec.text(key), why);
        }
    }

    private void keepValue(Section sec, Study s, String key, String value, String why) {
        s.getMetadata().put(KEPT + sec.where(key), value);
        sec.note(key, why);
    }

    private void required(Section sec, String key) {
        if (!sec.has(key)) {
            report.error(sec.line(), 1, "'" + sec.where(key) + "' is missing: Noodle 2's loader requires it");
        }
    }

    private Double fraction(Section sec, String key) {
        Double v = sec.number(key);
        if (v != null && (v < 0 || v > 1)) {
            report.error(sec.node(key), sec.where(key) + " = " + v + " must be between 0 and 1");
            return null;
        }
        return v;
    }

    /** What the snapshot is: an OpenROAD database, a Verilog file, or a design folder. */
    static String format(String path) {
        String p = path.strip().toLowerCase(Locale.ROOT);
        return p.endsWith(".odb") ? "odb" : p.endsWith(".v") || p.endsWith(".sv") ? "verilog" : null;
    }

    /** Noodle 2 runs its stages one after another: each depends on the one before, unless workbench says. */
    private void sequential(Study s) {
        for (int i = 1; i < s.getStages().size(); i++) {
            Stage st = s.getStages().get(i);
            if (!imp.dependsOn.containsKey(st)) {
                StageDependency d = F.createStageDependency();
                d.setFrom(s.getStages().get(i - 1));
                d.setTo(st);
                s.getDependencies().add(d);
            }
        }
    }

    /**
     * Without ECO groups or a catalogue of the workbench's own, the study takes Noodle 2's built-in catalogue:
     * every ECO of it the lists allow (Noodle 2's files name ECOs without defining them).
     */
    private void catalogue(Section t, Study s) {
        Set<String> known = new java.util.HashSet<>();
        s.getEcos().forEach(e -> known.add(e.getName()));
        Noodle2Ecos.all().forEach(e -> known.add(e.name()));
        for (String list : List.of("eco_whitelist", "eco_blacklist")) {
            List<String> names = list.equals("eco_whitelist") ? s.getEcoWhitelist() : s.getEcoBlacklist();
            for (String n : names) {
                if (!known.contains(n)) {
                    report.error(t.node(list) != null ? t.node(list) : t.node("safety"), list + " names '" + n
                            + "', which is neither an ECO of Noodle 2's catalogue nor one the study defines");
                }
            }
        }
        if (ownCatalogue || !s.getEcos().isEmpty()) {
            return;
        }
        for (Noodle2Ecos.Entry e : Noodle2Ecos.all()) { // a blacklisted one is defined too: the list names it
            if (s.getEcoWhitelist().isEmpty() || s.getEcoWhitelist().contains(e.name())
                    || s.getEcoBlacklist().contains(e.name())) {
                s.getEcos().add(Noodle2Ecos.definition(e));
            }
        }
    }

    /** {@code workbench:}: what this product adds, under a key Noodle 2 ignores (its own flat sections). */
    private void workbench(Section t, Study s) {
        Section w = t.section("workbench");
        if (w == null) {
            return;
        }
        set(w.executor("executor"), s::setExecutor);
        List<String> names = w.strings("stage_names");
        for (int i = 0; i < Math.min(names.size(), s.getStages().size()); i++) {
            s.getStages().get(i).setName(names.get(i));
        }
        if (w.has("eco_whitelist")) {
            s.getEcoWhitelist().clear();
            s.getEcoWhitelist().addAll(w.strings("eco_whitelist"));
        }
        if (w.has("eco_blacklist")) {
            s.getEcoBlacklist().clear();
            s.getEcoBlacklist().addAll(w.strings("eco_blacklist"));
        }
        environment(w, s);
        Section rails = w.section("study_rails");
        if (rails != null) {
            StudyRails r = s.getRails() != null ? s.getRails() : F.createStudyRails();
            s.setRails(r);
            set(rails.integer("catastrophic_failures"), r::setCatastrophicFailures);
            set(rails.number("max_runtime_hours"), r::setMaxRuntimeHours);
            rails.finish();
        }
        Section meta = w.section("metadata");
        if (meta != null) {
            for (String k : meta.keys()) {
                s.getMetadata().put(k, meta.text(k));
            }
            meta.finish();
        }
        set(imp.positive(w, "max_concurrent_trials"), s::setMaxConcurrentTrials);
        sha = w.string("snapshot_sha256");
        snapshotFormat = w.string("snapshot_format");
        w.sections("ecos", e -> s.getEcos().add(imp.eco(e)));
        if (w.has("ecos")) {
            ownCatalogue = true;
        }
        Section stages = w.section("stages");
        if (stages != null) {
            for (String name : stages.keys()) {
                Section st = stages.section(name);
                Stage stage = s.getStages().stream().filter(x -> name.equals(x.getName())).findFirst().orElse(null);
                if (st == null) {
                    continue;
                }
                if (stage == null) {
                    report.error(stages.node(name), "workbench.stages: no stage named '" + name + "'");
                } else {
                    imp.stageFields(st, stage);
                }
                st.finish();
            }
            stages.finish();
        }
        Section obj = w.section("objective");
        if (obj != null) {
            s.setObjective(imp.objective(obj));
            obj.finish();
        }
        w.sections("priors", p -> s.getPriors().add(imp.prior(p)));
        w.finish();
    }
}
