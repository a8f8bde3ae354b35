package io.noodle.ui.internal.views;

import org.eclipse.ui.views.properties.IPropertySource;

/** What the Properties view shows of something that is read, not edited: nothing can be set or reset. */
public abstract class ReadOnlyProperties implements IPropertySource {

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
