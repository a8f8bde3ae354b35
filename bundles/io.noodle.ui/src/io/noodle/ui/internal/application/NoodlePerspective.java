package io.noodle.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.noodle.ui.NoodleUi;

/** Studies on the left; Toolchain, Progress and Properties below the editor area. */
public final class NoodlePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(NoodleUi.STUDIES_VIEW_ID, IPageLayout.LEFT, 0.22f, editors);
        IFolderLayout bottom = layout.createFolder("io.noodle.ui.folders.bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(NoodleUi.TOOLCHAIN_VIEW_ID);
        bottom.addView(NoodleUi.PROGRESS_VIEW_ID);
        bottom.addView(NoodleUi.PROPERTIES_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.STUDIES_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.TOOLCHAIN_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.PROPERTIES_VIEW_ID);
    }
}
