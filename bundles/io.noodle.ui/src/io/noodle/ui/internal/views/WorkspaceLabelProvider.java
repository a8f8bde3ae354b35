package io.noodle.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.noodle.core.workspace.WorkspaceEntries;

/** Names and icons of workspace entries: study folders and study files get the study icon. */
final class WorkspaceLabelProvider extends LabelProvider {

    private final ResourceManager images = JFaceResources.getResources();
    private final ImageDescriptor study = ImageDescriptor.createFromURL(
            WorkspaceLabelProvider.class.getResource("/icons/study16.png"));

    @Override
    public String getText(Object element) {
        return element instanceof Path p ? p.getFileName().toString() : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof Path p)) {
            return null;
        }
        if (WorkspaceEntries.isStudyFolder(p) || WorkspaceEntries.isStudyFile(p)) {
            return images.create(study);
        }
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return shared.getImage(Files.isDirectory(p) ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
    }

}
