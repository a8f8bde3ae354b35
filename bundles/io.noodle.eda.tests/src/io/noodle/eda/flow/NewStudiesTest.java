package io.noodle.eda.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.validation.LegalityReport;

/** New studies from a bundled design and a template: legal, with their design, never over another. */
class NewStudiesTest {

    @TempDir
    Path ws;

    @Test
    void aStudyFromABundledDesignAndATemplateIsLegalAndHoldsItsDesign() throws Exception {
        Path file = NewStudies.create(ws, "fir_one", "fir8", NewStudies.Template.ONE_STAGE);
        assertEquals(ws.resolve("fir_one/fir_one.noodle"), file);
        Study s = StudyStore.load(file);
        assertEquals("fir_one", s.getName());
        assertEquals("fir8", s.getBaseCaseName());
        assertEquals(1, s.getStages().size());
        assertEquals(0, s.getDependencies().size());
        assertTrue(LegalityReport.of(s).isLegal(), LegalityReport.of(s).toText());
        assertTrue(Files.isRegularFile(ws.resolve("fir_one/design/design.properties")));
        assertTrue(Files.readString(ws.resolve("fir_one/design/design.properties")).contains("fir8"));

        Study five = StudyStore.load(NewStudies.create(ws, "mul_five", "mul16", NewStudies.Template.FIVE_STAGES));
        assertEquals(5, five.getStages().size());
        assertTrue(LegalityReport.of(five).isLegal());

        var e = assertThrows(java.io.IOException.class, () -> NewStudies.create(ws, "fir_one", "mac8",
                NewStudies.Template.ONE_STAGE));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
        assertTrue(NewStudies.whyNot(ws, "../x").startsWith("a name of"));
        try (var left = Files.list(ws)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".")).count(),
                    "no temporary folder left behind");
        }
    }
}
