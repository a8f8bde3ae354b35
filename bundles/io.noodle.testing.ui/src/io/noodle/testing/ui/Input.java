package io.noodle.testing.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real input through the window system: {@link Display#post(Event)} puts mouse and key events in the X
 * event queue, so they go through the same path as a user's (focus, hit testing, listeners). Call from
 * the test thread, never the UI thread.
 */
public final class Input {

    private Input() {
    }

    /** Moves the pointer to a point of a control (control coordinates) and clicks the left button. */
    public static void click(Control control, Point local) {
        Point screen = UiThread.call(() -> control.toDisplay(local));
        post(mouse(SWT.MouseMove, 0, screen));
        post(mouse(SWT.MouseDown, 1, screen));
        post(mouse(SWT.MouseUp, 1, screen));
    }

    /**
     * Double-clicks a point of a control (control coordinates) with the left button. The four button
     * events are queued back to back, as a user's are, so the toolkit sees them within its double-click
     * time.
     */
    public static void doubleClick(Control control, Rectangle local) {
        Point screen = UiThread.call(() -> control.toDisplay(local.x + local.width / 2, local.y + local.height / 2));
        post(mouse(SWT.MouseMove, 0, screen));
        Display d = UiThread.display();
        boolean ok = UiThread.call(() -> d.post(mouse(SWT.MouseDown, 1, screen)) && d.post(mouse(SWT.MouseUp, 1, screen))
                && d.post(mouse(SWT.MouseDown, 1, screen)) && d.post(mouse(SWT.MouseUp, 1, screen)));
        if (!ok) {
            throw new AssertionError("the display refused a mouse event");
        }
        UiThread.run(() -> {
            while (d.readAndDispatch()) {
                // drain
            }
        });
    }

    /**
     * Drags with the left button from one point of a control to another (control coordinates), moving the
     * pointer in steps as a hand does, so the control sees the press, the moves and the release.
     */
    public static void drag(Control control, Point from, Point to) {
        Point a = UiThread.call(() -> control.toDisplay(from));
        Point b = UiThread.call(() -> control.toDisplay(to));
        post(mouse(SWT.MouseMove, 0, a));
        post(mouse(SWT.MouseDown, 1, a));
        for (int i = 1; i <= 10; i++) {
            post(mouse(SWT.MouseMove, 0, new Point(a.x + (b.x - a.x) * i / 10, a.y + (b.y - a.y) * i / 10)));
        }
        post(mouse(SWT.MouseUp, 1, b));
    }

    /**
     * Moves the pointer to a point of a control and presses the left button, without releasing it: a drag made
     * step by step ({@link #moveTo}, {@link #release}), each step's effect waited for by the caller.
     */
    public static void press(Control control, Point local) {
        Point screen = UiThread.call(() -> control.toDisplay(local));
        post(mouse(SWT.MouseMove, 0, screen));
        post(mouse(SWT.MouseDown, 1, screen));
    }

    /** Moves the pointer to a point of a control (with the button held, a drag step). */
    public static void moveTo(Control control, Point local) {
        post(mouse(SWT.MouseMove, 0, UiThread.call(() -> control.toDisplay(local))));
    }

    /** Releases the left button where the pointer is. */
    public static void release(Control control, Point local) {
        post(mouse(SWT.MouseUp, 1, UiThread.call(() -> control.toDisplay(local))));
    }

    /** Clicks the centre of a rectangle given in the control's coordinates (e.g. a tree item's bounds). */
    public static void click(Control control, Rectangle local) {
        click(control, new Point(local.x + local.width / 2, local.y + local.height / 2));
    }

    /** Presses and releases a key, holding the modifier keys given (e.g. {@code SWT.CTRL}). */
    public static void key(int modifiers, int keyCode, char character) {
        int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int m : mods) {
            if ((modifiers & m) != 0) {
                post(keyEvent(SWT.KeyDown, m, '\0'));
            }
        }
        post(keyEvent(SWT.KeyDown, keyCode, character));
        post(keyEvent(SWT.KeyUp, keyCode, character));
        for (int i = mods.length - 1; i >= 0; i--) {
            if ((modifiers & mods[i]) != 0) {
                post(keyEvent(SWT.KeyUp, mods[i], '\0'));
            }
        }
    }

    /** Types lower-case letters, digits and punctuation into the focused control, a key at a time. */
    public static void type(String text) {
        for (char c : text.toCharArray()) {
            key(0, c, c);
        }
    }

    private static Event mouse(int type, int button, Point at) {
        Event e = new Event();
        e.type = type;
        e.button = button;
        e.x = at.x;
        e.y = at.y;
        return e;
    }

    private static Event keyEvent(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        return e;
    }

    private static void post(Event e) {
        Display d = UiThread.display();
        if (d.getThread() == Thread.currentThread()) {
            throw new IllegalStateException("post real input from the test thread, not the UI thread");
        }
        boolean ok = UiThread.call(() -> d.post(e));
        if (!ok) {
            throw new AssertionError("the display refused the event " + e);
        }
        // let the UI thread come round its own event loop once, which dispatches what the window system has
        // delivered; callers then wait for the effect they expect (a selection, a shell) with Wait.until. The
        // queue is not drained from inside a syncExec: a runnable met there may open a modal dialog (a
        // question after a button press), whose loop would then never give the test thread back.
        UiThread.run(() -> {
        });
        UiThread.run(() -> {
        });
    }
}
