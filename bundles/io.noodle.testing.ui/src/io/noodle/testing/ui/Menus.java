package io.noodle.testing.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives a shell's menu bar the way the toolkit does when a user opens it: each menu on the path gets
 * {@code SWT.Show} (which makes JFace fill in contributed items), then the last item gets
 * {@code SWT.Selection}. Native GTK menus cannot be reached reliably with synthesized mouse events, so
 * this is the same approach SWTBot takes.
 */
public final class Menus {

    private Menus() {
    }

    /** Selects the item at {@code path} (labels without mnemonics) of the shell's menu bar. Call on the UI thread. */
    public static void select(Shell shell, String... path) {
        MenuItem item = find(shell, path);
        if (!item.isEnabled()) {
            throw new AssertionError("menu item " + String.join(" > ", path) + " is disabled");
        }
        Event e = new Event();
        e.widget = item;
        e.display = item.getDisplay();
        e.time = (int) System.currentTimeMillis();
        item.notifyListeners(SWT.Selection, e);
        hide(shell.getMenuBar());
    }

    /**
     * Selects the item at {@code path} of a control's context menu, as a right-click then a choice do (the
     * menu is shown, so contributions fill in for the current selection). Call on the UI thread.
     */
    public static void selectInContextMenu(org.eclipse.swt.widgets.Control control, String... path) {
        Menu menu = control.getMenu();
        if (menu == null) {
            throw new AssertionError(control + " has no context menu");
        }
        MenuItem item = find(menu, path);
        if (!item.isEnabled()) {
            throw new AssertionError("context menu item " + String.join(" > ", path) + " is disabled");
        }
        Event e = new Event();
        e.widget = item;
        e.display = item.getDisplay();
        e.time = (int) System.currentTimeMillis();
        item.notifyListeners(SWT.Selection, e);
        hide(menu);
    }

    /** Finds the item at {@code path}, showing each menu on the way. */
    public static MenuItem find(Shell shell, String... path) {
        Menu menu = shell.getMenuBar();
        if (menu == null) {
            throw new AssertionError("shell '" + shell.getText() + "' has no menu bar");
        }
        return find(menu, path);
    }

    private static MenuItem find(Menu menu, String... path) {
        MenuItem item = null;
        for (int i = 0; i < path.length; i++) {
            show(menu);
            item = child(menu, path[i], path);
            if (i < path.length - 1) {
                menu = item.getMenu();
                if (menu == null) {
                    throw new AssertionError("'" + path[i] + "' has no submenu");
                }
            }
        }
        return item;
    }

    /** The labels of a menu's items after it has been shown, for failure messages and assertions. */
    public static List<String> labels(Menu menu) {
        show(menu);
        List<String> out = new ArrayList<>();
        for (MenuItem mi : menu.getItems()) {
            if ((mi.getStyle() & SWT.SEPARATOR) == 0) {
                out.add(Widgets.stripMnemonic(mi.getText()));
            }
        }
        return out;
    }

    private static MenuItem child(Menu menu, String label, String[] path) {
        for (MenuItem mi : menu.getItems()) {
            if (label.equals(Widgets.stripMnemonic(mi.getText()))) {
                return mi;
            }
        }
        throw new AssertionError("no menu item '" + label + "' on the path " + String.join(" > ", path)
                + "; the menu has " + labels(menu));
    }

    private static void show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
    }

    private static void hide(Menu menu) {
        for (MenuItem mi : menu.getItems()) {
            if (mi.getMenu() != null) {
                mi.getMenu().notifyListeners(SWT.Hide, new Event());
            }
        }
    }
}
