package io.noodle.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.noodle.model.persistence.StudyStore;
import io.noodle.model.provider.NoodleItemProviderAdapterFactory;

/**
 * Editing domains for studies: every edit is a command on a command stack, so undo and redo work the same
 * in the designer, the views and scripts.
 */
public final class NoodleEditing {

    private NoodleEditing() {
    }

    /** The item providers of the Noodle model, of resources, and reflective ones for anything else. */
    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory f = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        f.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        f.addAdapterFactory(new NoodleItemProviderAdapterFactory());
        f.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return f;
    }

    /** A new editing domain with its own command stack over a resource set that reads and writes studies. */
    public static AdapterFactoryEditingDomain newDomain() {
        ResourceSet rs = StudyStore.newResourceSet();
        return new AdapterFactoryEditingDomain(adapterFactory(), new BasicCommandStack(), rs);
    }
}
