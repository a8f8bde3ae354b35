package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import io.noodle.ui.NoodleUi;

/**
 * A tool's output file (a timing report, a log) read-only in the workbench, opened at a line — the line a
 * metric or a verdict came from — which is highlighted and scrolled into view. The file is read in a job;
 * one over 16 MiB shows its first 16 MiB and says so.
 */
public final class ReportEditor extends EditorPart {

    public static final String ID = "io.noodle.ui.editors.report";
    private static final int LIMIT = 16 << 20;
    private static final Color HIGHLIGHT = new Color(255, 240, 170);

    private StyledText text;

    /** A file and the line to show (1-based; 0: none). */
    public record Input(Path file, int line) implements IEditorInput {
        @Override
        public boolean exists() {
            return Files.exists(file);
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return null;
        }

        @Override
        public String getName() {
            return file.getFileName() + (line > 0 ? ":" + line : "");
        }

        @Override
        public IPersistableElement getPersistable() {
            return null; // a report is opened from a run, not restored
        }

        @Override
        public String getToolTipText() {
            return file + (line > 0 ? " line " + line : "");
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Input i && i.file.equals(file) && i.line == line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, line);
        }
    }

    /** Opens {@code file:line} (the form provenance takes; a relative file against {@code base}). */
    public static ReportEditor open(IWorkbenchPage page, String provenance, Path base) throws PartInitException {
        int colon = provenance.lastIndexOf(':');
        int line = 0;
        String file = provenance;
        if (colon > 0 && provenance.substring(colon + 1).matches("\\d{1,9}")) {
            line = Integer.parseInt(provenance.substring(colon + 1));
            file = provenance.substring(0, colon);
        }
        Path p = Path.of(file);
        return (ReportEditor) page.openEditor(new Input(p.isAbsolute() || base == null ? p : base.resolve(p), line), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof Input)) {
            throw new PartInitException("The report viewer opens tool output files, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.MULTI);
        text.setData(NoodleUi.TEST_ID, "report.text");
        text.setFont(JFaceResources.getTextFont());
        text.setText("Reading " + input().file() + " \u2026");
        Input in = input();
        Job.create("Reading " + in.file().getFileName(), (IProgressMonitor m) -> {
            String content;
            try {
                byte[] all = Files.readAllBytes(in.file());
                content = new String(all, 0, Math.min(all.length, LIMIT), StandardCharsets.UTF_8)
                        + (all.length > LIMIT ? "\n[the first 16 MiB of " + all.length + " bytes]" : "");
            } catch (IOException e) {
                content = "Cannot read " + in.file() + ": " + e.getMessage();
            }
            String shown = content;
            text.getDisplay().asyncExec(() -> show(shown, in.line()));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(String content, int line) {
        if (text.isDisposed()) {
            return;
        }
        text.setText(content);
        if (line > 0 && line <= text.getLineCount()) {
            text.setLineBackground(line - 1, 1, HIGHLIGHT);
            text.setTopIndex(Math.max(0, line - 6));
            text.setCaretOffset(text.getOffsetAtLine(line - 1));
        }
    }

    private Input input() {
        return (Input) getEditorInput();
    }

    /** The line shown highlighted (1-based; 0: none), and the text (for tests). */
    public int line() {
        return input().line();
    }

    public StyledText text() {
        return text;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
