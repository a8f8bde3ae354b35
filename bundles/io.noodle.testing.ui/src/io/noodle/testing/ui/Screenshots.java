package io.noodle.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG, so a test run leaves pictures of the dialogs it drove. */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Whether {@code area} (control coordinates) holds more than one colour in a picture of the control's shell,
     * taken as {@link #save} takes it: text or lines rather than a blank background. GTK lays out and paints new
     * rows when its loop comes round, so a test waits on this before a picture that must show them. Call on the
     * UI thread.
     */
    public static boolean drawn(Control control, Rectangle area) {
        Shell shell = control.getShell();
        Rectangle b = shell.getBounds();
        Rectangle r = control.getDisplay().map(control, shell, area);
        Point origin = shell.toDisplay(0, 0); // the client area's corner, inside the window's border
        r.x += origin.x - b.x;
        r.y += origin.y - b.y;
        r = r.intersection(new Rectangle(0, 0, b.width, b.height));
        if (r.isEmpty()) {
            return false;
        }
        ImageData d = picture(shell);
        int first = d.getPixel(r.x, r.y);
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (d.getPixel(x, y) != first) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Draws the shell's widget tree into {@code file} (PNG); call on the UI thread. */
    public static void save(Shell shell, Path file) throws IOException {
        shell.update();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { picture(shell) };
        Files.createDirectories(file.toAbsolutePath().getParent());
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** What the shell shows, drawn by its widgets. */
    private static ImageData picture(Shell shell) {
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
