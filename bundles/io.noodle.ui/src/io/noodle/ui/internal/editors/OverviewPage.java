package io.noodle.ui.internal.editors;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;

import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.EcoClass;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.SafetyDomain;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;
import io.noodle.model.derived.Ecos;
import io.noodle.model.edit.NoodleLabels;
import io.noodle.model.validation.LegalityReport;
import io.noodle.ui.NoodleUi;

/**
 * The Overview page: what the study is (name, description, safety domain and what it allows, in words),
 * its summary and live legality (the problems of the last check, double-click to go to the stage, and the
 * full report), the newest run's state, and Run. Run is disabled while the study is illegal or has unsaved
 * edits (a run reads the saved file), with the reason beside it.
 */
final class OverviewPage extends FormPage {

    private final StudyEditor editor;
    private Label header;
    private Label runLine;
    private Label summary;
    private Text name;
    private Text description;
    private Combo domain;
    private Label allows;
    private StudySettingsSection settings;
    private PriorsSection priors;
    private final FieldProblems marks = new FieldProblems();
    private Button run;
    private Button runWith;
    private Button stop;
    private Button approve;
    private Button reject;
    private Composite decision;
    /** Stages approved from here (run key / stage), until the run goes on. */
    private final java.util.Set<String> approved = new java.util.HashSet<>();
    private Label runWhy;
    private Table problems;
    private Text report;
    private ScrolledForm form;
    private boolean updating;
    /** The user typed in the name or description and has not committed it yet: keep what they typed. */
    private boolean nameTyped;
    private boolean descriptionTyped;

    OverviewPage(StudyEditor editor) {
        super(editor, "overview", "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        form = managed.getForm();
        FormToolkit tk = managed.getToolkit();
        form.setText("Study");
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(12, 8).applyTo(body);

        header = tk.createLabel(body, "Loading " + editor.file() + " \u2026", SWT.WRAP);
        header.setData(NoodleUi.TEST_ID, "study.header");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(header);
        runLine = tk.createLabel(body, "", SWT.WRAP);
        runLine.setData(NoodleUi.TEST_ID, "study.run");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(runLine);

        // the study: name, description, domain
        Section general = tk.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        general.setText("General");
        general.setDescription("What the study is and how far its ECOs may reach.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(general);
        Composite g = tk.createComposite(general);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(g);
        general.setClient(g);
        tk.createLabel(g, "Name:");
        name = tk.createText(g, "", SWT.SINGLE);
        name.setData(NoodleUi.TEST_ID, "study.name");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        name.addListener(SWT.Modify, e -> nameTyped |= !updating);
        name.addListener(SWT.DefaultSelection, e -> commitName());
        name.addListener(SWT.FocusOut, e -> commitName());
        Label dl = tk.createLabel(g, "Description:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 2).applyTo(dl);
        description = tk.createText(g, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        description.setData(NoodleUi.TEST_ID, "study.description");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 48).applyTo(description);
        description.addListener(SWT.Modify, e -> descriptionTyped |= !updating);
        description.addListener(SWT.FocusOut, e -> {
            if (descriptionTyped && ready()) {
                descriptionTyped = false;
                commit(editor.getSession().study(), Literals.STUDY__DESCRIPTION,
                        description.getText().isBlank() ? null : description.getText());
            }
        });
        tk.createLabel(g, "Safety domain:");
        domain = new Combo(g, SWT.READ_ONLY);
        domain.setData(NoodleUi.TEST_ID, "study.domain");
        for (SafetyDomain d : SafetyDomain.VALUES) {
            domain.add(d.getLiteral());
        }
        tk.adapt(domain);
        domain.addListener(SWT.Selection, e -> {
            if (!updating && domain.getSelectionIndex() >= 0) {
                commit(editor.getSession().study(), Literals.STUDY__SAFETY_DOMAIN,
                        SafetyDomain.VALUES.get(domain.getSelectionIndex()));
            }
        });
        tk.createLabel(g, "");
        allows = tk.createLabel(g, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(allows);

        // run
        Section runSection = tk.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        runSection.setText("Run");
        runSection.setDescription("Runs the saved study on the flow of Preferences > Noodle > Toolchain.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(runSection);
        Composite r = tk.createComposite(runSection);
        GridLayoutFactory.fillDefaults().numColumns(1).margins(4, 4).applyTo(r);
        runSection.setClient(r);
        summary = tk.createLabel(r, "", SWT.WRAP);
        summary.setData(NoodleUi.TEST_ID, "study.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        Composite buttons = tk.createComposite(r);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        run = tk.createButton(buttons, "&Run Study", SWT.PUSH);
        run.setData(NoodleUi.TEST_ID, "study.runButton");
        run.addListener(SWT.Selection, e -> runStudy("io.noodle.ui.commands.runStudy"));
        runWith = tk.createButton(buttons, "Run &With…", SWT.PUSH);
        runWith.setData(NoodleUi.TEST_ID, "study.runWithButton");
        runWith.setToolTipText("Choose the executor, how many trials at once, and whether to resume the last run");
        runWith.addListener(SWT.Selection, e -> runStudy("io.noodle.ui.commands.runStudyWith"));
        stop = tk.createButton(buttons, "S&top Run", SWT.PUSH);
        stop.setData(NoodleUi.TEST_ID, "study.stopButton");
        stop.setToolTipText("Stops the running trials; finished cases are kept and Run Study resumes from them.");
        stop.addListener(SWT.Selection, e -> {
            if (io.noodle.ui.internal.handlers.RunStudyHandler.cancel(editor.getSession().folder())) {
                stop.setEnabled(false);
                runWhy.setText("Stopping: the running trials are stopped; what finished is kept.");
            }
        });
        decision = tk.createComposite(r);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(decision);
        approve = tk.createButton(decision, "&Approve\u2026", SWT.PUSH);
        approve.setData(NoodleUi.TEST_ID, "study.approve");
        approve.addListener(SWT.Selection, e -> decide(true));
        reject = tk.createButton(decision, "Re&ject\u2026", SWT.PUSH);
        reject.setData(NoodleUi.TEST_ID, "study.reject");
        reject.addListener(SWT.Selection, e -> decide(false));
        GridDataFactory.fillDefaults().exclude(true).applyTo(decision);
        decision.setVisible(false);
        runWhy = tk.createLabel(r, "", SWT.WRAP);
        runWhy.setData(NoodleUi.TEST_ID, "study.runWhy");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(runWhy);

        // legality
        Section legal = tk.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        legal.setText("Legality");
        legal.setDescription("Checked after every change. Double-click a problem to go to its stage.");
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(legal);
        Composite l = tk.createComposite(legal);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).applyTo(l);
        legal.setClient(l);
        problems = tk.createTable(l, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        problems.setData(NoodleUi.TEST_ID, "study.problems");
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 160).applyTo(problems);
        problems.addListener(SWT.DefaultSelection, e -> { // double-click or Enter: go to the stage
            TableItem[] sel = problems.getSelection();
            Object item = e.item != null ? e.item : sel.length > 0 ? sel[0] : null;
            if (item instanceof TableItem ti && ti.getData() instanceof String stage) {
                editor.reveal(stage);
            } else if (item instanceof TableItem ti && ti.getData() instanceof Diagnostic d && d.getData().size() >= 2
                    && d.getData().get(1) instanceof org.eclipse.emf.ecore.EStructuralFeature f) {
                org.eclipse.swt.widgets.Control field = marks.control(f); // a study problem: to its field
                if (field != null) {
                    form.showControl(field);
                    field.setFocus();
                }
            }
        });
        report = tk.createText(l, "", SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        report.setData(NoodleUi.TEST_ID, "study.report");
        report.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 160).applyTo(report);
        settings = new StudySettingsSection(editor, body, tk); // below the legality: problems come first
        priors = new PriorsSection(editor, body, tk);
        marks.field(Literals.STUDY__NAME, name);
        marks.field(Literals.STUDY__SAFETY_DOMAIN, domain);
        marks.field(Literals.STUDY__BASE_CASE_NAME, settings.designLabel());
        settings.markFields(marks);
        if (editor.getSession() != null) {
            show();
        }
    }

    private boolean ready() {
        return header != null && !header.isDisposed() && editor.getSession() != null;
    }

    void failed(String message) {
        if (header != null && !header.isDisposed()) {
            header.setText("Cannot open " + editor.file() + ":\n" + message);
            report.setText(message);
        }
    }

    void show() {
        if (!ready()) {
            return;
        }
        designChanged();
        legalityChanged();
        runChanged();
    }

    void designChanged() {
        if (!ready()) {
            return;
        }
        Study s = editor.getSession().study();
        updating = true;
        try {
            text(header, NoodleLabels.label(s) + "  \u2014  " + editor.file());
            if (editor.getSession().changedOnDisk()) {
                form.setMessage("The file changed on disk. Save writes your edits over it; undoing them all loads it.",
                        IMessageProvider.WARNING);
            } else {
                form.setMessage(null, IMessageProvider.NONE);
            }
            if (!nameTyped) {
                name.setText(s.getName() == null ? "" : s.getName());
            }
            if (!descriptionTyped) {
                description.setText(s.getDescription() == null ? "" : s.getDescription());
            }
            domain.select(s.getSafetyDomain().getValue());
            settings.show(s);
            text(allows, "allows " + Ecos.allowedBy(s.getSafetyDomain()).stream().map(EcoClass::getLiteral)
                    .collect(Collectors.joining(", ")));
        } finally {
            updating = false;
        }
        updateRun();
        relayout();
    }

    void legalityChanged() {
        if (!ready()) {
            return;
        }
        LegalityReport r = editor.getLegality();
        if (r == null) {
            return;
        }
        Study s = editor.getSession().study();
        long trials = s.getStages().stream().mapToLong(Stage::getTrialBudget).sum();
        text(summary, s.getStages().size() + (s.getStages().size() == 1 ? " stage, " : " stages, ") + trials
                + " trials, " + (r.isLegal() ? "legal" : "illegal: " + r.errorCount() + " error(s)")
                + (r.warningCount() > 0 ? ", " + r.warningCount() + " warning(s)" : ""));
        List<org.eclipse.emf.ecore.EObject> owners = new java.util.ArrayList<>(List.of(s));
        if (s.getObjective() != null) {
            owners.add(s.getObjective());
        }
        if (s.getRails() != null) {
            owners.add(s.getRails());
        }
        marks.show(r.studyProblems(), owners); // the study's own problems beside their fields
        String full = r.toText();
        if (!full.equals(report.getText())) { // the problems are listed again only when the report changed
            problems.removeAll();
            for (LegalityReport.StageEntry e : r.stages()) {
                for (Diagnostic d : e.problems()) {
                    item(d, e.name());
                }
            }
            for (Diagnostic d : r.studyProblems()) {
                item(d, null);
            }
            report.setText(full);
        }
        updateRun();
        relayout();
    }

    /** The priors rows shown (for tests). */
    java.util.List<String> priorsRows() {
        return priors.rows();
    }

    /** Whether the Overview shows a problem beside the field of {@code feature} (for tests). */
    boolean fieldShowsProblem(org.eclipse.emf.ecore.EStructuralFeature feature) {
        return marks.shows(feature);
    }

    /** Labels whose text changed since the last layout: only their parents are laid out again. */
    private final java.util.List<org.eclipse.swt.widgets.Control> resized = new java.util.ArrayList<>();

    /** Sets a label's text when it differs, noting it for {@link #relayout}. */
    private void text(Label l, String t) {
        if (!t.equals(l.getText())) {
            int before = l.getSize().y;
            l.setText(t);
            resized.add(l);
            // a label that now needs more or fewer lines changes the form's height
            taller |= before == 0 || l.computeSize(l.getSize().x, SWT.DEFAULT).y != before;
        }
    }

    /** A change since the last layout may have changed the form's height. */
    private boolean taller;

    /** Lays out again what holds the labels that changed (not the whole form: an edit stays cheap). */
    private void relayout() {
        if (!resized.isEmpty()) {
            form.getBody().layout(resized.toArray(org.eclipse.swt.widgets.Control[]::new));
            resized.clear();
        }
        if (taller) {
            taller = false;
            form.reflow(true); // the form's height changed: its scroll bar follows
        }
    }

    private void item(Diagnostic d, String stage) {
        TableItem ti = new TableItem(problems, SWT.NONE);
        ti.setText((d.getSeverity() >= Diagnostic.ERROR ? "Error: " : "Warning: ") + d.getMessage());
        ti.setForeground(problems.getDisplay().getSystemColor(d.getSeverity() >= Diagnostic.ERROR ? SWT.COLOR_RED
                : SWT.COLOR_DARK_YELLOW));
        ti.setData(stage != null ? stage : d); // a stage's problem goes to the stage, the study's to its field
    }

    void runChanged() {
        if (!ready()) {
            return;
        }
        RunSnapshot s = editor.shownRun();
        text(runLine, describe(s));
        updateRun();
        relayout();
    }

    /** The human_approval stage the shown run waits for, or null. */
    private Stage waitingFor() {
        RunSnapshot s = editor.shownRun();
        if (s == null || s.phase() != RunSnapshot.Phase.WAITING || editor.getSession() == null) {
            return null;
        }
        java.util.Set<String> done = s.stages().stream().filter(v -> v.state() == RunSnapshot.StageState.COMPLETED)
                .map(RunSnapshot.StageView::name).collect(Collectors.toSet());
        for (Stage st : editor.getSession().study().getStages()) {
            if (st.getType() == io.noodle.model.StageType.HUMAN_APPROVAL && !done.contains(st.getName())
                    && st.getInputs().stream().allMatch(i -> done.contains(i.getName()))) {
                return st;
            }
        }
        return null;
    }

    /**
     * Approve or reject the stage the run waits for, with a note; the decision is written with who and when.
     * Approved, its input survivors go on when the run resumes; rejected, the stage is aborted and what
     * follows it does not run.
     */
    private void decide(boolean yes) {
        Stage st = waitingFor();
        RunSnapshot s = editor.shownRun();
        if (st == null || s == null) {
            return;
        }
        String title = yes ? "Approve Stage" : "Reject Stage";
        org.eclipse.jface.dialogs.InputDialog d = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
                title, (yes ? "Approve stage '" + st.getName() + "' of " + s.runId() + ": its input survivors go on "
                        + "to the next stages when the run resumes."
                        : "Reject stage '" + st.getName() + "' of " + s.runId() + ": when the run resumes the stage is "
                                + "aborted and the stages after it do not run.") + " A note for the record:", "", null);
        if (d.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        String note = d.getValue();
        var study = editor.getSession().study();
        var folder = editor.getSession().folder();
        String stage = st.getName();
        org.eclipse.core.runtime.jobs.Job.create((yes ? "Approving " : "Rejecting ") + stage, m -> {
            String said;
            try {
                String who = System.getProperty("user.name");
                java.nio.file.Path f = yes ? io.noodle.engine.run.Approvals.approve(study, folder, stage, who, note)
                        : io.noodle.engine.run.Approvals.reject(study, folder, stage, who, note);
                said = (yes ? "Approved " : "Rejected ") + stage + " (" + f.getFileName() + "). Run Study resumes the run.";
            } catch (java.io.IOException | IllegalArgumentException e) {
                said = "Cannot " + (yes ? "approve " : "reject ") + stage + ": " + e.getMessage();
            }
            String text = said;
            editor.ui(() -> {
                approved.add(s.runKey() + "/" + stage);
                updateRun();
                text(runWhy, text);
                relayout();
            });
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }).schedule();
    }

    private void updateRun() {
        LegalityReport r = editor.getLegality();
        RunSnapshot s = editor.shownRun();
        if (editor.getSession() != null) { // read again when a run has ended: it taught the priors something
            priors.show(editor.getSession().study(), editor.getSession().folder(),
                    s == null ? 0 : s.phase().ended() ? s.version() : -1);
        }
        Stage waiting = waitingFor();
        boolean show = waiting != null && !approved.contains(s.runKey() + "/" + waiting.getName());
        if (decision.getVisible() != show) {
            decision.setVisible(show);
            ((org.eclipse.swt.layout.GridData) decision.getLayoutData()).exclude = !show;
            resized.add(decision);
            taller = true;
        }
        if (show && !approve.getText().contains("'" + waiting.getName() + "'")) {
            approve.setText("&Approve '" + waiting.getName() + "'\u2026");
            reject.setText("Re&ject '" + waiting.getName() + "'\u2026");
            resized.add(approve);
            resized.add(reject);
        }
        String why = r != null && !r.isLegal() ? "The study is illegal: mend the problems below first."
                : editor.isDirty() ? "Save the study first (Ctrl+S): a run reads the saved file."
                        : s != null && s.phase() == RunSnapshot.Phase.RUNNING ? "It is running." : "";
        if (run.getEnabled() != why.isEmpty()) {
            run.setEnabled(why.isEmpty());
            runWith.setEnabled(why.isEmpty());
        }
        stop.setEnabled(s != null && s.phase() == RunSnapshot.Phase.RUNNING && editor.getSession() != null
                && org.eclipse.core.runtime.jobs.Job.getJobManager().find(editor.getSession().folder()).length > 0);
        text(runWhy, why);
    }

    private void runStudy(String command) {
        try {
            editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
        } catch (ExecutionException | org.eclipse.core.commands.common.NotDefinedException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            runWhy.setText("Cannot run: " + e.getMessage());
        }
    }

    static String describe(RunSnapshot s) {
        if (s == null) {
            return "Not run yet.";
        }
        long running = s.active().stream().filter(RunSnapshot.TrialView::running).count();
        String what = s.phase() == RunSnapshot.Phase.RUNNING ? "running, " + s.cases().size() + " cases finished, "
                + running + " running, " + (s.active().size() - running) + " queued"
                : s.phase().name().toLowerCase(java.util.Locale.ROOT) + ", " + s.cases().size() + " cases"
                        + (s.best() == null ? "" : ", best " + s.best())
                        + (s.message() == null ? "" : " \u2014 " + s.message());
        return "Run " + s.runId() + ": " + what;
    }

    private void commitName() {
        if (updating || !ready() || !nameTyped) {
            return;
        }
        nameTyped = false;
        Study s = editor.getSession().study();
        String v = name.getText().strip();
        if (v.equals(s.getName())) {
            return;
        }
        String bad = CaseNames.isSafe(v) ? null : CaseNames.SAFE_NAME_RULE;
        if (bad != null) {
            runWhy.setText("Name '" + v + "' refused: " + bad);
            updating = true;
            try {
                name.setText(s.getName());
            } finally {
                updating = false;
            }
            return;
        }
        commit(s, Literals.STUDY__NAME, v);
    }

    private void commit(EObject owner, org.eclipse.emf.ecore.EStructuralFeature f, Object value) {
        if (!updating && ready()) {
            editor.execute(StudyEdits.set(editor.getSession().domain(), owner, f, value));
        }
    }
}
