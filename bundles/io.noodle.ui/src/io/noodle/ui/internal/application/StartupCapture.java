package io.noodle.ui.internal.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * For {@code -noodle.startupProbe} and {@code -noodle.screenshot}: records when the main window was first
 * painted, waits until it has settled (no background job running, a short quiet period), writes a PNG of
 * it, and closes the workbench.
 */
final class StartupCapture {

    private static final int POLL_MILLIS = 100;
    private static final int SETTLE_MILLIS = 1500;
    private static final int GIVE_UP_MILLIS = 60_000;

    private final Shell shell;
    private final StartupOptions options;
    private long idleSince = -1;
    private long started;

    StartupCapture(Shell shell, StartupOptions options) {
        this.shell = shell;
        this.options = options;
    }

    void start() {
        Display display = shell.getDisplay();
        started = System.currentTimeMillis();
        display.asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            shell.update(); // paint now: the window is on screen when this returns
            if (options.startupProbe() != null) {
                writeAtomically(options.startupProbe(), Long.toString(System.currentTimeMillis()));
            }
            if (options.screenshot() == null) {
                close();
            } else {
                display.timerExec(POLL_MILLIS, this::poll);
            }
        });
    }

    private void poll() {
        if (shell.isDisposed()) {
            return;
        }
        long now = System.currentTimeMillis();
        boolean idle = Job.getJobManager().isIdle();
        if (!idle) {
            idleSince = -1;
        } else if (idleSince < 0) {
            idleSince = now;
        }
        boolean settled = idle && now - idleSince >= SETTLE_MILLIS;
        if (settled || now - started > GIVE_UP_MILLIS) {
            capture();
            close();
        } else {
            shell.getDisplay().timerExec(POLL_MILLIS, this::poll);
        }
    }

    private void capture() {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // flush pending paints
        }
        shell.update();
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(image);
        try {
            shell.print(gc); // the widget tree drawn into the image: independent of what covers the screen
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path target = options.screenshot().toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            loader.save(tmp.toString(), SWT.IMAGE_PNG);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("noodle: screenshot written to " + target + " (" + b.width + "x" + b.height + ")");
        } catch (IOException e) {
            System.err.println("noodle: cannot write the screenshot " + options.screenshot() + ": " + e.getMessage());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private void close() {
        PlatformUI.getWorkbench().close();
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("noodle: cannot write " + file + ": " + e.getMessage());
        }
    }
}
