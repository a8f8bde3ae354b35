package io.noodle.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds widgets in the live widget tree: by type, by the test id stored with
 * {@code widget.setData(key, id)}, or by label. Call on the UI thread (see {@link UiThread}).
 */
public final class Widgets {

    private Widgets() {
    }

    /** Every control of the given type below (and including) {@code root}, depth first. */
    public static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<? super T> filter) {
        List<T> out = new ArrayList<>();
        collect(root, type, filter, out);
        return out;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, Predicate<? super T> filter, List<T> out) {
        if (c.isDisposed()) {
            return;
        }
        if (type.isInstance(c) && filter.test(type.cast(c))) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, type, filter, out);
            }
        }
    }

    /** The one control of the type whose data under {@code key} equals {@code id}, in any open shell. */
    public static <T extends Control> T byTestId(Class<T> type, String key, String id) {
        return only(type, w -> Objects.equals(w.getData(key), id), "test id " + key + "=" + id);
    }

    /**
     * The one visible control with the test id: of several editors of the same kind, the one on top (the
     * others' controls exist but are hidden).
     */
    public static <T extends Control> T visibleByTestId(Class<T> type, String key, String id) {
        return only(type, w -> Objects.equals(w.getData(key), id) && w.isVisible(), "visible test id " + key + "=" + id);
    }

    /** The one label, button or item of the type showing {@code text} (mnemonic ampersands ignored). */
    public static <T extends Control> T byText(Class<T> type, String text) {
        return only(type, w -> text.equals(textOf(w)), "text '" + text + "'");
    }

    private static <T extends Control> T only(Class<T> type, Predicate<? super T> filter, String what) {
        List<T> found = new ArrayList<>();
        for (Shell shell : UiThread.display().getShells()) {
            found.addAll(all(shell, type, filter));
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " with " + what + ", found "
                    + found.size());
        }
        return found.get(0);
    }

    /** The visible text of a widget, with mnemonic markers removed; null for widgets without text. */
    public static String textOf(Widget w) {
        String t = switch (w) {
        case Label l -> l.getText();
        case Button b -> b.getText();
        case Item i -> i.getText();
        case Shell s -> s.getText();
        default -> null;
        };
        return t == null ? null : stripMnemonic(t);
    }

    /** "&File\tCtrl+F" becomes "File". */
    public static String stripMnemonic(String label) {
        int tab = label.indexOf('\t');
        String s = tab >= 0 ? label.substring(0, tab) : label;
        return s.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&');
    }
}
