package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The rows that name tool output ({@code file:line}), by id: a click on their "…" opens it at the line. */
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final CaseRecord record;

    public CaseProperties(CaseRecord c) {
        this.record = c;
        row("Case", "Name", c.name());
        row("Case", "Stage", c.stage() < 0 ? "gate 0 (the base case)" : Integer.toString(c.stage()));
        row("Case", "State", c.state());
        row("Case", "Parents", String.join(", ", c.parents()));
        row("Case", "ECO", c.eco() == null ? "" : io.noodle.views.lineage.LineageModel.ecoLabel(c.eco(), c.arguments()));
        row("Case", "ECOs from the base", String.join(" \u2192 ", c.ecoPath()));
        row("Case", "Design snapshot", c.design());
        row("Case", "Trial time", String.format(java.util.Locale.ROOT, "%.1f s", c.seconds()));
        row("Case", "Queued", time(c.queued()));
        row("Case", "Started", time(c.started()));
        row("Case", "Finished", time(c.finished()));
        if (c.failure() != null) {
            row("Failure", "Type", c.failure());
            io.noodle.model.FailureType type = io.noodle.model.FailureType.get(c.failure());
            if (type != null) {
                row("Failure", "Severity", io.noodle.model.results.Results.severity(type).getLiteral());
                row("Failure", "Containment", io.noodle.model.results.Results.scope(type).getLiteral()
                        + (io.noodle.model.results.Results.scope(type) == io.noodle.model.ContainmentScope.STAGE
                                ? " (any trial of the stage may be hit: counted by the catastrophic rail)"
                                : " (this ECO application only)"));
            }
            row("Failure", "Message", c.failureMessage());
            row("Failure", "Where", c.failureSource());
            if (c.failureSource() != null) {
                sources.put("Failure/Where", c.failureSource());
            }
        }
        Path trial = trialFolder(c);
        if (trial != null) {
            row("Trial", "Folder", trial.toString());
            if (c.ranOn() != null) {
                row("Trial", "Ran on", c.ranOn());
            }
            row("Trial", "Artifacts", String.join(", ", artifacts(trial)));
            row("Trial", "Log tail", String.join(" \u23ce ", tail(trial.resolve("trial.log"), 8)));
        }
        for (MetricRecord m : c.metrics()) {
            if (m.provenance() != null && !m.provenance().isBlank()) {
                sources.put("Metrics/" + m.name(), m.provenance());
            }
            row("Metrics", m.name(), io.noodle.model.validation.ParameterValues.plain(m.value())
                    + (m.unit() == null || m.unit().isEmpty() ? "" : " " + m.unit())
                    + (m.provenance() == null ? "" : "   \u2190 " + m.provenance()));
        }
    }

    /**
     * The folder the case's trial ran in (its design snapshot's, or its failure's), or null when the run's files
     * do not say.
     */
    public static Path trialFolder(CaseRecord c) {
        return io.noodle.views.heatmap.CaseMaps.trialFolder(c);
    }

    /** The files a trial left in its folder (what its artifact index lists), by name. */
    public static List<String> artifacts(Path trial) {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(trial)) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(out::add);
        } catch (IOException e) {
            out.add("(cannot read " + trial + ": " + e.getMessage() + ")");
        }
        return out;
    }

    /** The last lines of a log (at most 64 KiB read), or a word saying it is empty or missing. */
    public static List<String> tail(Path log, int lines) {
        try (var ch = java.nio.channels.FileChannel.open(log)) {
            long size = ch.size();
            if (size == 0) {
                return List.of("(empty)");
            }
            long from = Math.max(0, size - 65_536);
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) (size - from));
            ch.read(buf, from);
            String[] all = new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\\R");
            List<String> out = new ArrayList<>();
            for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                out.add(all[i]);
            }
            return out;
        } catch (IOException e) {
            return List.of("(no log: " + log.getFileName() + ")");
        }
    }

    /** An instant (ISO-8601) as local date and time; "not recorded" for a run of an earlier version. */
    private static String time(String instant) {
        if (instant == null) {
            return "not recorded";
        }
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").format(
                    java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault()));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private void row(String category, String label, String value) {
        rows.put(category + "/" + label, new String[] { category, label, value == null ? "" : value });
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (var e : rows.entrySet()) {
            String source = sources.get(e.getKey());
            PropertyDescriptor d = source == null ? new PropertyDescriptor(e.getKey(), e.getValue()[1])
                    : new SourceDescriptor(e.getKey(), e.getValue()[1], record, source);
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

    /**
     * A row that names tool output: selected in the Properties view it shows a "…" button that opens the output in
     * the report viewer at the line (the value is not edited).
     */
    static final class SourceDescriptor extends PropertyDescriptor {
        private final CaseRecord record;
        private final String source;

        SourceDescriptor(Object id, String name, CaseRecord record, String source) {
            super(id, name);
            this.record = record;
            this.source = source;
            setDescription("Click \u2026 to open " + source + " at the line");
        }

        @Override
        public org.eclipse.jface.viewers.CellEditor createPropertyEditor(org.eclipse.swt.widgets.Composite parent) {
            return new org.eclipse.jface.viewers.DialogCellEditor(parent) {
                @Override
                protected Object openDialogBox(org.eclipse.swt.widgets.Control window) {
                    open(record, source);
                    return null; // nothing changes
                }
            };
        }

        /** The source this row opens. */
        String source() {
            return source;
        }
    }

    /** Opens a case's tool output ({@code file:line}) in the report viewer, at the line. */
    static ReportEditor open(CaseRecord c, String source) {
        Path trial = trialFolder(c);
        try {
            return ReportEditor.open(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
                    source, trial);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(null, "Open Tool Output", "Cannot open " + source + ": "
                    + e.getMessage());
            return null;
        }
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
