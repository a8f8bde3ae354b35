package io.noodle.views.ecos;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.ParameterType;
import io.noodle.model.Stage;
import io.noodle.model.Study;

/**
 * What the designer's ECOs page shows of a study's ECO catalogue, one row per ECO: its class (and the larger
 * class its parts give it), its parameters with their ranges or choices and defaults, its parts and rollback
 * policy when compound, and the stages that use it. Headless: built from the study, shown by the page.
 */
public final class EcoCatalogue {

    /** One ECO as a row. */
    public record Row(String name, String ecoClass, String parameters, String parts, String usedBy, EcoDefinition eco) {
    }

    private EcoCatalogue() {
    }

    public static List<Row> rows(Study study) {
        List<Row> rows = new ArrayList<>(study.getEcos().size());
        for (EcoDefinition e : study.getEcos()) {
            String cls = e.getEcoClass().getLiteral();
            if (e.getEffectiveClass() != e.getEcoClass()) {
                cls += " (" + e.getEffectiveClass().getLiteral() + " with its parts)";
            }
            String parts = e.getParts().isEmpty() ? ""
                    : e.getParts().stream().map(p -> p.getName() == null ? "?" : p.getName())
                            .collect(Collectors.joining(" \u2192 ")) + "; rollback " + e.getRollbackPolicy().getLiteral();
            rows.add(new Row(e.getName(), cls, parameters(e), parts, usedBy(study, e.getName()), e));
        }
        return rows;
    }

    /** {@code name type min..max = default} or {@code name choice {a|b} = default}, joined with {@code ; }. */
    public static String parameters(EcoDefinition e) {
        return e.getParameters().stream().map(EcoCatalogue::parameter).collect(Collectors.joining("; "));
    }

    static String parameter(EcoParameter p) {
        StringBuilder b = new StringBuilder(p.getName()).append(' ').append(p.getType().getLiteral());
        if (p.getType() == ParameterType.CHOICE) {
            b.append(" {").append(String.join("|", p.getChoices())).append('}');
        } else if (p.getMin() != null || p.getMax() != null) {
            b.append(' ').append(p.getMin() == null ? "" : io.noodle.model.validation.ParameterValues.plain(p.getMin())).append("..")
                    .append(p.getMax() == null ? "" : io.noodle.model.validation.ParameterValues.plain(p.getMax()));
        }
        if (p.getDefaultValue() != null) {
            b.append(" = ").append(p.getDefaultValue());
        }
        return b.toString();
    }

    /** The class of each ECO of the catalogue by name (a compound's effective class). */
    public static java.util.Map<String, String> classes(Study study) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (EcoDefinition e : study.getEcos()) {
            if (e.getName() != null && e.getEffectiveClass() != null) {
                m.put(e.getName(), e.getEffectiveClass().getLiteral());
            }
        }
        return java.util.Map.copyOf(m);
    }

    /** The stages that name the ECO, comma-separated ("" when none). */
    public static String usedBy(Study study, String eco) {
        return study.getStages().stream().filter(s -> s.getEcoNames().contains(eco)).map(Stage::getName)
                .collect(Collectors.joining(", "));
    }

    /** The compound ECOs that have the ECO as a part. */
    public static List<EcoDefinition> compoundsOf(Study study, EcoDefinition part) {
        return study.getEcos().stream().filter(e -> e.getParts().contains(part)).toList();
    }
}
