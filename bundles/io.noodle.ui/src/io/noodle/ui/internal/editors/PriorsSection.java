package io.noodle.ui.internal.editors;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.noodle.engine.run.PriorStore;
import io.noodle.model.EcoDefinition;
import io.noodle.model.Study;
import io.noodle.ui.NoodleUi;

/**
 * The Overview's priors: what the workspace's earlier runs taught about each ECO of the study (applications,
 * successes, mean WNS change, confidence), read from the workspace's priors file in a job, and where the
 * stages' priors settings are. A stage skips a suspicious ECO from the stage its ranking says, exploring a
 * share of them anyway.
 */
final class PriorsSection {

    private final StudyEditor editor;
    private final Table table;
    private final Label words;
    private String shownFor;

    PriorsSection(StudyEditor editor, Composite parent, FormToolkit tk) {
        this.editor = editor;
        Section section = tk.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.TWISTIE);
        section.setText("Priors");
        section.setDescription("What earlier runs in this workspace taught about the study's ECOs. Each stage's form "
                + "says from which stage suspicious ECOs are skipped and what share is explored anyway.");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(section);
        Composite c = tk.createComposite(section);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(c);
        section.setClient(c);
        section.setExpanded(true);
        words = tk.createLabel(c, "", SWT.WRAP);
        words.setData(NoodleUi.TEST_ID, "study.priorsWords");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(words);
        table = tk.createTable(c, SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(NoodleUi.TEST_ID, "study.priors");
        table.setHeaderVisible(true);
        for (String[] col : new String[][] { { "ECO", "160" }, { "Applications", "90" }, { "Successes", "80" },
                { "Mean \u0394WNS (ps)", "110" }, { "Confidence", "100" } }) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(col[0]);
            tc.setWidth(Integer.parseInt(col[1]));
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 90).applyTo(table);
    }

    /** Shows the priors of the study's ECOs (read again when the catalogue changes or a run ended). */
    void show(Study s, Path studyFolder, long runVersion) {
        List<String> ecos = s.getEcos().stream().map(EcoDefinition::getName).toList();
        Path workspace = studyFolder.getParent() == null ? studyFolder : studyFolder.getParent();
        String key = ecos + "|" + workspace + "|" + runVersion;
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        Job read = Job.create("Reading the ECO priors of " + s.getName(), m -> {
            PriorStore store = new PriorStore(workspace);
            Map<String, PriorStore.Prior> known;
            String problem = null;
            try {
                known = store.read();
            } catch (java.io.IOException | RuntimeException e) {
                known = Map.of();
                problem = "Cannot read " + store.file() + ": " + e.getMessage();
            }
            Map<String, PriorStore.Prior> k = known;
            String why = problem;
            editor.ui(() -> {
                if (table.isDisposed() || !key.equals(shownFor)) {
                    return;
                }
                table.removeAll();
                int rows = 0;
                for (String eco : ecos) {
                    PriorStore.Prior p = k.get(eco);
                    TableItem ti = new TableItem(table, SWT.NONE);
                    ti.setText(p == null ? new String[] { eco, "0", "0", "", "unknown" } : new String[] { eco,
                            Integer.toString(p.applications()), Integer.toString(p.successes()),
                            io.noodle.model.validation.ParameterValues.plain(Math.round(p.meanDeltaWnsPs() * 10) / 10.0),
                            p.confidence().getLiteral() });
                    rows += p == null ? 0 : 1;
                }
                words.setText(why != null ? why : rows == 0 ? "No run in this workspace has applied these ECOs yet ("
                        + store.file().getFileName() + " in the workspace's .metadata)."
                        : rows + " of " + ecos.size() + " ECOs applied before, from " + store.file() + ".");
                words.getParent().layout(true);
            });
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    /** The rows shown, {@code eco=confidence (applications)} (for tests). */
    List<String> rows() {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + "=" + i.getText(4) + " ("
                + i.getText(1) + ")").toList();
    }
}
