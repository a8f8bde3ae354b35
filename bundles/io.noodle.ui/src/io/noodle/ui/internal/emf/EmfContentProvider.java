package io.noodle.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** A JFace tree content provider over EMF.Edit item providers (what EMF's UI bundle would provide). */
public class EmfContentProvider implements ITreeContentProvider {

    private final AdapterFactory factory;

    public EmfContentProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object[] getElements(Object input) {
        IStructuredItemContentProvider p = (IStructuredItemContentProvider) factory.adapt(input,
                IStructuredItemContentProvider.class);
        return p == null ? new Object[0] : p.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider p = (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
        if (p == null) {
            return new Object[0];
        }
        Collection<?> c = p.getChildren(parent);
        return c.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider p = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
        return p == null ? null : p.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider p = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
        return p != null && p.hasChildren(element);
    }
}
