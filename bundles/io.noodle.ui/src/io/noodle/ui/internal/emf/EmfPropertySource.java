package io.noodle.ui.internal.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows an EMF object's item property descriptors in the Properties view, read-only (edits go through
 * the designer's command stack, not the property sheet).
 */
public final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    private EmfPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    /** The property source of an object, or null when its item provider has none. */
    public static IPropertySource of(AdapterFactory factory, Object object) {
        IItemPropertySource s = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return s == null ? null : new EmfPropertySource(object, s);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        IPropertyDescriptor[] out = new IPropertyDescriptor[items.size()];
        for (int i = 0; i < out.length; i++) {
            IItemPropertyDescriptor d = items.get(i);
            PropertyDescriptor pd = new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
            pd.setDescription(d.getDescription(object));
            pd.setCategory(d.getCategory(object));
            IItemLabelProvider labels = d.getLabelProvider(object);
            pd.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return labels.getText(value);
                }
            });
            out[i] = pd;
        }
        return out;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        return d == null ? null : d.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }

    /** Registered in plugin.xml for EMF objects, so the Properties view shows the selected model object. */
    public static final class Factory implements org.eclipse.core.runtime.IAdapterFactory {
        private static final AdapterFactory ITEM_PROVIDERS = io.noodle.model.edit.NoodleEditing.adapterFactory();

        @Override
        public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
            if (adapterType == IPropertySource.class) {
                return adapterType.cast(of(ITEM_PROVIDERS, adaptable));
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }
}
