package io.noodle.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import io.noodle.model.NoodleFactory;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.TestStudies;

class EditingTest {

    private static Study inDomain(AdapterFactoryEditingDomain domain) {
        Study s = TestStudies.diamond();
        Resource r = domain.getResourceSet().createResource(URI.createFileURI("/tmp/diamond.noodle"));
        r.getContents().add(s);
        return s;
    }

    /**
     * Every object of a study shows with its icon in the trees (the Model page, the Outline): a class without one
     * stopped the workbench with an error dialog when a study holding it was opened.
     */
    @Test
    void everyClassOfTheModelHasItsIcon() {
        AdapterFactoryEditingDomain domain = NoodleEditing.newDomain();
        for (var c : io.noodle.model.NoodlePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof org.eclipse.emf.ecore.EClass ec && !ec.isAbstract() && !ec.isInterface()) {
                var o = io.noodle.model.NoodleFactory.eINSTANCE.create(ec);
                var labels = (IItemLabelProvider) domain.getAdapterFactory().adapt(o, IItemLabelProvider.class);
                assertNotNull(labels, ec.getName());
                assertNotNull(labels.getImage(o), ec.getName() + " has an icon");
            }
        }
    }

    @Test
    void editsGoThroughTheCommandStackAndUndoRedo() {
        AdapterFactoryEditingDomain domain = NoodleEditing.newDomain();
        Study s = inDomain(domain);
        Stage b = s.findStage("b");

        Command rename = SetCommand.create(domain, b, Literals.STAGE__NAME, "buffer");
        assertTrue(rename.canExecute());
        domain.getCommandStack().execute(rename);
        assertEquals("buffer", b.getName());

        Stage e = NoodleFactory.eINSTANCE.createStage();
        e.setName("e");
        domain.getCommandStack().execute(AddCommand.create(domain, s, Literals.STUDY__STAGES, e));
        assertEquals(5, s.getStages().size());
        domain.getCommandStack().execute(RemoveCommand.create(domain, s, Literals.STUDY__STAGES, s.findStage("c")));
        assertEquals(4, s.getStages().size());

        domain.getCommandStack().undo();
        assertNotNull(s.findStage("c"));
        assertEquals(2, s.findStage("c").getIndex(), "back at its place");
        domain.getCommandStack().undo();
        assertEquals(4, s.getStages().size());
        domain.getCommandStack().undo();
        assertEquals("b", b.getName());
        assertFalse(domain.getCommandStack().canUndo());
        domain.getCommandStack().redo();
        assertEquals("buffer", b.getName());
    }

    @Test
    void itemProvidersGiveLabelsAndChildren() {
        AdapterFactoryEditingDomain domain = NoodleEditing.newDomain();
        Study s = inDomain(domain);
        var factory = domain.getAdapterFactory();
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(s.findStage("d"), IItemLabelProvider.class);
        assertEquals("Stage d", labels.getText(s.findStage("d")));
        assertNotNull(labels.getImage(s.findStage("d")), "every class has an icon");
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(s, ITreeItemContentProvider.class);
        assertTrue(tree.getChildren(s).containsAll(s.getStages()));
        assertEquals("3 d (sta_only, 4 trials \u2192 2) after b, c", NoodleLabels.label(s.findStage("d")));
        assertEquals("diamond [guarded, 4 stages]", NoodleLabels.label(s));
        assertEquals("resize (topology_neutral)", NoodleLabels.label(s.getEcos().get(0)));
        assertEquals("a \u2192 b (branching)", NoodleLabels.label(s.getDependencies().get(0)));
    }
}
