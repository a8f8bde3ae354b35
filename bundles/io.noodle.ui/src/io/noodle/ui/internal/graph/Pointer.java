package io.noodle.ui.internal.graph;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scrollable;

/**
 * Where a mouse event happened in a control. Some X servers (Xvfb without a window manager, input synthesised
 * with XTest) report button events relative to the root window; the pointer's position is then the truth. One
 * rule for every canvas that reads the mouse (graphs, maps, charts).
 */
public final class Pointer {

    private Pointer() {
    }

    /** The event's point in the control's coordinates (its client area: a canvas's, without scroll bars). */
    public static Point at(Scrollable control, Event e) {
        Rectangle area = control.getClientArea();
        if (e.x >= 0 && e.y >= 0 && e.x <= area.width && e.y <= area.height) {
            return new Point(e.x, e.y);
        }
        return control.toControl(control.getDisplay().getCursorLocation());
    }
}
