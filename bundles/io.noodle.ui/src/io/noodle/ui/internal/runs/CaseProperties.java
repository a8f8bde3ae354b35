package io.noodle.ui.internal.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.ui.internal.views.ReadOnlyProperties;

/**
 * A finished case in the Properties view, read-only: what it is (stage, state, parents, the ECO and its
 * arguments, the ECOs from the base case), its failure (type, message, the tool output line), its design
 * snapshot and time, and every metric with its unit and the tool output it came from ({@code file:line}).
 */
public final class CaseProperties extends ReadOnlyProperties {

    private final Map<String, String[]> rows = new LinkedHashMap<>(); // id -> category, label, value

    public CaseProperties(CaseRecord c) {
        row("Case", "Name", c.name());
        row("Case", "Stage", c.stage() < 0 ? "gate 0 (the base case)" : Integer.toString(c.stage()));
        row("Case", "State", c.state());
        row("Case", "Parents", String.join(", ", c.parents()));
        row("Case", "ECO", c.eco() == null ? "" : io.noodle.views.lineage.LineageModel.ecoLabel(c.eco(), c.arguments()));
        row("Case", "ECOs from the base", String.join(" \u2192 ", c.ecoPath()));
        row("Case", "Design snapshot", c.design());
        row("Case", "Trial time", String.format(java.util.Locale.ROOT, "%.1f s", c.seconds()));
        if (c.failure() != null) {
            row("Failure", "Type", c.failure());
            row("Failure", "Message", c.failureMessage());
            row("Failure", "Where", c.failureSource());
        }
        for (MetricRecord m : c.metrics()) {
            row("Metrics", m.name(), io.noodle.model.validation.ParameterValues.plain(m.value())
                    + (m.unit() == null || m.unit().isEmpty() ? "" : " " + m.unit())
                    + (m.provenance() == null ? "" : "   \u2190 " + m.provenance()));
        }
    }

    private void row(String category, String label, String value) {
        rows.put(category + "/" + label, new String[] { category, label, value == null ? "" : value });
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (var e : rows.entrySet()) {
            PropertyDescriptor d = new PropertyDescriptor(e.getKey(), e.getValue()[1]);
            d.setCategory(e.getValue()[0]);
            out.add(d);
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        String[] r = rows.get(id);
        return r == null ? null : r[2];
    }

    /** Adapts case records to their properties (plugin.xml). */
    public static final class Factory implements IAdapterFactory {
        @Override
        public <T> T getAdapter(Object adaptable, Class<T> type) {
            return adaptable instanceof CaseRecord c && type == IPropertySource.class ? type.cast(new CaseProperties(c))
                    : null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }
}
