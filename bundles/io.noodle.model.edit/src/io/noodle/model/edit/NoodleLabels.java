package io.noodle.model.edit;

import java.util.Locale;
import java.util.stream.Collectors;

import io.noodle.model.Case;
import io.noodle.model.EcoDefinition;
import io.noodle.model.GateVerdict;
import io.noodle.model.Metric;
import io.noodle.model.RunResults;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;

/**
 * What people read for each kind of object: richer than the generated item providers' "Type name"
 * labels, used by the navigator, the study outline and reports.
 */
public final class NoodleLabels {

    private NoodleLabels() {
    }

    /** A one-line label, or null for objects without a special one (the item provider's label is used). */
    public static String label(Object o) {
        return switch (o) {
        case Study s -> s.getName() + " [" + s.getSafetyDomain().getLiteral() + ", " + s.getStages().size()
                + (s.getStages().size() == 1 ? " stage]" : " stages]");
        case Stage s -> s.getIndex() + " " + s.getName() + " (" + s.getExecutionMode().getLiteral() + ", "
                + s.getTrialBudget() + " trials \u2192 " + s.getSurvivorCount() + ")"
                + (s.getInputs().isEmpty() ? "" : " after " + s.getInputs().stream().map(Stage::getName)
                        .collect(Collectors.joining(", ")));
        case StageDependency d -> name(d.getFrom()) + " \u2192 " + name(d.getTo()) + " ("
                + d.getKind().getLiteral() + ")";
        case EcoDefinition e -> e.getName() + " (" + e.getEffectiveClass().getLiteral()
                + (e.isCompound() ? ", compound of " + e.getParts().size() : "") + ")";
        case Case c -> c.getName() + " [" + c.getState().getLiteral() + "]" + metricSuffix(c);
        case Metric m -> m.getName() + " = " + String.format(Locale.ROOT, "%.3f", m.getValue())
                + (m.getUnit() == null ? "" : " " + m.getUnit());
        case RunResults r -> "Run " + r.getRunId() + ": " + (r.getStatus() == null ? "running" : r.getStatus()) + ", "
                + r.getCases().size() + (r.getCases().size() == 1 ? " case" : " cases")
                + (r.getBest() == null ? "" : ", best " + r.getBest());
        case GateVerdict v -> (v.isPassed() ? "passed " : "FAILED ") + v.getRail()
                + (v.getMessage() == null ? "" : ": " + v.getMessage());
        default -> null;
        };
    }

    private static String name(Stage s) {
        return s == null ? "?" : s.getName();
    }

    private static String metricSuffix(Case c) {
        Metric wns = c.metric("wns");
        return wns == null ? "" : String.format(Locale.ROOT, " WNS %.1f %s", wns.getValue(),
                wns.getUnit() == null ? "" : wns.getUnit()).stripTrailing();
    }
}
