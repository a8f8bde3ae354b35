package io.noodle.ui.internal.editors;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.noodle.model.EcoClass;
import io.noodle.model.ExecutionMode;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.Stage;
import io.noodle.model.StageType;
import io.noodle.model.Study;
import io.noodle.model.derived.Ecos;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.graph.GraphCanvas;
import io.noodle.views.graph.GraphLayout;
import io.noodle.views.graph.StageGraphModel;

/**
 * The Stages page: the stage graph (ELK layered layout drawn by the shared {@link GraphCanvas}) and the
 * selected stage's form. Add a stage (button, context menu; after the selected one), connect two stages by
 * dragging from one onto the other (a sequential, branching or converging dependency follows from the
 * graph), rename (F2, double-click) and delete (Delete); every edit is one undoable command.
 */
final class StagesPage extends FormPage {

    private final StudyEditor editor;
    private GraphCanvas canvas;
    private Label status;
    private Section form;
    private org.eclipse.swt.custom.ScrolledComposite scroller;
    private Label stageTitle;
    private Combo type;
    private Combo mode;
    private Spinner budget;
    private Spinner survivors;
    private Spinner memory;
    private final Map<EcoClass, Button> classes = new EnumMap<>(EcoClass.class);
    private org.eclipse.jface.viewers.CheckboxTableViewer ecos;
    private Combo ranking;
    private org.eclipse.swt.widgets.Spinner skipSuspicious;
    private org.eclipse.swt.widgets.Spinner exploration;
    private Spinner timingWeight;
    private Spinner congestionWeight;
    private org.eclipse.swt.widgets.Text wnsRail;
    private Spinner timeout;
    private Spinner failureRate;
    private boolean updating;
    private final FieldProblems problems = new FieldProblems();

    StagesPage(StudyEditor editor) {
        super(editor, "stages", "Stages");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm f = managed.getForm();
        FormToolkit tk = managed.getToolkit();
        f.setText("Stages");
        Composite body = f.getBody();
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        Composite bar = tk.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        Button add = tk.createButton(bar, "&Add Stage", SWT.PUSH);
        add.setData(NoodleUi.TEST_ID, "stages.add");
        add.addListener(SWT.Selection, e -> addStage());
        Button delete = tk.createButton(bar, "&Delete", SWT.PUSH);
        delete.setData(NoodleUi.TEST_ID, "stages.delete");
        delete.addListener(SWT.Selection, e -> deleteStage());
        Button rename = tk.createButton(bar, "Re&name\u2026", SWT.PUSH);
        rename.addListener(SWT.Selection, e -> renameStage());
        status = tk.createLabel(bar, "Drag from one stage onto another to connect them.", SWT.WRAP);
        status.setData(NoodleUi.TEST_ID, "stages.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);

        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        tk.adapt(sash);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 400).applyTo(sash);
        canvas = new GraphCanvas(sash, SWT.BORDER);
        canvas.setData(NoodleUi.TEST_ID, "study.graph");
        canvas.setListener(new GraphCanvas.Listener() {
            @Override
            public void selected(String id) {
                Stage st = stage(id);
                editor.select(st);
                showStage();
            }

            @Override
            public void connect(String from, String to) {
                connectStages(from, to);
            }

            @Override
            public void open(String id) {
                renameStage();
            }
        });
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteStage();
            } else if (e.keyCode == SWT.F2) {
                renameStage();
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(new org.eclipse.jface.action.Action("&Add Stage") {
                @Override
                public void run() {
                    addStage();
                }
            });
            if (canvas.getSelection() != null) {
                m.add(new org.eclipse.jface.action.Action("Re&name\u2026\tF2") {
                    @Override
                    public void run() {
                        renameStage();
                    }
                });
                m.add(new org.eclipse.jface.action.Action("&Delete\tDelete") {
                    @Override
                    public void run() {
                        deleteStage();
                    }
                });
            }
        });
        canvas.setMenu(menu.createContextMenu(canvas));

        form = tk.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
        form.setText("Stage");
        form.setDescription("Select a stage in the graph.");
        // the form scrolls on its own, so the graph keeps the page's height
        scroller = new org.eclipse.swt.custom.ScrolledComposite(form, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true);
        tk.adapt(scroller);
        form.setClient(scroller);
        Composite c = tk.createComposite(scroller);
        scroller.setContent(c);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(c);
        stageTitle = tk.createLabel(c, "", SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(stageTitle);
        tk.createLabel(c, "Type:");
        type = FormFields.combo(c, tk, StageType.VALUES.stream().map(StageType::getLiteral).toArray(String[]::new), "stage.type");
        type.addListener(SWT.Selection, e -> set(Literals.STAGE__TYPE, StageType.VALUES.get(type.getSelectionIndex())));
        tk.createLabel(c, "Execution mode:");
        mode = FormFields.combo(c, tk, ExecutionMode.VALUES.stream().map(ExecutionMode::getLiteral).toArray(String[]::new),
                "stage.mode");
        mode.addListener(SWT.Selection, e -> set(Literals.STAGE__EXECUTION_MODE,
                ExecutionMode.VALUES.get(mode.getSelectionIndex())));
        tk.createLabel(c, "Trial budget:");
        budget = FormFields.spinner(c, tk, 1, io.noodle.model.validation.StudyLimits.MAX_TRIAL_BUDGET, "stage.budget");
        budget.addListener(SWT.Modify, e -> set(Literals.STAGE__TRIAL_BUDGET, budget.getSelection()));
        tk.createLabel(c, "Survivors:");
        survivors = FormFields.spinner(c, tk, 0, io.noodle.model.validation.StudyLimits.MAX_TRIAL_BUDGET, "stage.survivors");
        survivors.addListener(SWT.Modify, e -> set(Literals.STAGE__SURVIVOR_COUNT, survivors.getSelection()));
        tk.createLabel(c, "Memory/trial (MB, 0: any):");
        memory = FormFields.spinner(c, tk, 0, 1_000_000, "stage.memory");
        memory.setToolTipText("Memory each trial of the stage needs, in MB; the slots are shared accordingly. 0: no limit.");
        memory.addListener(SWT.Modify, e -> set(Literals.STAGE__TRIAL_MEMORY_MB, memory.getSelection()));
        Label cl = tk.createLabel(c, "Allowed ECO classes:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(cl);
        Composite boxes = tk.createComposite(c);
        GridLayoutFactory.fillDefaults().applyTo(boxes);
        for (EcoClass k : EcoClass.VALUES) {
            Button b = tk.createButton(boxes, k.getLiteral(), SWT.CHECK);
            b.setData(NoodleUi.TEST_ID, "stage.class." + k.getLiteral());
            b.addListener(SWT.Selection, e -> {
                Stage st = stage(canvas.getSelection());
                if (!updating && st != null) {
                    editor.execute(StudyEdits.allowClass(editor.getSession().domain(), st, k, b.getSelection()));
                }
            });
            classes.put(k, b);
        }
        Label el = tk.createLabel(c, "ECOs applied:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(el);
        ecos = org.eclipse.jface.viewers.CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
        ecos.getTable().setData(NoodleUi.TEST_ID, "stage.ecos");
        ecos.getTable().setToolTipText("None checked: every ECO of the catalogue whose class the stage allows. "
                + "Parameter values are swept over the ranges of the ECOs page.");
        ecos.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        ecos.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object o) {
                io.noodle.model.EcoDefinition e = (io.noodle.model.EcoDefinition) o;
                String params = io.noodle.views.ecos.EcoCatalogue.parameters(e);
                return e.getName() + "  (" + e.getEffectiveClass().getLiteral() + ")"
                        + (params.isEmpty() ? "" : "  \u2014 " + params); // the values its trials sweep
            }
        });
        ecos.addCheckStateListener(e -> {
            Stage st = stage(canvas.getSelection());
            if (!updating && st != null) {
                editor.execute(StudyEdits.applyEco(editor.getSession().domain(), st,
                        ((io.noodle.model.EcoDefinition) e.getElement()).getName(), e.getChecked()));
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).hint(180, 90).applyTo(ecos.getTable());

        tk.createLabel(c, "Ranking:");
        ranking = FormFields.combo(c, tk, io.noodle.model.RankingPolicyKind.VALUES.stream()
                .map(io.noodle.model.RankingPolicyKind::getLiteral).toArray(String[]::new), "stage.ranking");
        ranking.addListener(SWT.Selection, e -> setPart(Literals.STAGE__RANKING, Literals.RANKING_POLICY__KIND,
                io.noodle.model.RankingPolicyKind.VALUES.get(ranking.getSelectionIndex())));
        tk.createLabel(c, "Timing weight:");
        timingWeight = FormFields.spinner(c, tk, 0, 100, "stage.timingWeight");
        timingWeight.setDigits(2);
        timingWeight.addListener(SWT.Modify, e -> setPart(Literals.STAGE__RANKING,
                Literals.RANKING_POLICY__TIMING_WEIGHT, timingWeight.getSelection() / 100.0));
        tk.createLabel(c, "Congestion weight:");
        congestionWeight = FormFields.spinner(c, tk, 0, 100, "stage.congestionWeight");
        congestionWeight.setDigits(2);
        congestionWeight.addListener(SWT.Modify, e -> setPart(Literals.STAGE__RANKING,
                Literals.RANKING_POLICY__CONGESTION_WEIGHT, congestionWeight.getSelection() / 100.0));
        tk.createLabel(c, "Skip suspicious from:");
        skipSuspicious = FormFields.spinner(c, tk, -1, 10_000, "stage.skipSuspicious");
        skipSuspicious.setToolTipText("Priors: from this stage index on, an ECO whose earlier applications in the "
                + "workspace mostly failed or hurt WNS is skipped (-1: never)");
        skipSuspicious.addListener(SWT.Modify, e -> setPart(Literals.STAGE__RANKING,
                Literals.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE, skipSuspicious.getSelection()));
        tk.createLabel(c, "Explore anyway:");
        exploration = FormFields.spinner(c, tk, 0, 100, "stage.exploration");
        exploration.setDigits(2);
        exploration.setToolTipText("Priors: the share of suspicious ECOs tried anyway (0.00 to 1.00), a fixed draw per "
                + "stage and ECO");
        exploration.addListener(SWT.Modify, e -> setPart(Literals.STAGE__RANKING, Literals.RANKING_POLICY__EXPLORATION_RATE,
                exploration.getSelection() / 100.0));

        tk.createLabel(c, "WNS rail (ps):");
        wnsRail = tk.createText(c, "", SWT.BORDER | SWT.SINGLE);
        wnsRail.setData(NoodleUi.TEST_ID, "stage.wnsRail");
        wnsRail.setMessage("none");
        wnsRail.setToolTipText("A trial whose WNS ends below this many ps is aborted; empty: no such rail.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(wnsRail);
        wnsRail.addListener(SWT.DefaultSelection, e -> commitWnsRail());
        wnsRail.addListener(SWT.FocusOut, e -> commitWnsRail());
        tk.createLabel(c, "Trial timeout (s):");
        timeout = FormFields.spinner(c, tk, 0, 7 * 24 * 3600, "stage.timeout");
        timeout.setToolTipText("A trial running longer is killed and fails as a timeout; 0: the study's trial timeout.");
        timeout.addListener(SWT.Modify, e -> setPart(Literals.STAGE__RAILS, Literals.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS,
                timeout.getSelection()));
        tk.createLabel(c, "Failure rail (%):");
        failureRate = FormFields.spinner(c, tk, 0, 100, "stage.failureRate");
        failureRate.setToolTipText("The stage aborts when more than this share of its trials fail.");
        failureRate.addListener(SWT.Modify, e -> setPart(Literals.STAGE__RAILS, Literals.STAGE_RAILS__FAILURE_RATE,
                failureRate.getSelection() / 100.0));
        problems.field(Literals.STAGE__TYPE, type);
        problems.field(Literals.STAGE__EXECUTION_MODE, mode);
        problems.field(Literals.STAGE__TRIAL_BUDGET, budget);
        problems.field(Literals.STAGE__SURVIVOR_COUNT, survivors);
        problems.field(Literals.STAGE__TRIAL_MEMORY_MB, memory);
        problems.field(Literals.STAGE__ALLOWED_CLASSES, classes.get(EcoClass.TOPOLOGY_NEUTRAL));
        problems.field(Literals.STAGE__ECO_NAMES, ecos.getTable());
        problems.field(Literals.STAGE__RANKING, ranking);
        problems.field(Literals.RANKING_POLICY__TIMING_WEIGHT, timingWeight);
        problems.field(Literals.RANKING_POLICY__CONGESTION_WEIGHT, congestionWeight);
        problems.field(Literals.RANKING_POLICY__SUSPICIOUS_SKIP_AFTER_STAGE, skipSuspicious);
        problems.field(Literals.RANKING_POLICY__EXPLORATION_RATE, exploration);
        problems.field(Literals.STAGE_RAILS__WNS_THRESHOLD_PS, wnsRail);
        problems.field(Literals.STAGE_RAILS__TRIAL_TIMEOUT_SECONDS, timeout);
        problems.field(Literals.STAGE_RAILS__FAILURE_RATE, failureRate);
        sash.setWeights(60, 40);
        show();
    }

    GraphCanvas canvas() {
        return canvas;
    }

    private boolean ready() {
        return canvas != null && !canvas.isDisposed() && editor.getSession() != null;
    }

    private Study study() {
        return editor.getSession().study();
    }

    private Stage stage(String name) {
        return name == null || editor.getSession() == null ? null : study().findStage(name);
    }

    void show() {
        designChanged();
    }

    /**
     * The study or its legality changed: show the graph again, laid out anew only when its shape changed (a
     * legality mark or a stage's numbers keep the geometry).
     */
    void designChanged() {
        if (!ready()) {
            return;
        }
        canvas.setGraph(GraphLayout.layout(StageGraphModel.of(study(), editor.getLegality()), canvas.getGraph()));
        showStage();
    }

    void legalityChanged() {
        designChanged();
    }

    void select(String stage) {
        if (ready()) {
            canvas.select(stage);
        }
    }

    /** Whether the stage form shows a problem on the field of {@code feature} (for tests). */
    boolean fieldShowsProblem(org.eclipse.emf.ecore.EStructuralFeature feature) {
        return problems.shows(feature);
    }

    /** The selected stage's form. */
    private void showStage() {
        Stage st = stage(canvas.getSelection());
        updating = true;
        try {
            form.setDescription(st == null ? "Select a stage in the graph." : "Stage " + st.getIndex() + ": "
                    + st.getName() + (st.getInputs().isEmpty() ? ", first" : ", after " + st.getInputs().stream()
                            .map(Stage::getName).collect(java.util.stream.Collectors.joining(", "))));
            stageTitle.setText(st == null ? "" : st.getName());
            for (var w : new org.eclipse.swt.widgets.Control[] { type, mode, budget, survivors, memory, ecos.getTable(),
                    ranking, skipSuspicious, exploration, wnsRail, timeout, failureRate }) {
                w.setEnabled(st != null);
            }
            boolean weighted = st != null && st.getRanking() != null
                    && st.getRanking().getKind() == io.noodle.model.RankingPolicyKind.MULTI_OBJECTIVE;
            timingWeight.setEnabled(weighted);
            congestionWeight.setEnabled(weighted);
            ecos.setInput(study().getEcos().toArray());
            Set<EcoClass> domain = Ecos.allowedBy(study().getSafetyDomain());
            for (var e : classes.entrySet()) {
                Button b = e.getValue();
                boolean allowedByDomain = domain.contains(e.getKey());
                b.setSelection(st != null && st.getAllowedClasses().contains(e.getKey()));
                // greyed where the domain forbids the class, unless the stage has it (so it can be removed)
                b.setEnabled(st != null && (allowedByDomain || b.getSelection()));
                b.setToolTipText(allowedByDomain ? "Allow " + e.getKey().getLiteral() + " ECOs in this stage"
                        : "The " + study().getSafetyDomain().getLiteral() + " safety domain does not allow "
                                + e.getKey().getLiteral() + " ECOs");
            }
            if (st != null) {
                type.select(st.getType().getValue());
                mode.select(st.getExecutionMode().getValue());
                budget.setSelection(st.getTrialBudget());
                survivors.setSelection(st.getSurvivorCount());
                memory.setSelection(st.getTrialMemoryMb());
                ecos.setCheckedElements(study().getEcos().stream().filter(e -> st.getEcoNames().contains(e.getName()))
                        .toArray());
                io.noodle.model.RankingPolicy rp = st.getRanking() != null ? st.getRanking()
                        : io.noodle.model.NoodleFactory.eINSTANCE.createRankingPolicy(); // the defaults
                ranking.select(rp.getKind().getValue());
                timingWeight.setSelection((int) Math.round(rp.getTimingWeight() * 100));
                congestionWeight.setSelection((int) Math.round(rp.getCongestionWeight() * 100));
                skipSuspicious.setSelection(rp.getSuspiciousSkipAfterStage());
                exploration.setSelection((int) Math.round(rp.getExplorationRate() * 100));
                io.noodle.model.StageRails rails = st.getRails() != null ? st.getRails()
                        : io.noodle.model.NoodleFactory.eINSTANCE.createStageRails();
                Double wns = rails.getWnsThresholdPs();
                if (!wnsRail.isFocusControl()) {
                    wnsRail.setText(wns == null ? "" : io.noodle.model.validation.ParameterValues.plain(wns));
                }
                timeout.setSelection(rails.getTrialTimeoutSeconds());
                failureRate.setSelection((int) Math.round(rails.getFailureRate() * 100));
            }
            var report = editor.getLegality();
            problems.show(report == null || st == null ? List.of() : report.stages().stream()
                    .filter(e -> e.name().equals(st.getName())).flatMap(e -> e.problems().stream()).toList(),
                    st == null ? List.of() : java.util.Arrays.asList(st, st.getRails(), st.getRanking()));
        } finally {
            updating = false;
        }
        Composite content = (Composite) scroller.getContent();
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        content.layout(true, true);
        form.getParent().layout(true, true);
    }

    private void set(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        Stage st = stage(canvas.getSelection());
        if (!updating && st != null) {
            editor.execute(StudyEdits.set(editor.getSession().domain(), st, feature, value));
        }
    }

    private void setPart(org.eclipse.emf.ecore.EReference part, org.eclipse.emf.ecore.EStructuralFeature feature,
            Object value) {
        Stage st = stage(canvas.getSelection());
        if (!updating && st != null) {
            editor.execute(StudyEdits.setPart(editor.getSession().domain(), st, part, feature, value));
        }
    }

    /** The WNS rail as typed: a number of ps, or empty for none; anything else is refused where it was typed. */
    private void commitWnsRail() {
        Stage st = stage(canvas.getSelection());
        if (updating || st == null) {
            return;
        }
        String t = wnsRail.getText().strip();
        Double v;
        try {
            v = t.isEmpty() ? null : Double.valueOf(t);
        } catch (NumberFormatException e) {
            status.setText("The WNS rail must be a number of ps (e.g. -150), or empty for none; '" + t + "' is not.");
            return;
        }
        if (v != null && !Double.isFinite(v)) {
            status.setText("The WNS rail must be a finite number of ps.");
            return;
        }
        setPart(Literals.STAGE__RAILS, Literals.STAGE_RAILS__WNS_THRESHOLD_PS, v);
    }

    private void addStage() {
        if (!ready()) {
            return;
        }
        Stage after = stage(canvas.getSelection());
        int before = study().getStages().size();
        editor.execute(StudyEdits.addStage(editor.getSession().domain(), study(), after));
        if (study().getStages().size() > before) {
            Stage added = study().getStages().get(study().getStages().size() - 1);
            designChanged();
            canvas.select(added.getName());
            status.setText("Added " + added.getName() + (after == null ? "" : " after " + after.getName()) + ".");
        }
    }

    private void connectStages(String fromName, String toName) {
        Stage from = stage(fromName);
        Stage to = stage(toName);
        if (from == null || to == null) {
            return;
        }
        String why = StudyEdits.whyNot(study(), from, to);
        if (why != null) {
            status.setText("Not connected: " + why + ".");
            return;
        }
        editor.execute(StudyEdits.connect(editor.getSession().domain(), study(), from, to));
        status.setText(toName + " now takes the survivors of " + fromName + ".");
    }

    private void deleteStage() {
        Stage st = stage(canvas.getSelection());
        if (st != null) {
            editor.execute(StudyEdits.deleteStage(editor.getSession().domain(), study(), st));
            status.setText("Deleted " + st.getName() + " (Ctrl+Z brings it back).");
        }
    }

    private void renameStage() {
        Stage st = stage(canvas.getSelection());
        if (st == null) {
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), "Rename Stage", "New name of stage " + st.getName() + ":",
                st.getName(), v -> StudyEdits.badName(study(), st, v));
        if (d.open() == Window.OK && !d.getValue().equals(st.getName())) {
            editor.execute(StudyEdits.rename(editor.getSession().domain(), st, d.getValue()));
            canvas.select(d.getValue());
        }
    }
}
