package io.noodle.views.ecos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.noodle.model.Study;
import io.noodle.model.yaml.StudyYamlImporter;

/** The ECOs page's rows without a display: classes, parameters, parts and where each ECO is used. */
class EcoCatalogueTest {

    @Test
    void eachEcoIsARowWithItsParametersPartsAndStages() throws Exception {
        var r = StudyYamlImporter.importFrom(new StringReader("""
                name: e
                base_case: b
                safety_domain: sandbox
                ecos:
                  - name: resize
                    class: topology_neutral
                    parameters:
                      - {name: paths, type: int, default: "20", min: 1, max: 200}
                      - {name: script, type: choice, choices: [delay, area], default: delay}
                  - {name: replace, class: global_disruptive, parameters: [{name: density, type: float, min: 0.2, max: 0.95}]}
                  - {name: both, class: topology_neutral, parts: [resize, replace], rollback: failed_part}
                stages:
                  - {name: a, trial_budget: 1, ecos: [resize, both]}
                  - {name: z, trial_budget: 1, ecos: [resize], depends_on: [a]}
                """), null);
        Study s = r.study();
        List<EcoCatalogue.Row> rows = EcoCatalogue.rows(s);
        assertEquals(List.of("resize", "replace", "both"), rows.stream().map(EcoCatalogue.Row::name).toList());
        assertEquals("paths int 1..200 = 20; script choice {delay|area} = delay", rows.get(0).parameters());
        assertEquals("a, z", rows.get(0).usedBy());
        assertEquals("density float 0.2..0.95", rows.get(1).parameters());
        assertEquals("", rows.get(1).usedBy());
        assertEquals("topology_neutral (global_disruptive with its parts)", rows.get(2).ecoClass());
        assertEquals("resize \u2192 replace; rollback failed_part", rows.get(2).parts());
        assertEquals(List.of(rows.get(2).eco()), EcoCatalogue.compoundsOf(s, rows.get(1).eco()));
    }
}
