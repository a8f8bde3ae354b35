package io.noodle.ui.internal.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import io.noodle.model.edit.NoodleLabels;

/**
 * Labels from {@link NoodleLabels} where it has one, else from the item providers; icons from the item
 * providers. Images are owned by this provider and freed with it.
 */
public class EmfLabelProvider extends LabelProvider {

    private final AdapterFactory factory;
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public EmfLabelProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        String custom = NoodleLabels.label(element);
        if (custom != null) {
            return custom;
        }
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return p == null ? String.valueOf(element) : p.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return p == null ? null : EmfImages.get(resources, p.getImage(element));
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
