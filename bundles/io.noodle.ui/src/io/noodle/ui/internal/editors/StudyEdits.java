package io.noodle.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.noodle.model.EcoClass;
import io.noodle.model.NoodleFactory;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;

/**
 * The designer's edits of a study, each one command on the study's command stack (so each is undone and
 * redone as one step). Pure: they build commands; the caller executes them. Edits that would make no sense
 * (a cycle, a duplicate edge, a name that cannot be a file name) give null, with the reason from
 * {@link #whyNot}.
 */
final class StudyEdits {

    private static final NoodleFactory F = NoodleFactory.eINSTANCE;

    private StudyEdits() {
    }

    /** A new stage after {@code after} (or unconnected when null), named stage_<n> with the first free n. */
    static Command addStage(EditingDomain domain, Study study, Stage after) {
        Stage st = F.createStage();
        st.setName(freeName(study, "stage_"));
        st.setRails(F.createStageRails());
        st.setRanking(F.createRankingPolicy());
        st.setTrialBudget(2);
        st.setSurvivorCount(1);
        CompoundCommand c = new CompoundCommand("Add Stage " + st.getName());
        c.append(AddCommand.create(domain, study, Literals.STUDY__STAGES, st));
        if (after != null) {
            c.append(AddCommand.create(domain, study, Literals.STUDY__DEPENDENCIES, dependency(after, st)));
        }
        return c;
    }

    private static StageDependency dependency(Stage from, Stage to) {
        StageDependency d = F.createStageDependency();
        d.setFrom(from);
        d.setTo(to);
        return d;
    }

    private static String freeName(Study study, String prefix) {
        for (int n = study.getStages().size();; n++) {
            String name = prefix + n;
            if (study.findStage(name) == null) {
                return name;
            }
        }
    }

    /** Why {@code from -> to} cannot be added, or null when it can. */
    static String whyNot(Study study, Stage from, Stage to) {
        if (from == to) {
            return "a stage cannot follow itself";
        }
        for (StageDependency d : study.getDependencies()) {
            if (d.getFrom() == from && d.getTo() == to) {
                return from.getName() + " \u2192 " + to.getName() + " exists already";
            }
        }
        // would 'from' be reachable from 'to'? then the new edge closes a cycle
        List<Stage> todo = new ArrayList<>(List.of(to));
        java.util.Set<Stage> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Stage s = todo.remove(todo.size() - 1);
            if (s == from) {
                return "it would close a cycle: " + to.getName() + " leads back to " + from.getName();
            }
            if (seen.add(s)) {
                for (StageDependency d : study.getDependencies()) {
                    if (d.getFrom() == s && d.getTo() != null) {
                        todo.add(d.getTo());
                    }
                }
            }
        }
        return null;
    }

    /** {@code to} takes the survivors of {@code from}; null when {@link #whyNot} says no. */
    static Command connect(EditingDomain domain, Study study, Stage from, Stage to) {
        if (whyNot(study, from, to) != null) {
            return null;
        }
        Command c = AddCommand.create(domain, study, Literals.STUDY__DEPENDENCIES, dependency(from, to));
        return c;
    }

    /** Deletes a stage and every dependency that names it. */
    static Command deleteStage(EditingDomain domain, Study study, Stage stage) {
        CompoundCommand c = new CompoundCommand("Delete Stage " + stage.getName());
        List<StageDependency> touching = study.getDependencies().stream()
                .filter(d -> d.getFrom() == stage || d.getTo() == stage).toList();
        if (!touching.isEmpty()) {
            c.append(RemoveCommand.create(domain, study, Literals.STUDY__DEPENDENCIES, touching));
        }
        c.append(RemoveCommand.create(domain, study, Literals.STUDY__STAGES, stage));
        return c;
    }

    /** Why a stage cannot take this name, or null. */
    static String badName(Study study, Stage stage, String name) {
        if (!CaseNames.isSafe(name)) {
            return CaseNames.SAFE_NAME_RULE;
        }
        Stage other = study.findStage(name);
        return other != null && other != stage ? "another stage is named " + name : null;
    }

    static Command rename(EditingDomain domain, Stage stage, String name) {
        return SetCommand.create(domain, stage, Literals.STAGE__NAME, name);
    }

    /** Allows or forbids an ECO class in a stage. */
    static Command allowClass(EditingDomain domain, Stage stage, EcoClass c, boolean allow) {
        return allow ? AddCommand.create(domain, stage, Literals.STAGE__ALLOWED_CLASSES, c)
                : RemoveCommand.create(domain, stage, Literals.STAGE__ALLOWED_CLASSES, c);
    }

    /** Sets one attribute (of a stage, the study, its rails ...), or null when it holds the value already. */
    static Command set(EditingDomain domain, org.eclipse.emf.ecore.EObject owner,
            org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        return java.util.Objects.equals(owner.eGet(feature), value) ? null
                : SetCommand.create(domain, owner, feature, value);
    }

    /** Adds an ECO to the catalogue (null when one of that name is there already, see {@link #whyNotEco}). */
    static Command addEco(EditingDomain domain, Study study, io.noodle.model.EcoDefinition eco) {
        if (whyNotEco(study, eco.getName()) != null) {
            return null;
        }
        Command c = AddCommand.create(domain, study, Literals.STUDY__ECOS, eco);
        return new org.eclipse.emf.common.command.CommandWrapper("Add ECO " + eco.getName(), null, c);
    }

    /** Why an ECO cannot be added under this name, or null. */
    static String whyNotEco(Study study, String name) {
        if (name == null || !CaseNames.isSafe(name)) {
            return CaseNames.SAFE_NAME_RULE;
        }
        return study.getEcos().stream().anyMatch(e -> name.equals(e.getName())) ? "the catalogue has an ECO " + name
                : null;
    }

    /**
     * A compound ECO of {@code parts} in order, named after them ({@code a_then_b}); its class is its own
     * (topology_neutral) and its effective class the largest of its parts.
     */
    static Command addCompound(EditingDomain domain, Study study, List<io.noodle.model.EcoDefinition> parts,
            io.noodle.model.RollbackPolicy rollback) {
        if (parts.size() < 2) {
            return null;
        }
        io.noodle.model.EcoDefinition c = F.createEcoDefinition();
        c.setName(compoundName(parts));
        c.getParts().addAll(parts);
        c.setRollbackPolicy(rollback);
        c.setDescription("Applies " + String.join(", then ", parts.stream()
                .map(io.noodle.model.EcoDefinition::getName).toList()) + ".");
        return addEco(domain, study, c);
    }

    /** The name of the compound of {@code parts}: their names joined with {@code _then_}. */
    static String compoundName(List<io.noodle.model.EcoDefinition> parts) {
        return String.join("_then_", parts.stream().map(io.noodle.model.EcoDefinition::getName).toList());
    }

    /**
     * Removes ECOs from the catalogue, from the stages that apply them and from the compounds they are parts of
     * (a compound left with fewer than two parts is removed too, so nothing refers to an ECO that is gone).
     */
    static Command removeEcos(EditingDomain domain, Study study, List<io.noodle.model.EcoDefinition> ecos) {
        java.util.Set<io.noodle.model.EcoDefinition> gone = new java.util.LinkedHashSet<>(ecos);
        for (boolean grew = true; grew;) {
            grew = false;
            for (io.noodle.model.EcoDefinition other : study.getEcos()) {
                long left = other.getParts().stream().filter(p -> !gone.contains(p)).count();
                if (!gone.contains(other) && !other.getParts().isEmpty() && left < 2) {
                    grew |= gone.add(other);
                }
            }
        }
        CompoundCommand c = new CompoundCommand(ecos.size() == 1 ? "Remove ECO " + ecos.get(0).getName()
                : "Remove " + ecos.size() + " ECOs");
        for (io.noodle.model.EcoDefinition other : study.getEcos()) {
            List<io.noodle.model.EcoDefinition> parts = other.getParts().stream().filter(gone::contains).toList();
            if (!gone.contains(other) && !parts.isEmpty()) {
                c.append(RemoveCommand.create(domain, other, Literals.ECO_DEFINITION__PARTS, parts));
            }
        }
        for (Stage st : study.getStages()) {
            List<String> names = st.getEcoNames().stream()
                    .filter(n -> gone.stream().anyMatch(g -> n.equals(g.getName()))).toList();
            if (!names.isEmpty()) {
                c.append(RemoveCommand.create(domain, st, Literals.STAGE__ECO_NAMES, names));
            }
        }
        c.append(RemoveCommand.create(domain, study, Literals.STUDY__ECOS, List.copyOf(gone)));
        return c;
    }

    /**
     * Sets an attribute of a part an owner contains (a stage's rails or ranking, the study's objective or
     * rails), making the part first when the owner has none; null when it holds the value already.
     */
    static Command setPart(EditingDomain domain, org.eclipse.emf.ecore.EObject owner,
            org.eclipse.emf.ecore.EReference part, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        org.eclipse.emf.ecore.EObject existing = (org.eclipse.emf.ecore.EObject) owner.eGet(part);
        if (existing != null) {
            return set(domain, existing, feature, value);
        }
        org.eclipse.emf.ecore.EObject made = org.eclipse.emf.ecore.util.EcoreUtil.create(part.getEReferenceType());
        made.eSet(feature, value);
        return SetCommand.create(domain, owner, part, made);
    }

    /** Adds an ECO of the catalogue to the ECOs a stage applies, or takes it away. */
    static Command applyEco(EditingDomain domain, Stage stage, String eco, boolean apply) {
        if (apply == stage.getEcoNames().contains(eco)) {
            return null;
        }
        return apply ? AddCommand.create(domain, stage, Literals.STAGE__ECO_NAMES, eco)
                : RemoveCommand.create(domain, stage, Literals.STAGE__ECO_NAMES, eco);
    }
}
