package io.noodle.ui.internal.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * What the run views share to export what they show: the toolbar's <em>Export…</em> (a file chosen among the
 * view's kinds, its extension added when left out, a failure said in a dialog), a canvas drawn into a PNG, and
 * text written whole (to a temporary file, then renamed, so a failed export leaves nothing half written).
 */
final class Exports {

    /** Writes a view's content to a file, by the file's extension. */
    interface Writer {
        void export(Path file) throws IOException;
    }

    private Exports() {
    }

    /**
     * The toolbar action.
     *
     * @param extensions the kinds offered, e.g. {@code .png}, {@code .svg}
     * @param names      their names in the dialog
     */
    static Action action(IWorkbenchPartSite site, String tooltip, String[] extensions, String[] names,
            Supplier<String> defaultName, Writer writer) {
        Action a = new Action("Export\u2026") {
            @Override
            public void run() {
                FileDialog d = new FileDialog(site.getShell(), SWT.SAVE);
                d.setText("Export");
                d.setFilterExtensions(java.util.Arrays.stream(extensions).map(e -> "*" + e).toArray(String[]::new));
                d.setFilterNames(names);
                d.setFileName(defaultName.get());
                d.setOverwrite(true);
                String f = d.open();
                if (f == null) {
                    return;
                }
                boolean known = java.util.Arrays.stream(extensions).anyMatch(f::endsWith);
                Path out = Path.of(known ? f : f + extensions[Math.max(0, d.getFilterIndex())]);
                try {
                    writer.export(out);
                } catch (IOException | RuntimeException e) {
                    org.eclipse.jface.dialogs.MessageDialog.openError(site.getShell(), "Export", "Cannot write " + out
                            + ": " + e.getMessage());
                }
            }
        };
        a.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
                org.eclipse.ui.ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        a.setToolTipText(tooltip);
        return a;
    }

    /** The canvas's drawing, at its size, as a PNG file. UI thread. */
    static void png(Canvas canvas, Consumer<GC> painter, Path file) throws IOException {
        Rectangle a = canvas.getClientArea();
        Image img = new Image(canvas.getDisplay(), Math.max(1, a.width), Math.max(1, a.height));
        GC gc = new GC(img);
        try {
            painter.accept(gc);
        } finally {
            gc.dispose();
        }
        try {
            png(img, file);
        } finally {
            img.dispose();
        }
    }

    /** An image as a PNG file, written whole. */
    static void png(Image image, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            ImageLoader l = new ImageLoader();
            l.data = new ImageData[] { image.getImageData() };
            l.save(tmp.toString(), SWT.IMAGE_PNG);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Text written whole, in UTF-8. */
    static void text(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The lower-case name of a file, to tell its kind by. */
    static String kind(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
