package io.noodle.ui.internal.editors;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.noodle.eda.flow.DesignFolder;
import io.noodle.model.DesignSnapshot;
import io.noodle.model.NoodleFactory;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.Objective;
import io.noodle.model.ObjectiveMode;
import io.noodle.model.Study;
import io.noodle.model.StudyRails;
import io.noodle.model.persistence.Snapshots;
import io.noodle.ui.NoodleUi;

/**
 * The Overview's section of what a study starts from and how it is judged: the base case and its design
 * snapshot (path, top module, recorded hash), the objective (mode and weights), the study rails
 * (catastrophic failures, run time, trial timeout) and how many trials may run at once. Every field edits
 * through the study's command stack; the design's top module is read in a job.
 */
final class StudySettingsSection {

    private final StudyEditor editor;
    private final Label design;
    private final Combo mode;
    private final Spinner timingWeight;
    private final Spinner congestionWeight;
    private final org.eclipse.swt.widgets.Text metricOrder;
    private final Spinner catastrophic;
    private final Spinner runtime;
    private final Spinner trialTimeout;
    private final Spinner concurrent;
    private final Combo runsOn;
    /** What the "Runs on" choices mean, in their order; the first: no choice of the study's own. */
    private static final List<String> RUNS_ON = List.of("", "local", "ssh", "ray", "local+ssh", "local+ray",
            "ssh+ray", "local+ssh+ray");
    private boolean updating;
    private String designShownFor;

    StudySettingsSection(StudyEditor editor, Composite parent, FormToolkit tk) {
        this.editor = editor;
        Section section = tk.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Design, objective and rails");
        section.setDescription("What the base case is, how cases are compared and what stops the whole study.");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(section);
        Composite c = tk.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).spacing(10, 4).applyTo(c);
        section.setClient(c);

        tk.createLabel(c, "Base case:");
        design = tk.createLabel(c, "", SWT.WRAP);
        design.setData(NoodleUi.TEST_ID, "study.design");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(design);
        tk.createLabel(c, "");
        var change = tk.createHyperlink(c, "Change Design…", SWT.NONE);
        change.setData(NoodleUi.TEST_ID, "study.changeDesign");
        change.setToolTipText("Start the base case from a bundled design or a design folder of your own");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(change);
        change.addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
            @Override
            public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent e) {
                changeDesign();
            }
        });

        tk.createLabel(c, "Objective:");
        mode = FormFields.combo(c, tk, ObjectiveMode.VALUES.stream().map(ObjectiveMode::getLiteral)
                .toArray(String[]::new), "study.objective");
        mode.addListener(SWT.Selection, e -> setPart(Literals.STUDY__OBJECTIVE, Literals.OBJECTIVE__MODE,
                ObjectiveMode.VALUES.get(mode.getSelectionIndex())));
        tk.createLabel(c, "Max. trials at once (0: all slots):");
        concurrent = FormFields.spinner(c, tk, 0, 4096, "study.concurrent");
        concurrent.addListener(SWT.Modify, e -> set(Literals.STUDY__MAX_CONCURRENT_TRIALS, concurrent.getSelection()));
        tk.createLabel(c, "Runs on:");
        runsOn = FormFields.combo(c, tk, new String[] {"(chosen when run: this machine by default)",
            "local: this machine", "ssh: the workspace's SSH hosts", "ray: the workspace's Ray cluster",
            "local + ssh, one slot pool", "local + ray, one slot pool", "ssh + ray, one slot pool",
            "local + ssh + ray, one slot pool"}, "study.executor");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(runsOn); // a row of its own: the grid stays aligned
        runsOn.setToolTipText("Where the study's trials run unless the run dialog or run-study --executor says "
                + "otherwise; SSH hosts and the Ray cluster are set in Preferences > Noodle > Executors");
        runsOn.addListener(SWT.Selection, e -> {
            String v = RUNS_ON.get(Math.max(0, runsOn.getSelectionIndex()));
            set(Literals.STUDY__EXECUTOR, v.isEmpty() ? null : v);
        });
        tk.createLabel(c, "Timing weight:");
        timingWeight = weight(c, tk, "study.timingWeight", Literals.OBJECTIVE__TIMING_WEIGHT);
        tk.createLabel(c, "Congestion weight:");
        congestionWeight = weight(c, tk, "study.congestionWeight", Literals.OBJECTIVE__CONGESTION_WEIGHT);
        tk.createLabel(c, "Metric order:");
        metricOrder = tk.createText(c, "", SWT.SINGLE);
        metricOrder.setData(NoodleUi.TEST_ID, "study.metricOrder");
        metricOrder.setToolTipText("Lexicographic objective: the metrics cases are compared by, first to last, "
                + "separated by commas (Ctrl+Space lists them)");
        metricOrder.setMessage(String.join(", ", io.noodle.model.validation.StudyValidator.RANKED_METRICS));
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(metricOrder);
        var proposals = new org.eclipse.jface.fieldassist.SimpleContentProposalProvider(
                io.noodle.model.validation.StudyValidator.RANKED_METRICS.toArray(String[]::new));
        proposals.setFiltering(true);
        var assist = new org.eclipse.jface.fieldassist.ContentProposalAdapter(metricOrder,
                new org.eclipse.jface.fieldassist.TextContentAdapter(), proposals,
                org.eclipse.jface.bindings.keys.KeyStroke.getInstance(SWT.MOD1, ' '), null);
        assist.setProposalAcceptanceStyle(org.eclipse.jface.fieldassist.ContentProposalAdapter.PROPOSAL_INSERT);
        metricOrder.addListener(SWT.DefaultSelection, e -> applyMetricOrder());
        metricOrder.addListener(SWT.FocusOut, e -> applyMetricOrder());

        tk.createLabel(c, "Stop after catastrophic failures:");
        catastrophic = FormFields.spinner(c, tk, 0, 1_000_000, "study.catastrophic");
        catastrophic.setToolTipText("The study stops once more trials than this fail catastrophically.");
        catastrophic.addListener(SWT.Modify, e -> setPart(Literals.STUDY__RAILS,
                Literals.STUDY_RAILS__CATASTROPHIC_FAILURES, catastrophic.getSelection()));
        tk.createLabel(c, "Stop after (hours, 0: never):");
        runtime = FormFields.spinner(c, tk, 0, 10_000, "study.runtime");
        runtime.setDigits(1);
        runtime.addListener(SWT.Modify, e -> setPart(Literals.STUDY__RAILS, Literals.STUDY_RAILS__MAX_RUNTIME_HOURS,
                runtime.getSelection() / 10.0));
        tk.createLabel(c, "Trial timeout (s):");
        trialTimeout = FormFields.spinner(c, tk, 1, 30 * 24 * 3600, "study.trialTimeout");
        trialTimeout.setToolTipText("Gate 0 and every trial of a stage without a timeout of its own is killed after this.");
        trialTimeout.addListener(SWT.Modify, e -> setPart(Literals.STUDY__RAILS,
                Literals.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS, trialTimeout.getSelection()));
    }

    /**
     * Change Design…: the chosen design is copied into the study's folder in a job, then the snapshot (path,
     * hash) and the base case's name change in one command (undo goes back to the design the study had, which
     * stays in its folder).
     */
    void changeDesign() {
        if (editor.getSession() == null) {
            return;
        }
        ChangeDesignDialog d = new ChangeDesignDialog(editor.getSite().getShell());
        if (d.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        ChangeDesignDialog.Choice choice = d.choice();
        Path studyFolder = editor.getSession().folder();
        design.setText("Copying the design into " + studyFolder + " \u2026");
        Job copy = Job.create("Copying the new design of " + studyFolder.getFileName(), m -> {
            try {
                var made = io.noodle.eda.flow.NewStudies.copyDesignInto(studyFolder, choice.bundled(), choice.folder(),
                        choice.top());
                editor.ui(() -> useDesign(made));
            } catch (java.io.IOException | RuntimeException e) {
                editor.ui(() -> {
                    designShownFor = null;
                    showDesign(editor.getSession().study());
                    org.eclipse.jface.dialogs.MessageDialog.openError(editor.getSite().getShell(), "Change Design",
                            "Cannot use " + (choice.bundled() != null ? choice.bundled() : choice.folder()) + ": "
                                    + e.getMessage());
                });
            }
            return Status.OK_STATUS;
        });
        copy.schedule();
    }

    /** The copied design as the base case's: one command. */
    void useDesign(io.noodle.eda.flow.NewStudies.NewDesign made) {
        Study s = editor.getSession().study();
        DesignSnapshot snap = NoodleFactory.eINSTANCE.createDesignSnapshot();
        snap.setPath(made.folder());
        snap.setFormat(s.getSnapshot() != null && s.getSnapshot().getFormat() != null ? s.getSnapshot().getFormat()
                : "qflow");
        snap.setSha256(made.sha256());
        var domain = editor.getSession().domain();
        org.eclipse.emf.common.command.CompoundCommand both = new org.eclipse.emf.common.command.CompoundCommand(
                "Change Design");
        both.append(org.eclipse.emf.edit.command.SetCommand.create(domain, s, Literals.STUDY__SNAPSHOT, snap));
        both.append(org.eclipse.emf.edit.command.SetCommand.create(domain, s, Literals.STUDY__BASE_CASE_NAME, made.top()));
        editor.execute(both);
    }

    /** The metric order typed, as a list, into the objective (one command; nothing when unchanged). */
    private void applyMetricOrder() {
        if (updating || editor.getSession() == null) {
            return;
        }
        java.util.List<String> typed = java.util.Arrays.stream(metricOrder.getText().strip().split("[,\\s]+"))
                .filter(x -> !x.isEmpty()).toList();
        Objective o = editor.getSession().study().getObjective();
        if (o != null ? o.getMetricOrder().equals(typed) : typed.isEmpty()) {
            return;
        }
        setPart(Literals.STUDY__OBJECTIVE, Literals.OBJECTIVE__METRIC_ORDER, typed);
    }

    /** Registers the fields whose problems the Overview marks beside them. */
    void markFields(FieldProblems marks) {
        marks.field(Literals.OBJECTIVE__TIMING_WEIGHT, timingWeight);
        marks.field(Literals.OBJECTIVE__METRIC_ORDER, metricOrder);
        marks.field(Literals.STUDY_RAILS__CATASTROPHIC_FAILURES, catastrophic);
        marks.field(Literals.STUDY_RAILS__MAX_RUNTIME_HOURS, runtime);
        marks.field(Literals.STUDY_RAILS__TRIAL_TIMEOUT_SECONDS, trialTimeout);
    }

    /** The line of the base case and its design (a problem of the base case is marked beside it). */
    Label designLabel() {
        return design;
    }

    private Spinner weight(Composite c, FormToolkit tk, String id, EStructuralFeature feature) {
        Spinner s = FormFields.spinner(c, tk, 0, 100, id);
        s.setDigits(2);
        s.setToolTipText("Weight in the objective's weighted sum (0.00 to 1.00)");
        s.addListener(SWT.Modify, e -> setPart(Literals.STUDY__OBJECTIVE, feature, s.getSelection() / 100.0));
        return s;
    }

    private void set(EStructuralFeature feature, Object value) {
        if (!updating && editor.getSession() != null) {
            editor.execute(StudyEdits.set(editor.getSession().domain(), editor.getSession().study(), feature, value));
        }
    }

    private void setPart(EReference part, EStructuralFeature feature, Object value) {
        if (!updating && editor.getSession() != null) {
            editor.execute(StudyEdits.setPart(editor.getSession().domain(), editor.getSession().study(), part, feature,
                    value));
        }
    }

    /** Shows the study's values (the defaults where it has no objective or rails). */
    void show(Study s) {
        updating = true;
        try {
            Objective o = s.getObjective() != null ? s.getObjective() : NoodleFactory.eINSTANCE.createObjective();
            mode.select(o.getMode().getValue());
            timingWeight.setSelection((int) Math.round(o.getTimingWeight() * 100));
            congestionWeight.setSelection((int) Math.round(o.getCongestionWeight() * 100));
            boolean weighted = o.getMode() == ObjectiveMode.WEIGHTED_SUM;
            timingWeight.setEnabled(weighted);
            congestionWeight.setEnabled(weighted);
            String order = String.join(", ", o.getMetricOrder());
            if (!metricOrder.isFocusControl() && !metricOrder.getText().equals(order)) {
                metricOrder.setText(order); // not while the user types in it
            }
            metricOrder.setEnabled(o.getMode() == ObjectiveMode.LEXICOGRAPHIC);
            StudyRails r = s.getRails() != null ? s.getRails() : NoodleFactory.eINSTANCE.createStudyRails();
            catastrophic.setSelection(r.getCatastrophicFailures());
            runtime.setSelection((int) Math.round(r.getMaxRuntimeHours() * 10));
            trialTimeout.setSelection(r.getTrialTimeoutSeconds());
            concurrent.setSelection(s.getMaxConcurrentTrials());
            int on = 0;
            try {
                on = s.getExecutor() == null || s.getExecutor().isBlank() ? 0 : Math.max(0, RUNS_ON.indexOf(
                        String.join("+", io.noodle.model.derived.ExecutorChoice.parse(s.getExecutor()))));
            } catch (IllegalArgumentException bad) {
                on = 0; // the validator shows the bad value in the Problems view
            }
            runsOn.select(on);
        } finally {
            updating = false;
        }
        showDesign(s);
    }

    /** The base case and its snapshot; the top module is read from the snapshot in a job. */
    private void showDesign(Study s) {
        DesignSnapshot snap = s.getSnapshot();
        String base = s.getBaseCaseName() == null ? "(none)" : s.getBaseCaseName();
        if (snap == null || snap.getPath() == null) {
            design.setText(base + " \u2014 no design snapshot yet (gate 0 runs the base case on one)");
            return;
        }
        Path where = Snapshots.resolve(snap);
        String hash = snap.getSha256() == null ? "no hash recorded" : "SHA-256 " + snap.getSha256().substring(0,
                Math.min(12, snap.getSha256().length())) + "\u2026";
        String key = base + "|" + where + "|" + hash;
        if (key.equals(designShownFor)) {
            return;
        }
        designShownFor = key;
        String line = base + " \u2014 " + snap.getPath() + (snap.getFormat() == null ? "" : " (" + snap.getFormat() + ")")
                + ", " + hash;
        design.setText(line);
        Job read = Job.create("Reading the design of " + base, m -> {
            String top;
            try {
                top = "top module " + DesignFolder.read(where).top();
            } catch (java.io.IOException e) {
                top = "not a local-flow design folder: " + e.getMessage();
            }
            String shown = line + "; " + top;
            editor.ui(() -> {
                if (key.equals(designShownFor) && !design.isDisposed()) {
                    design.setText(shown);
                    design.getParent().layout(new org.eclipse.swt.widgets.Control[] { design });
                }
            });
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }
}
