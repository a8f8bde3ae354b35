package io.noodle.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import io.noodle.model.Case;
import io.noodle.model.DesignSnapshot;
import io.noodle.model.EcoApplication;
import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.Metric;
import io.noodle.model.Objective;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.ParameterValue;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;
import io.noodle.model.StudyRails;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.derived.Ecos;
import io.noodle.model.derived.StageGraph;
import io.noodle.model.persistence.Snapshots;

/**
 * The rules of a legal study (docs/RULES.md, "Studies, stages and cases" and "ECOs, classes and safety domains"), as
 * an EMF {@code EValidator}, so the editor and the engine run the same checks through {@code Diagnostician}. Every
 * diagnostic names the object and feature, says what is wrong and how to fix it; its data is
 * {@code [object, feature]}.
 */
public class StudyValidator extends EObjectValidator {

    public static final String SOURCE = "io.noodle.model";

    /** Diagnostic codes, one per rule. */
    public enum Rule {
        STAGE_CYCLE, UNRESOLVED_REFERENCE, SURVIVORS_EXCEED_BUDGET, BUDGET_NOT_POSITIVE, ECO_IN_BOTH_LISTS,
        CLASS_NOT_ALLOWED_BY_DOMAIN, ECO_CLASS_NOT_ALLOWED_BY_STAGE, ECO_NOT_ALLOWED_BY_LISTS, UNKNOWN_ECO,
        PARAMETER_OUT_OF_RANGE, PARAMETER_BAD_VALUE, UNKNOWN_PARAMETER, SNAPSHOT_MISSING, SNAPSHOT_CHANGED,
        SNAPSHOT_UNHASHED, DUPLICATE_NAME, UNSAFE_NAME, SANDBOX_GLOBAL_DISRUPTIVE, COMPOUND_CYCLE, BAD_CASE_NAME,
        TOO_LARGE, OBJECTIVE_WEIGHTS, OBJECTIVE_METRIC, RAIL_VALUE, BAD_EXECUTOR, BAD_ENVIRONMENT
    }

    /** The metrics a lexicographic objective can compare cases by, best first (what the ranking knows). */
    public static final List<String> RANKED_METRICS = List.of("wns", "congestion");

    /** The shared instance, registered for the Noodle package by {@link StudyValidation}. */
    public static final StudyValidator INSTANCE = new StudyValidator();

    /** Key of the context entry that holds, per catalogue owner, the ECOs in part cycles. */
    private static final String PART_CYCLES = "io.noodle.model.validation.partCycles";

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain d, Map<Object, Object> context) {
        // leaves of the case tree (100,000s of them in a large study): only their required name can be wrong,
        // so they skip the generic reflective checks
        if (o instanceof Metric m) {
            return required(m, Literals.METRIC__NAME, m.getName(), d);
        }
        if (o instanceof ParameterValue v) {
            return required(v, Literals.PARAMETER_VALUE__NAME, v.getName(), d);
        }
        if (o instanceof EcoApplication a) {
            return required(a, Literals.ECO_APPLICATION__ECO_NAME, a.getEcoName(), d) && validateApplication(a, d);
        }
        boolean ok = super.validate(eClass, o, d, context); // multiplicities, proxies, data values
        ok &= switch (o) {
        case Study s -> validateStudy(s, d);
        case Stage s -> validateStage(s, d);
        case StageDependency dep -> validateDependency(dep, d);
        case EcoDefinition e -> validateEco(e, d, context);
        case EcoParameter p -> validateParameter(p, d);
        case Case c -> validateCase(c, d);
        case Objective ob -> validateObjective(ob, d);
        case StudyRails r -> validateRails(r, d);
        default -> true;
        };
        return ok;
    }

    /**
     * The data values of stored attributes only: a derived attribute (an ECO's effective class) is computed
     * from others already checked, and computing it for every object makes validation quadratic on long
     * compound chains.
     */
    @Override
    public boolean validate_EveryDataValueConforms(EObject o, DiagnosticChain d, Map<Object, Object> context) {
        boolean ok = true;
        for (org.eclipse.emf.ecore.EAttribute a : o.eClass().getEAllAttributes()) {
            if (!a.isDerived()) {
                ok &= validate_DataValueConforms(o, a, d, context);
                if (!ok && d == null) {
                    return false;
                }
            }
        }
        return ok;
    }

    // ------------------------------------------------------------------ study

    private boolean validateStudy(Study s, DiagnosticChain d) {
        boolean ok = checkName(s, Literals.STUDY__NAME, s.getName(), d);
        ok &= checkName(s, Literals.STUDY__BASE_CASE_NAME, s.getBaseCaseName(), d);
        ok &= unique(s.getStages(), Stage::getName, "stage", Literals.STAGE__NAME, d);
        ok &= unique(s.getEcos(), EcoDefinition::getName, "ECO", Literals.ECO_DEFINITION__NAME, d);
        ok &= unique(s.getCases(), Case::getName, "case", Literals.CASE__NAME, d);
        for (var e : s.getEnvironment()) {
            if (e.getKey() == null || !e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")
                    || e.getValue() != null && e.getValue().indexOf('\0') >= 0) {
                ok = error(d, Rule.BAD_ENVIRONMENT, s, Literals.STUDY__ENVIRONMENT, "Study '" + s.getName()
                        + "' (environment): '" + io.noodle.core.io.Problems.escape(String.valueOf(e.getKey()), 80)
                        + "' is not a variable a trial can get. Fix: a name of letters, digits and _ (not starting "
                        + "with a digit) and a value without NUL characters");
            }
        }
        if (s.getExecutor() != null && !s.getExecutor().isBlank()) {
            try {
                io.noodle.model.derived.ExecutorChoice.parse(s.getExecutor());
            } catch (IllegalArgumentException e) {
                ok = error(d, Rule.BAD_EXECUTOR, s, Literals.STUDY__EXECUTOR, "Study '" + s.getName() + "' (executor): "
                        + e.getMessage());
            }
        }

        Set<String> both = new LinkedHashSet<>(s.getEcoWhitelist());
        both.retainAll(s.getEcoBlacklist());
        for (String eco : both) {
            ok = error(d, Rule.ECO_IN_BOTH_LISTS, s, Literals.STUDY__ECO_BLACKLIST, "Study '" + s.getName()
                    + "': ECO '" + eco + "' is both whitelisted and blacklisted. Fix: remove it from one of the lists.");
        }
        for (var list : List.of(Literals.STUDY__ECO_WHITELIST, Literals.STUDY__ECO_BLACKLIST)) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) s.eGet(list);
            for (String eco : names) {
                if (Ecos.find(s, eco) == null) {
                    ok = error(d, Rule.UNKNOWN_ECO, s, list, "Study '" + s.getName() + "' (" + list.getName()
                            + "): unknown ECO '" + eco + "'. Fix: define it in the ECO catalogue or remove it "
                            + knownEcos(s) + ".");
                }
            }
        }
        var cycle = StageGraph.findCycle(s);
        if (cycle.isPresent()) {
            String path = cycle.get().stream().map(Stage::getName).collect(Collectors.joining(" -> "));
            ok = error(d, Rule.STAGE_CYCLE, s, Literals.STUDY__DEPENDENCIES, "Study '" + s.getName()
                    + "': the stage graph has a cycle " + path + ". Fix: remove one of these dependencies.");
        }
        if (s.getStages().size() > StudyLimits.MAX_STAGES) {
            ok = error(d, Rule.TOO_LARGE, s, Literals.STUDY__STAGES, "Study '" + s.getName() + "': " + s.getStages().size()
                    + " stages, more than the " + StudyLimits.MAX_STAGES + " a study may have. Fix: split the study.");
        }
        if (s.getDependencies().size() > StudyLimits.MAX_DEPENDENCIES) {
            ok = error(d, Rule.TOO_LARGE, s, Literals.STUDY__DEPENDENCIES, "Study '" + s.getName() + "': "
                    + s.getDependencies().size() + " stage dependencies, more than the " + StudyLimits.MAX_DEPENDENCIES
                    + " a study may have. Fix: split the study.");
        }
        if (s.getEcos().size() > StudyLimits.MAX_ECOS) {
            ok = error(d, Rule.TOO_LARGE, s, Literals.STUDY__ECOS, "Study '" + s.getName() + "': " + s.getEcos().size()
                    + " ECOs in the catalogue, more than the " + StudyLimits.MAX_ECOS + " a study may have. Fix: keep "
                    + "the ECOs the stages use.");
        }
        long trials = s.getStages().stream().mapToLong(Stage::getTrialBudget).filter(b -> b > 0).sum();
        if (trials > StudyLimits.MAX_TOTAL_TRIALS) {
            ok = error(d, Rule.TOO_LARGE, s, Literals.STUDY__STAGES, "Study '" + s.getName() + "': the stages' budgets add "
                    + "up to " + trials + " trials, more than the " + StudyLimits.MAX_TOTAL_TRIALS
                    + " a study may run. Fix: lower the trial budgets or split the study.");
        }
        // a compound ECO's effective class is the largest of the ECOs it reaches, all in this catalogue: one
        // global_disruptive ECO of the catalogue is enough (and linear, where effective classes per ECO are not)
        if (s.getSafetyDomain() == SafetyDomain.SANDBOX && s.getEcos().stream()
                .anyMatch(e -> e.getEcoClass() == EcoClass.GLOBAL_DISRUPTIVE)) {
            warning(d, Rule.SANDBOX_GLOBAL_DISRUPTIVE, s, Literals.STUDY__SAFETY_DOMAIN, "Study '" + s.getName()
                    + "': the sandbox domain lets global_disruptive ECOs run; their results may not carry over.");
        }
        if (s.getSnapshot() != null) {
            ok &= validateSnapshot(s, s.getSnapshot(), d);
        }
        return ok;
    }

    /** An objective that can tell cases apart: weights not all zero, a metric order of metrics the ranking knows. */
    private boolean validateObjective(Objective o, DiagnosticChain d) {
        if (o.getMode() == ObjectiveMode.WEIGHTED_SUM && o.getTimingWeight() <= 0 && o.getCongestionWeight() <= 0) {
            warning(d, Rule.OBJECTIVE_WEIGHTS, o, Literals.OBJECTIVE__TIMING_WEIGHT, "The objective weighs timing and "
                    + "congestion 0: the study's weighted sum tells no case from another. Fix: give timing or congestion "
                    + "a weight above 0.");
        }
        if (o.getMode() == ObjectiveMode.LEXICOGRAPHIC) {
            for (String m : o.getMetricOrder()) {
                if (!RANKED_METRICS.contains(m)) {
                    warning(d, Rule.OBJECTIVE_METRIC, o, Literals.OBJECTIVE__METRIC_ORDER, "The objective's metric order "
                            + "names '" + m + "', which cases are not ranked by: it compares like WNS. Fix: use "
                            + String.join(" or ", RANKED_METRICS) + ".");
                }
            }
        }
        return true;
    }

    /** Study rails within their ranges (a YAML file can say anything). */
    private boolean validateRails(StudyRails r, DiagnosticChain d) {
        boolean ok = true;
        if (r.getTrialTimeoutSeconds() < 1) {
            ok = error(d, Rule.RAIL_VALUE, r, Literals.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS, "The study's trial timeout is "
                    + r.getTrialTimeoutSeconds() + " s: every trial would be killed at once. Fix: 1 s or more (the default "
                    + "is 14400 s).");
        }
        if (r.getMaxRuntimeHours() < 0) {
            ok = error(d, Rule.RAIL_VALUE, r, Literals.STUDY_RAILS__MAX_RUNTIME_HOURS, "The study's run time limit is "
                    + r.getMaxRuntimeHours() + " h. Fix: 0 (no limit) or more.");
        }
        if (r.getCatastrophicFailures() < 0) {
            ok = error(d, Rule.RAIL_VALUE, r, Literals.STUDY_RAILS__CATASTROPHIC_FAILURES, "The study stops after "
                    + r.getCatastrophicFailures() + " catastrophic failures. Fix: 0 or more.");
        }
        return ok;
    }

    private boolean validateSnapshot(Study s, DesignSnapshot snap, DiagnosticChain d) {
        if (snap.getPath() == null || snap.getPath().isBlank()) {
            return true; // lower bound of 'path' is reported by the structural checks
        }
        Path p = Snapshots.resolve(snap);
        if (!Files.exists(p)) {
            return error(d, Rule.SNAPSHOT_MISSING, snap, Literals.DESIGN_SNAPSHOT__PATH, "Study '" + s.getName()
                    + "': design snapshot " + p + " does not exist. Fix: restore it or correct the path.");
        }
        if (snap.getSha256() == null || snap.getSha256().isBlank()) {
            warning(d, Rule.SNAPSHOT_UNHASHED, snap, Literals.DESIGN_SNAPSHOT__SHA256, "Study '" + s.getName()
                    + "': design snapshot " + p + " has no SHA-256 recorded, so changes to it go unnoticed. "
                    + "Fix: record its hash (import and the designer do this).");
            return true;
        }
        try {
            String now = Snapshots.sha256(p);
            if (!now.equalsIgnoreCase(snap.getSha256())) {
                return error(d, Rule.SNAPSHOT_CHANGED, snap, Literals.DESIGN_SNAPSHOT__SHA256, "Study '" + s.getName()
                        + "': design snapshot " + p + " changed since the study was made (SHA-256 " + now
                        + ", recorded " + snap.getSha256() + "). Fix: restore the snapshot, or record the new hash "
                        + "if the change is intended.");
            }
        } catch (IOException e) {
            return error(d, Rule.SNAPSHOT_MISSING, snap, Literals.DESIGN_SNAPSHOT__PATH, "Study '" + s.getName()
                    + "': design snapshot " + p + " cannot be read (" + e.getMessage() + ")."
                    + (e.getMessage() != null && e.getMessage().contains("Fix:") ? "" : " Fix its permissions."));
        }
        return true;
    }

    // ------------------------------------------------------------------ stages

    private boolean validateStage(Stage st, DiagnosticChain d) {
        boolean ok = checkName(st, Literals.STAGE__NAME, st.getName(), d);
        String who = "Stage '" + st.getName() + "'";
        if (st.getTrialBudget() < 1) {
            ok = error(d, Rule.BUDGET_NOT_POSITIVE, st, Literals.STAGE__TRIAL_BUDGET, who + " (trialBudget): a budget of "
                    + st.getTrialBudget() + " trials runs nothing. Fix: set it to 1 or more.");
        }
        if (st.getTrialBudget() > StudyLimits.MAX_TRIAL_BUDGET) {
            ok = error(d, Rule.TOO_LARGE, st, Literals.STAGE__TRIAL_BUDGET, who + " (trialBudget): " + st.getTrialBudget()
                    + " trials, more than the " + StudyLimits.MAX_TRIAL_BUDGET + " a stage may run. Fix: lower it, or "
                    + "spread the trials over several stages.");
        }
        if (st.getSurvivorCount() > st.getTrialBudget()) {
            ok = error(d, Rule.SURVIVORS_EXCEED_BUDGET, st, Literals.STAGE__SURVIVOR_COUNT, who + " (survivorCount): "
                    + st.getSurvivorCount() + " survivors exceed the trial budget of " + st.getTrialBudget()
                    + ". Fix: lower survivorCount to at most " + st.getTrialBudget() + " or raise trialBudget.");
        }
        Study study = st.getStudy();
        if (study == null) {
            return ok;
        }
        Set<EcoClass> domain = Ecos.allowedBy(study.getSafetyDomain());
        for (EcoClass c : st.getAllowedClasses()) {
            if (!domain.contains(c)) {
                ok = error(d, Rule.CLASS_NOT_ALLOWED_BY_DOMAIN, st, Literals.STAGE__ALLOWED_CLASSES, who
                        + " (allowedClasses): class " + c + " is not allowed in the " + study.getSafetyDomain()
                        + " safety domain (it allows " + domain + "). Fix: remove " + c
                        + " from the stage, or use a domain that allows it.");
            }
        }
        for (String name : st.getEcoNames()) {
            EcoDefinition eco = Ecos.find(study, name);
            if (eco == null) {
                ok = error(d, Rule.UNKNOWN_ECO, st, Literals.STAGE__ECO_NAMES, who + " (ecoNames): unknown ECO '" + name
                        + "'. Fix: define it in the ECO catalogue or remove it " + knownEcos(study) + ".");
                continue;
            }
            EcoClass c = eco.getEffectiveClass();
            if (!domain.contains(c)) {
                ok = error(d, Rule.CLASS_NOT_ALLOWED_BY_DOMAIN, st, Literals.STAGE__ECO_NAMES, who + " (ecoNames): ECO '"
                        + name + "' is " + c + ", which the " + study.getSafetyDomain()
                        + " safety domain does not allow. Fix: remove it from the stage or change the domain.");
            } else if (!st.getAllowedClasses().isEmpty() && !st.getAllowedClasses().contains(c)) {
                ok = error(d, Rule.ECO_CLASS_NOT_ALLOWED_BY_STAGE, st, Literals.STAGE__ECO_NAMES, who + " (ecoNames): ECO '"
                        + name + "' is " + c + ", which the stage does not allow (allowedClasses "
                        + st.getAllowedClasses() + "). Fix: add " + c + " to allowedClasses or remove the ECO.");
            }
            if (!study.getEcoWhitelist().isEmpty() && !study.getEcoWhitelist().contains(name)
                    || study.getEcoBlacklist().contains(name)) {
                ok = error(d, Rule.ECO_NOT_ALLOWED_BY_LISTS, st, Literals.STAGE__ECO_NAMES, who + " (ecoNames): ECO '"
                        + name + "' is " + (study.getEcoBlacklist().contains(name) ? "blacklisted" : "not whitelisted")
                        + " by the study. Fix: remove it from the stage or change the study's lists.");
            }
        }
        return ok;
    }

    private boolean validateDependency(StageDependency dep, DiagnosticChain d) {
        Study study = Ecos.studyOf(dep);
        boolean ok = true;
        for (var f : List.of(Literals.STAGE_DEPENDENCY__FROM, Literals.STAGE_DEPENDENCY__TO)) {
            Stage s = (Stage) dep.eGet(f, false);
            if (s != null && (s.eIsProxy() || study != null && s.getStudy() != study)) {
                ok = error(d, Rule.UNRESOLVED_REFERENCE, dep, f, "Stage dependency (" + f.getName()
                        + "): refers to a stage that is not in the study. Fix: point it at one of "
                        + (study == null ? "the study's stages" : names(study.getStages(), Stage::getName)) + ".");
            }
        }
        return ok;
    }

    // ------------------------------------------------------------------ ECOs

    private boolean validateEco(EcoDefinition e, DiagnosticChain d, Map<Object, Object> context) {
        boolean ok = checkName(e, Literals.ECO_DEFINITION__NAME, e.getName(), d);
        ok &= unique(e.getParameters(), EcoParameter::getName, "parameter", Literals.ECO_PARAMETER__NAME, d);
        if (partCycles(e, context).contains(e)) {
            ok = error(d, Rule.COMPOUND_CYCLE, e, Literals.ECO_DEFINITION__PARTS, "ECO '" + e.getName()
                    + "' (parts): contains itself through its parts. Fix: remove the part that leads back to it.");
        }
        return ok;
    }

    /**
     * The ECOs of the catalogue in part cycles, found once per validation run (kept in its context map) since
     * a validation visits every ECO of the catalogue.
     */
    @SuppressWarnings("unchecked")
    private static Set<EcoDefinition> partCycles(EcoDefinition e, Map<Object, Object> context) {
        Object owner = e.eContainer();
        java.util.function.Supplier<Set<EcoDefinition>> compute = () -> owner instanceof Study s
                ? Ecos.inPartCycles(s.getEcos()) : Ecos.inPartCycles(List.of(e));
        if (context == null) {
            return compute.get();
        }
        Map<Object, Set<EcoDefinition>> byOwner = (Map<Object, Set<EcoDefinition>>) context
                .computeIfAbsent(PART_CYCLES, k -> new java.util.IdentityHashMap<>());
        return byOwner.computeIfAbsent(owner == null ? e : owner, k -> compute.get());
    }

    private boolean validateParameter(EcoParameter p, DiagnosticChain d) {
        String who = "Parameter '" + p.getName() + "' of ECO '" + nameOf(p.eContainer()) + "'";
        boolean ok = true;
        if (p.getMin() != null && p.getMax() != null && p.getMin() > p.getMax()) {
            ok = error(d, Rule.PARAMETER_OUT_OF_RANGE, p, Literals.ECO_PARAMETER__MIN, who + ": min " + p.getMin()
                    + " is above max " + p.getMax() + ". Fix: swap or correct them.");
        }
        if (p.getDefaultValue() != null) {
            String problem = ParameterValues.check(p, p.getDefaultValue());
            if (problem != null) {
                ok = error(d, problem.startsWith("out of range") ? Rule.PARAMETER_OUT_OF_RANGE : Rule.PARAMETER_BAD_VALUE,
                        p, Literals.ECO_PARAMETER__DEFAULT_VALUE, who + " (defaultValue): " + problem + ".");
            }
        }
        return ok;
    }

    private boolean validateApplication(EcoApplication a, DiagnosticChain d) {
        Study study = Ecos.studyOf(a);
        String where = "ECO application '" + a.getEcoName() + "' of case '" + nameOf(a.eContainer()) + "'";
        EcoDefinition eco = a.getEco();
        if (eco == null) {
            return study == null || error(d, Rule.UNKNOWN_ECO, a, Literals.ECO_APPLICATION__ECO_NAME, where
                    + ": unknown ECO. Fix: define '" + a.getEcoName() + "' in the ECO catalogue " + knownEcos(study) + ".");
        }
        boolean ok = true;
        Map<String, EcoParameter> params = new HashMap<>();
        eco.getParameters().forEach(p -> params.put(p.getName(), p));
        for (ParameterValue v : a.getArguments()) {
            EcoParameter p = params.get(v.getName());
            if (p == null) {
                ok = error(d, Rule.UNKNOWN_PARAMETER, v, Literals.PARAMETER_VALUE__NAME, where + ": ECO '" + eco.getName()
                        + "' has no parameter '" + v.getName() + "'. Fix: use one of " + params.keySet() + ".");
                continue;
            }
            String problem = ParameterValues.check(p, v.getValue());
            if (problem != null) {
                ok = error(d, problem.startsWith("out of range") ? Rule.PARAMETER_OUT_OF_RANGE : Rule.PARAMETER_BAD_VALUE,
                        v, Literals.PARAMETER_VALUE__VALUE, where + " (parameter '" + v.getName() + "'): " + problem + ".");
            }
        }
        return ok;
    }

    private boolean validateCase(Case c, DiagnosticChain d) {
        Study study = Ecos.studyOf(c);
        if (study == null || c.getName() == null || study.getBaseCaseName() == null) {
            return true;
        }
        var parsed = CaseNames.parse(c.getName(), study.getBaseCaseName());
        if (parsed.isEmpty()) {
            return error(d, Rule.BAD_CASE_NAME, c, Literals.CASE__NAME, "Case '" + c.getName()
                    + "': the name is neither the base case '" + study.getBaseCaseName() + "' nor "
                    + study.getBaseCaseName() + "_<stage>_<index>. Fix: rename it; case names are derived, never typed.");
        }
        int stage = parsed.get().stageIndex();
        if (stage >= study.getStages().size()) {
            return error(d, Rule.BAD_CASE_NAME, c, Literals.CASE__NAME, "Case '" + c.getName() + "': stage index " + stage
                    + " does not exist (the study has " + study.getStages().size() + " stages). Fix: rename or remove it.");
        }
        return true;
    }

    // ------------------------------------------------------------------ helpers

    private boolean checkName(EObject o, EStructuralFeature f, String name, DiagnosticChain d) {
        if (name == null || CaseNames.isSafe(name)) {
            return true; // a missing required name is reported by the structural checks
        }
        return error(d, Rule.UNSAFE_NAME, o, f, o.eClass().getName() + " '" + name + "' (" + f.getName()
                + "): names may hold " + CaseNames.SAFE_NAME_RULE + ", since they become file names and tool "
                + "arguments. Fix: rename it.");
    }

    private <T extends EObject> boolean unique(List<T> items, Function<T, String> name, String what,
            EStructuralFeature f, DiagnosticChain d) {
        Map<String, T> seen = new HashMap<>();
        boolean ok = true;
        for (T item : items) {
            String n = name.apply(item);
            if (n != null && seen.putIfAbsent(n, item) != null) {
                ok = error(d, Rule.DUPLICATE_NAME, item, f, "Duplicate " + what + " name '" + n
                        + "'. Fix: rename one of them; " + what + " names must be unique in the study.");
            }
        }
        return ok;
    }

    private static String knownEcos(Study s) {
        return s == null || s.getEcos().isEmpty() ? "(the catalogue is empty)"
                : "(known: " + names(s.getEcos(), EcoDefinition::getName) + ")";
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.joining(", "));
    }

    private static String nameOf(EObject o) {
        if (o == null) {
            return "?";
        }
        var f = o.eClass().getEStructuralFeature("name");
        return f == null ? o.eClass().getName() : String.valueOf(o.eGet(f));
    }

    private static boolean required(EObject o, EStructuralFeature f, String value, DiagnosticChain d) {
        if (value != null) {
            return true;
        }
        if (d != null) {
            d.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, EOBJECT__EVERY_MULTIPCITY_CONFORMS,
                    o.eClass().getName() + " in " + nameOf(o.eContainer()) + ": '" + f.getName()
                            + "' is required. Fix: give it a value.", new Object[] { o, f }));
        }
        return false;
    }

    private static boolean error(DiagnosticChain d, Rule rule, EObject o, EStructuralFeature f, String message) {
        if (d != null) {
            d.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, rule.ordinal(), message, new Object[] { o, f }));
        }
        return false;
    }

    private static void warning(DiagnosticChain d, Rule rule, EObject o, EStructuralFeature f, String message) {
        if (d != null) {
            d.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, rule.ordinal(), message, new Object[] { o, f }));
        }
    }
}
