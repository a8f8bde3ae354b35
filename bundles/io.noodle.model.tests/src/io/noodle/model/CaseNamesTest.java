package io.noodle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.noodle.model.derived.CaseNames;

class CaseNamesTest {

    @Test
    void namesAreDeterministicAndParseBack() {
        String n = CaseNames.name("mac8_base", 1, 3);
        assertEquals("mac8_base_1_3", n);
        var p = CaseNames.parse(n, "mac8_base").orElseThrow();
        assertEquals(1, p.stageIndex());
        assertEquals(3, p.derivedIndex());
        assertTrue(CaseNames.parse("mac8_base", "mac8_base").orElseThrow().isBase());
        assertTrue(CaseNames.parse("other_1_3", "mac8_base").isEmpty());
        assertTrue(CaseNames.parse("mac8_base_x_3", "mac8_base").isEmpty());
        assertEquals("mac8_base", CaseNames.parse("mac8_base_12_40").orElseThrow().base());
        assertThrows(IllegalArgumentException.class, () -> CaseNames.name("b", -1, 0));
    }

    @Test
    void stageIndexOfACaseIsDerivedFromItsName() {
        Study s = NoodleFactory.eINSTANCE.createStudy();
        s.setBaseCaseName("fir_base");
        Case c = NoodleFactory.eINSTANCE.createCase();
        c.setName("fir_base_2_7");
        s.getCases().add(c);
        assertEquals(2, c.getStageIndex());
        assertEquals(7, c.getDerivedIndex());
        c.setName("fir_base");
        assertEquals(-1, c.getStageIndex());
    }
}
