package io.noodle.ui.internal.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images EMF item providers return (URLs, or composed images of URLs) into SWT images, shared
 * through JFace's resource manager. The part of EMF's UI bundle we need, written here.
 */
public final class EmfImages {

    private EmfImages() {
    }

    /** The SWT image for an item provider image object, or null when it is not one we can show. */
    public static Image get(ResourceManager resources, Object emfImage) {
        ImageDescriptor d = descriptor(emfImage);
        return d == null ? null : resources.create(d);
    }

    /** The SWT image from the global JFace resources. */
    public static Image get(Object emfImage) {
        return get(JFaceResources.getResources(), emfImage);
    }

    public static ImageDescriptor descriptor(Object emfImage) {
        if (emfImage instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (emfImage instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : descriptor(parts.get(0)); // the base image; overlays are not drawn
        }
        if (emfImage instanceof ImageDescriptor d) {
            return d;
        }
        return null;
    }
}
