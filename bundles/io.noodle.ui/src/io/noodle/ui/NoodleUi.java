package io.noodle.ui;

/** Identifiers of the workbench's perspective, views and commands, as declared in plugin.xml. */
public final class NoodleUi {

    public static final String PLUGIN_ID = "io.noodle.ui";
    public static final String PERSPECTIVE_ID = "io.noodle.ui.perspective";
    public static final String STUDIES_VIEW_ID = "io.noodle.ui.views.studies";
    public static final String TOOLCHAIN_VIEW_ID = "io.noodle.ui.views.toolchain";
    public static final String LINEAGE_VIEW_ID = "io.noodle.ui.views.lineage";
    public static final String GATES_VIEW_ID = "io.noodle.ui.views.gates";
    public static final String HEATMAP_VIEW_ID = "io.noodle.ui.views.heatmap";
    public static final String METRICS_VIEW_ID = "io.noodle.ui.views.metrics";
    public static final String PARETO_VIEW_ID = "io.noodle.ui.views.pareto";
    public static final String CHARTS_VIEW_ID = "io.noodle.ui.views.charts";
    public static final String COMPARE_VIEW_ID = "io.noodle.ui.views.compare";
    public static final String CHECK_TOOLCHAIN_COMMAND_ID = "io.noodle.ui.commands.checkToolchain";
    /** Standard 3.x views placed in the Noodle perspective. */
    public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";
    public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";

    /**
     * Key under which widgets carry a stable test id ({@code widget.setData(TEST_ID, "...")}), so UI tests
     * find them without depending on labels or layout.
     */
    public static final String TEST_ID = "io.noodle.testId";

    private NoodleUi() {
    }
}
