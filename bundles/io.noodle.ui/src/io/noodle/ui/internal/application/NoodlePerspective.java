package io.noodle.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.noodle.ui.NoodleUi;

/**
 * Studies on the left, the Outline (the open study's stages) below it; below the editor area, Case Lineage and Gate Status, and beside them Properties,
 * Toolchain and Progress.
 */
public final class NoodlePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(NoodleUi.STUDIES_VIEW_ID, IPageLayout.LEFT, 0.22f, editors);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.6f, NoodleUi.STUDIES_VIEW_ID);
        // below the editor: the run views on the left, beside the views they drive (Properties first)
        IFolderLayout runs = layout.createFolder("io.noodle.ui.folders.runs", IPageLayout.BOTTOM, 0.68f, editors);
        runs.addView(NoodleUi.LINEAGE_VIEW_ID);
        runs.addView(NoodleUi.GATES_VIEW_ID);
        runs.addView(NoodleUi.HEATMAP_VIEW_ID);
        runs.addView(NoodleUi.METRICS_VIEW_ID);
        runs.addView(NoodleUi.PARETO_VIEW_ID);
        runs.addView(NoodleUi.CHARTS_VIEW_ID);
        runs.addPlaceholder(NoodleUi.COMPARE_VIEW_ID);
        IFolderLayout bottom = layout.createFolder("io.noodle.ui.folders.bottom", IPageLayout.RIGHT, 0.6f,
                "io.noodle.ui.folders.runs");
        bottom.addView(NoodleUi.PROPERTIES_VIEW_ID);
        bottom.addView(NoodleUi.TOOLCHAIN_VIEW_ID);
        bottom.addView(NoodleUi.PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.STUDIES_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(NoodleUi.TOOLCHAIN_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.LINEAGE_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.GATES_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.HEATMAP_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.METRICS_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.PARETO_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.CHARTS_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.COMPARE_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(NoodleUi.PROPERTIES_VIEW_ID);
    }
}
