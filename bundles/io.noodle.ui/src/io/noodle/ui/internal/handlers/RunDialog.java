package io.noodle.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.noodle.engine.run.StudyRunner;
import io.noodle.model.derived.ExecutorChoice;
import io.noodle.ui.NoodleUi;

/**
 * Run Study…: where the study runs (this machine, the workspace's SSH hosts, or a Ray cluster), how many
 * trials at once, and, when its last run stopped with work left, whether to resume it or start over. The quick
 * Run Study takes the defaults (this machine) and asks only about resuming.
 */
public final class RunDialog extends TitleAreaDialog {

    /**
     * What the user chose; {@code executor} as {@link ExecutorChoice} reads it: {@code local}, {@code ssh},
     * {@code ray}, or several joined by '+' (one slot pool over them; {@code slots} is then this machine's share).
     */
    public record Choice(int slots, StudyRunner.Start start, String executor) {
    }

    /** The executors the workspace offers: SSH hosts (names and slots), the Ray cluster (its address), or none. */
    public record Executors(List<String> sshHosts, int sshSlots, String ray, String rayProblem) {
        public static Executors none() {
            return new Executors(List.of(), 0, null, null);
        }
    }

    private final String study;
    private final String lastRun;
    private final int available;
    private final int preferred;
    private Spinner slots;
    private Button resume;
    private Button startOver;
    private Choice choice;
    private Executors executors = Executors.none();
    private Combo executor;
    private final List<String> kinds = new java.util.ArrayList<>();
    private String preselect;

    /**
     * @param study     the study's name
     * @param lastRun   the last run's words when it has work left ("run-2 ended cancelled"), or null
     * @param available the slots of this workbench's pool
     * @param preferred the slots the study asks for (its max. trials at once, else all)
     */
    public RunDialog(Shell parent, String study, String lastRun, int available, int preferred) {
        super(parent);
        this.study = study;
        this.lastRun = lastRun;
        this.available = Math.max(1, available);
        this.preferred = Math.max(1, Math.min(preferred, this.available));
    }

    /** The study's own choice of executor (null: none), selected when the workspace offers it. */
    public RunDialog preselect(String studyChoice) {
        preselect = studyChoice;
        return this;
    }

    /** The remote executors to offer beside this machine. */
    public RunDialog executors(Executors e) {
        executors = e;
        return this;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Study");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Run " + study);
        setMessage("Where it runs, how many trials at once, and how it starts.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);

        new Label(c, SWT.NONE).setText("Executor:");
        executor = new Combo(c, SWT.READ_ONLY);
        executor.setData(NoodleUi.TEST_ID, "run.executor");
        executor.add("Local: this machine (" + available + " slots)");
        kinds.add(ExecutorChoice.LOCAL);
        List<String> all = new java.util.ArrayList<>(List.of(ExecutorChoice.LOCAL));
        if (!executors.sshHosts().isEmpty()) {
            executor.add("SSH: " + String.join(", ", executors.sshHosts()) + " (" + executors.sshSlots() + " slots)");
            kinds.add(ExecutorChoice.SSH);
            all.add(ExecutorChoice.SSH);
        }
        if (executors.ray() != null) {
            executor.add("Ray: " + executors.ray());
            kinds.add(ExecutorChoice.RAY);
            all.add(ExecutorChoice.RAY);
        }
        if (all.size() > 1) { // one slot pool over all of them
            executor.add("All as one pool: " + String.join(" + ", all));
            kinds.add(String.join("+", all));
        }
        int pre = 0;
        if (preselect != null) {
            try {
                pre = Math.max(0, kinds.indexOf(String.join("+", ExecutorChoice.parse(preselect))));
            } catch (IllegalArgumentException e) {
                pre = 0; // the study's choice is bad: validation says so; here, this machine
            }
        }
        executor.select(pre);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(executor);
        new Label(c, SWT.NONE);
        Label note = new Label(c, SWT.WRAP);
        note.setText(executors.sshHosts().isEmpty() && executors.ray() == null
                ? "SSH hosts and a Ray cluster are offered here once set up: Preferences > Noodle > Executors, or "
                        + "./noodle hosts add and ./noodle ray up." + (executors.rayProblem() == null ? ""
                                : " Ray: " + executors.rayProblem())
                : "Remote trials get their files sent to them and sent back; results are the same as here.");
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(note);

        new Label(c, SWT.NONE).setText("Trials at once:");
        slots = new Spinner(c, SWT.BORDER);
        slots.setData(NoodleUi.TEST_ID, "run.slots");
        slots.setValues(preferred, 1, available, 0, 1, 4);
        slots.setToolTipText("At most the workbench's " + available + " slots, which the runs of all studies share");
        Runnable bound = () -> { // this machine (alone or in a pool): its slots; a remote executor: its own
            String kind = kinds.get(Math.max(0, executor.getSelectionIndex()));
            boolean local = kind.startsWith(ExecutorChoice.LOCAL);
            int max = local ? available : kind.equals(ExecutorChoice.SSH) ? Math.max(1, executors.sshSlots()) : 4096;
            slots.setMaximum(max);
            slots.setSelection(Math.min(slots.getSelection(), max));
            slots.setToolTipText(kind.contains("+") ? "This machine's share of the pool (at most the workbench's "
                    + available + " slots); the remote executors add their own"
                    : local ? "At most the workbench's " + available + " slots, which the runs of all studies share"
                            : "At most the executor's own slots (on Ray: its CPUs)");
        };
        executor.addListener(SWT.Selection, e -> bound.run());
        bound.run();

        Label how = new Label(c, SWT.NONE);
        how.setText("Start:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(how);
        Composite starts = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(starts);
        if (lastRun != null) {
            resume = new Button(starts, SWT.RADIO);
            resume.setData(NoodleUi.TEST_ID, "run.resume");
            resume.setText("Resume " + lastRun + " (finished cases are kept, not run again)");
            resume.setSelection(true);
            startOver = new Button(starts, SWT.RADIO);
            startOver.setData(NoodleUi.TEST_ID, "run.startOver");
            startOver.setText("Start over with a new run (the last one stays as it is)");
        } else {
            new Label(starts, SWT.NONE).setText("A new run (the last run, if any, ended with no work left)");
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        StudyRunner.Start start = resume == null ? StudyRunner.Start.FRESH
                : resume.getSelection() ? StudyRunner.Start.RESUME : StudyRunner.Start.START_OVER;
        choice = new Choice(slots.getSelection(), start, kinds.get(Math.max(0, executor.getSelectionIndex())));
        super.okPressed();
    }

    /** The choice once Run was pressed; null when cancelled. */
    public Choice choice() {
        return choice;
    }
}
