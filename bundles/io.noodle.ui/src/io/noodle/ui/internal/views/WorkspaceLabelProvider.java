package io.noodle.ui.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.noodle.core.workspace.WorkspaceEntries;
import io.noodle.model.Stage;
import io.noodle.model.edit.NoodleLabels;
import io.noodle.model.provider.NoodleEditPlugin;
import io.noodle.ui.internal.emf.EmfImages;

/**
 * Names and icons of workspace entries: study folders and study files get the study icon; a study whose newest
 * run ended blocked, aborted or failed says so after its name, with an error mark on its icon.
 */
final class WorkspaceLabelProvider extends LabelProvider {

    private final RunStates runs;

    WorkspaceLabelProvider(RunStates runs) {
        this.runs = runs;
    }

    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
    private final ImageDescriptor study = ImageDescriptor.createFromURL(
            WorkspaceLabelProvider.class.getResource("/icons/study16.png"));
    private final ImageDescriptor stage = EmfImages.descriptor(NoodleEditPlugin.INSTANCE.getImage("full/obj16/Stage"));

    @Override
    public String getText(Object element) {
        return switch (element) {
        case Path p -> p.getFileName() + (runs != null && WorkspaceEntries.isStudyFolder(p)
                ? runs.of(p).map(b -> "  [last run " + b.status() + "]").orElse("") : "");
        case StudyOutlines.Placeholder ph -> ph.text();
        default -> {
            String label = NoodleLabels.label(element);
            yield label != null ? label : String.valueOf(element);
        }
        };
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof StudyOutlines.Placeholder ph) {
            return ph.error() ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
                    : null;
        }
        if (element instanceof Stage) {
            return images.create(stage);
        }
        if (!(element instanceof Path p)) {
            return null;
        }
        if (WorkspaceEntries.isStudyFolder(p) && runs != null && runs.of(p).isPresent()) {
            return images.create(new org.eclipse.jface.viewers.DecorationOverlayIcon(study,
                    PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_DEC_FIELD_ERROR),
                    org.eclipse.jface.viewers.IDecoration.BOTTOM_LEFT));
        }
        if (WorkspaceEntries.isStudyFolder(p) || WorkspaceEntries.isStudyFile(p)) {
            return images.create(study);
        }
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        return shared.getImage(Files.isDirectory(p) ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
    }


    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
