package io.noodle.ui.internal.runs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.model.results.VerdictRecord;
import io.noodle.ui.NoodleUi;

/**
 * A failed gate is impossible to miss: when a run in this workbench reaches a failed verdict (gate 0 blocked,
 * a rail aborting a stage or the study, a stage rejected), a notification pops up at the window's bottom
 * right (for 15 s, without taking the focus), once per run, naming the study, the gate and why, with a link
 * that opens the Gate Status view; the status line says it too.
 */
public final class GateAlerts {

    /** Test id of the notification's text. */
    public static final String TEXT_ID = "gates.alert";

    private final IWorkbenchWindow window;
    private final Set<String> alerted = ConcurrentHashMap.newKeySet();
    private final EventBus.Subscription subscription;

    private GateAlerts(IWorkbenchWindow window) {
        this.window = window;
        this.subscription = RunRegistry.instance().subscribe(this::onEvent, 256);
        window.getShell().addListener(SWT.Dispose, e -> subscription.close());
    }

    /** Starts alerting in this window. */
    public static void install(IWorkbenchWindow window) {
        new GateAlerts(window);
    }

    private void onEvent(RunEvent e) {
        if (e instanceof RunEvent.VerdictReached v && !v.verdict().passed() && alerted.add(v.runKey())) {
            Shell shell = window.getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> alert(v.study(), v.verdict()));
            }
        }
    }

    private void alert(String study, VerdictRecord v) {
        Shell shell = window.getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        String where = v.stage() != null ? "stage " + v.stage() : v.rail().equals("gate0") ? "gate 0" : "the study";
        String text = study + ": " + v.rail() + " failed at " + where + (v.message() == null ? "" : " \u2014 " + v.message());
        var page = window.getActivePage();
        if (page != null && page.getActivePart() != null && page.getActivePart().getSite() instanceof org.eclipse.ui.IViewSite vs) {
            vs.getActionBars().getStatusLineManager().setErrorMessage(text);
        } else if (page != null && page.getActiveEditor() != null) {
            page.getActiveEditor().getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(text);
        }
        Popup p = new Popup(shell, text);
        p.open();
        shell.getDisplay().timerExec(15_000, p::close); // a notification, not a dialog: it goes by itself
    }

    /** The notification: the words of the verdict and a link to the Gate Status view. */
    private final class Popup extends PopupDialog {
        private final String text;

        Popup(Shell parent, String text) {
            super(parent, PopupDialog.HOVER_SHELLSTYLE, false, false, false, false, false, "A gate failed", null);
            this.text = text;
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            Label l = new Label(c, SWT.WRAP);
            l.setText(text);
            l.setData(NoodleUi.TEST_ID, TEXT_ID);
            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(l);
            Link open = new Link(c, SWT.NONE);
            open.setText("<a>Open Gate Status</a>");
            open.setData(NoodleUi.TEST_ID, "gates.alert.open");
            open.addListener(SWT.Selection, e -> {
                close();
                try {
                    window.getActivePage().showView(NoodleUi.GATES_VIEW_ID);
                } catch (PartInitException x) {
                    System.err.println("noodle: cannot open the Gate Status view: " + x.getMessage());
                }
            });
            return c;
        }

        @Override
        protected Point getDefaultLocation(Point size) {
            Rectangle r = getParentShell().getBounds();
            return new Point(r.x + r.width - size.x - 16, r.y + r.height - size.y - 40);
        }
    }
}
