package io.noodle.model.validation;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.Ecos;
import io.noodle.model.derived.StageGraph;
import io.noodle.model.derived.TrialTimeouts;

/**
 * The run legality report (docs/RULES.md, "ECOs, classes and safety domains"): for each stage its allowed classes,
 * its ECOs and each violation; then the study-level problems and the verdict. Made before any compute runs.
 */
public final class LegalityReport {

    /** One stage's part of the report. */
    /** @param distinctTrials at most this many different trials (Long.MAX_VALUE: no bound below the budget) */
    public record StageEntry(int index, String name, Set<EcoClass> allowed, List<String> ecos,
            List<Diagnostic> problems, int timeoutSeconds, String timeoutSource, long distinctTrials) {
    }

    private final Study study;
    private final List<StageEntry> stages = new ArrayList<>();
    private final List<Diagnostic> studyProblems = new ArrayList<>();
    private final long errors;
    private final long warnings;

    private LegalityReport(Study study, List<Diagnostic> problems) {
        this.study = study;
        Set<EcoClass> domain = Ecos.allowedBy(study.getSafetyDomain());
        List<Stage> order;
        try {
            order = StageGraph.topologicalOrder(study);
        } catch (IllegalStateException cycle) {
            order = study.getStages();
        }
        List<Diagnostic> unplaced = new ArrayList<>(problems);
        for (Stage st : order) {
            Set<EcoClass> allowed = EnumSet.noneOf(EcoClass.class);
            allowed.addAll(st.getAllowedClasses().isEmpty() ? domain : st.getAllowedClasses());
            allowed.retainAll(domain);
            List<String> ecos = new ArrayList<>();
            for (String n : st.getEcoNames()) {
                EcoDefinition e = Ecos.find(study, n);
                ecos.add(e == null ? n + " (unknown)" : n + " (" + e.getEffectiveClass().getLiteral() + ")");
            }
            List<Diagnostic> mine = unplaced.stream().filter(d -> stageOf(d) == st).toList();
            unplaced.removeAll(mine);
            stages.add(new StageEntry(st.getIndex(), st.getName(), allowed, ecos, mine, TrialTimeouts.seconds(study, st),
                    TrialTimeouts.source(study, st), distinctTrials(study, st, allowed)));
        }
        studyProblems.addAll(unplaced);
        errors = problems.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
        warnings = problems.stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
    }

    /** Validates the study and builds its report. */
    public static LegalityReport of(Study study) {
        return new LegalityReport(study, StudyValidation.problems(StudyValidation.validate(study)));
    }

    private static Stage stageOf(Diagnostic d) {
        if (d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o)) {
            return null;
        }
        for (EObject c = o; c != null; c = c.eContainer()) {
            if (c instanceof Stage s) {
                return s;
            }
        }
        return null;
    }

    public boolean isLegal() {
        return errors == 0;
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return warnings;
    }

    public List<StageEntry> stages() {
        return stages;
    }

    public List<Diagnostic> studyProblems() {
        return studyProblems;
    }

    private static String severity(Diagnostic d) {
        return switch (d.getSeverity()) {
        case Diagnostic.ERROR -> "ERROR";
        case Diagnostic.WARNING -> "WARNING";
        default -> "INFO";
        };
    }

    private static String classes(Set<EcoClass> cs) {
        return cs.isEmpty() ? "(none)" : cs.stream().map(EcoClass::getLiteral).collect(Collectors.joining(", "));
    }

    /**
     * At most how many different trials a stage can run: its parents (the base case for a first stage, else at
     * most the survivors of its inputs) times the argument sets of the ECOs it may apply.
     */
    private static long distinctTrials(Study study, Stage st, Set<EcoClass> allowed) {
        long parents = st.getInputs().isEmpty() ? 1 : st.getInputs().stream().mapToLong(Stage::getSurvivorCount).sum();
        long variants = 0;
        for (EcoDefinition e : study.getEcos()) {
            boolean used = st.getEcoNames().isEmpty() ? allowed.contains(e.getEffectiveClass())
                    && (study.getEcoWhitelist().isEmpty() || study.getEcoWhitelist().contains(e.getName()))
                    && !study.getEcoBlacklist().contains(e.getName()) : st.getEcoNames().contains(e.getName());
            if (used) {
                long v = Ecos.distinctVariants(e);
                if (v == Long.MAX_VALUE) {
                    return Long.MAX_VALUE;
                }
                variants += v;
            }
        }
        return variants == 0 ? Long.MAX_VALUE : Math.multiplyHigh(parents, variants) != 0 ? Long.MAX_VALUE
                : parents * variants;
    }

    /** The report as text for people. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Run legality report for study '").append(study.getName()).append("'\n");
        sb.append("Safety domain ").append(study.getSafetyDomain().getLiteral()).append(": allows ")
                .append(classes(Ecos.allowedBy(study.getSafetyDomain()))).append('\n');
        sb.append("Gate 0 trial timeout: ").append(TrialTimeouts.describe(TrialTimeouts.studyDefault(study)))
                .append(" (").append(TrialTimeouts.source(study, null)).append(")\n");
        sb.append("Trials at once: ").append(study.getMaxConcurrentTrials() > 0 ? "at most "
                + study.getMaxConcurrentTrials() + " (max_concurrent_trials), within the slots all runs share"
                : "as many as the slots all runs share allow").append('\n');
        sb.append("Runs on: ").append(study.getExecutor() == null || study.getExecutor().isBlank()
                ? "the executor the run chooses (this machine unless run-study --executor or the run dialog says"
                        + " otherwise)"
                : study.getExecutor() + " (executor), unless the run chooses another").append('\n');
        for (StageEntry e : stages) {
            sb.append("\nStage ").append(e.index()).append(" '").append(e.name()).append("'\n");
            sb.append("  allowed classes: ").append(classes(e.allowed())).append('\n');
            sb.append("  ECOs: ").append(e.ecos().isEmpty() ? "(none)" : String.join(", ", e.ecos())).append('\n');
            sb.append("  trial timeout: ").append(TrialTimeouts.describe(e.timeoutSeconds())).append(" (")
                    .append(e.timeoutSource()).append(")\n");
            Stage st = study.getStages().stream().filter(x -> x.getName().equals(e.name())).findFirst().orElse(null);
            if (st != null && e.distinctTrials() < st.getTrialBudget()) {
                sb.append("  distinct trials: at most ").append(e.distinctTrials()).append(" (parents x ECOs and their "
                        + "parameter variants); the budget of ").append(st.getTrialBudget()).append(" is more, so at "
                        + "most ").append(e.distinctTrials()).append(" run, none twice\n");
            }
            if (e.problems().isEmpty()) {
                sb.append("  violations: none\n");
            } else {
                for (Diagnostic d : e.problems()) {
                    sb.append("  ").append(severity(d)).append(": ").append(d.getMessage()).append('\n');
                }
            }
        }
        if (!studyProblems.isEmpty()) {
            sb.append("\nStudy:\n");
            for (Diagnostic d : studyProblems) {
                sb.append("  ").append(severity(d)).append(": ").append(d.getMessage()).append('\n');
            }
        }
        sb.append('\n').append(isLegal() ? "LEGAL" : "ILLEGAL: no compute will run").append(" (").append(errors)
                .append(" error(s), ").append(warnings).append(" warning(s))\n");
        return sb.toString();
    }

    /** The report as JSON: {study, safety_domain, legal, errors, warnings, stages: [...], study_problems: [...]}. */
    public String toJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("study", study.getName());
            g.writeStringField("safety_domain", study.getSafetyDomain().getLiteral());
            g.writeBooleanField("legal", isLegal());
            g.writeNumberField("errors", errors);
            g.writeNumberField("warnings", warnings);
            g.writeNumberField("gate0_timeout_seconds", TrialTimeouts.studyDefault(study));
            g.writeArrayFieldStart("stages");
            for (StageEntry e : stages) {
                g.writeStartObject();
                g.writeNumberField("index", e.index());
                g.writeStringField("name", e.name());
                g.writeArrayFieldStart("allowed_classes");
                for (EcoClass c : e.allowed()) {
                    g.writeString(c.getLiteral());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("ecos");
                for (String s : e.ecos()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeNumberField("trial_timeout_seconds", e.timeoutSeconds());
                if (e.distinctTrials() != Long.MAX_VALUE) {
                    g.writeNumberField("distinct_trials_at_most", e.distinctTrials());
                }
                writeProblems(g, "violations", e.problems());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeProblems(g, "study_problems", studyProblems);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return w.toString() + "\n";
    }

    private static void writeProblems(JsonGenerator g, String field, List<Diagnostic> problems) throws IOException {
        g.writeArrayFieldStart(field);
        for (Diagnostic d : problems) {
            g.writeStartObject();
            g.writeStringField("severity", severity(d).toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("rule", StudyValidator.SOURCE.equals(d.getSource())
                    ? StudyValidator.Rule.values()[d.getCode()].name().toLowerCase(java.util.Locale.ROOT)
                    : "structure");
            g.writeStringField("message", d.getMessage());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
