package io.noodle.model.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ParameterType;

/** The sweep the planner takes its arguments from, and the count of distinct trials the legality report gives. */
class ParameterSweepTest {

    private static EcoParameter param(String name, ParameterType type, String def) {
        EcoParameter p = NoodleFactory.eINSTANCE.createEcoParameter();
        p.setName(name);
        p.setType(type);
        p.setDefaultValue(def);
        return p;
    }

    @Test
    void theCountOfDistinctVariantsIsWhatTheSweepGives() {
        EcoDefinition eco = NoodleFactory.eINSTANCE.createEcoDefinition();
        eco.setName("e");
        EcoParameter steps = param("steps", ParameterType.INT, "2");
        steps.setMin(1.0);
        steps.setMax(4.0);
        EcoParameter mode = param("mode", ParameterType.CHOICE, "a");
        mode.getChoices().addAll(java.util.List.of("a", "b", "c"));
        eco.getParameters().add(steps);
        eco.getParameters().add(mode);
        eco.getParameters().add(param("cell", ParameterType.STRING, "BUFX2")); // not varied
        Set<Map<String, String>> seen = new HashSet<>();
        for (int r = 0; r < 60; r++) {
            seen.add(ParameterSweep.values(eco, r));
        }
        assertEquals(6, Ecos.distinctVariants(eco), "the defaults, 3 other steps, 2 other modes");
        assertEquals(Ecos.distinctVariants(eco), seen.size(), "as many as the sweep gives: " + seen);
        EcoParameter density = param("density", ParameterType.FLOAT, "0.5");
        density.setMin(0.2);
        density.setMax(0.9);
        eco.getParameters().add(density);
        assertEquals(Long.MAX_VALUE, Ecos.distinctVariants(eco), "a float range is endless");
    }
}
