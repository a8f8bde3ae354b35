package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.noodle.core.io.FileTrees;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;

/**
 * New studies on a bundled design (mac8, fir8, mul16) of the local flow, from a starting template: one
 * stage (buffering then resizing on the netlist), or the demo's five stages (all four ECO classes, a
 * re-synthesis branch). The study folder appears whole or not at all; an existing one is never touched.
 */
public final class NewStudies {

    /** What the new study starts with. */
    public enum Template {
        ONE_STAGE("One stage: buffer the worst paths' fanout"),
        FIVE_STAGES("The demo's five stages: buffer, resize, re-synthesise, re-place, re-route");

        public final String label;

        Template(String label) {
            this.label = label;
        }
    }

    private NewStudies() {
    }

    /** Why a study of this name cannot be made in the workspace, or null. */
    public static String whyNot(Path workspace, String name) {
        if (!CaseNames.isSafe(name)) {
            return "a name of " + CaseNames.SAFE_NAME_RULE;
        }
        if (Files.exists(workspace.resolve(name))) {
            return workspace.resolve(name) + " exists already";
        }
        return null;
    }

    /**
     * Makes {@code <workspace>/<name>/} with the design copied in as {@code design/} and the study file.
     *
     * @return the study file
     */
    public static Path create(Path workspace, String name, String design, Template template) throws IOException {
        String why = whyNot(workspace, name);
        if (why != null) {
            throw new IOException("cannot make study '" + name + "': " + why);
        }
        Path folder = FileTrees.child(workspace, name);
        DemoStudy.writeWithDesign(folder, design, fromTemplate(name, design, template));
        return folder.resolve(name + ".noodle");
    }

    private static Study fromTemplate(String name, String design, Template template) throws IOException {
        Study study = DemoStudy.template();
        study.setName(name);
        study.setBaseCaseName(design);
        study.setDescription("Close timing on the bundled design " + design + " (" + template.label + ").");
        study.getTags().clear();
        study.getTags().add(design);
        if (template == Template.ONE_STAGE) {
            Stage first = study.getStages().get(0);
            List<Stage> others = List.copyOf(study.getStages().subList(1, study.getStages().size()));
            List<StageDependency> deps = List.copyOf(study.getDependencies());
            study.getDependencies().removeAll(deps);
            study.getStages().removeAll(others);
            first.setTrialBudget(Math.max(first.getTrialBudget(), 2));
        }
        return study;
    }
}
