package io.noodle.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.noodle.model.derived.SourceLine;
import io.noodle.model.yaml.StudyYamlImporter;

/** Builds studies for the tests: from the sample YAML files, or small ones by hand. */
public final class TestStudies {

    static final NoodleFactory F = NoodleFactory.eINSTANCE;

    private TestStudies() {
    }

    /** Copies a sample from the test sources into {@code dir} and returns its path. */
    public static Path sample(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = TestStudies.class.getResourceAsStream("yaml/" + name)) {
            if (in == null) {
                throw new IOException("no sample " + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** Imports a sample (with its snapshot folder created so that it validates) and returns the study. */
    public static Study importSample(String name, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("designs/mac8"));
        Files.writeString(dir.resolve("designs/mac8/mac8.v"), "module mac8(); endmodule\n");
        Files.createDirectories(dir.resolve("designs/fir"));
        Files.writeString(dir.resolve("designs/fir/fir.v"), "module fir(); endmodule\n");
        StudyYamlImporter.Result r = StudyYamlImporter.importFile(sample(name, dir));
        if (r.study() == null) {
            throw new AssertionError("sample " + name + " did not import: " + r.report().messages());
        }
        return r.study();
    }

    /** A small legal study: stages a -> b, a -> c, (b, c) -> d; ECO resize (topology_neutral). */
    public static Study diamond() {
        Study s = F.createStudy();
        s.setName("diamond");
        s.setBaseCaseName("d_base");
        s.setSafetyDomain(SafetyDomain.GUARDED);
        EcoDefinition eco = F.createEcoDefinition();
        eco.setName("resize");
        eco.setEcoClass(EcoClass.TOPOLOGY_NEUTRAL);
        EcoParameter p = F.createEcoParameter();
        p.setName("paths");
        p.setType(ParameterType.INT);
        p.setMin(1.0);
        p.setMax(10.0);
        p.setDefaultValue("3");
        eco.getParameters().add(p);
        s.getEcos().add(eco);
        for (String n : new String[] { "a", "b", "c", "d" }) {
            Stage st = F.createStage();
            st.setName(n);
            st.setTrialBudget(4);
            st.setSurvivorCount(2);
            st.getAllowedClasses().add(EcoClass.TOPOLOGY_NEUTRAL);
            st.getEcoNames().add("resize");
            s.getStages().add(st);
        }
        depend(s, "a", "b");
        depend(s, "a", "c");
        depend(s, "b", "d");
        depend(s, "c", "d");
        return s;
    }

    public static StageDependency depend(Study s, String from, String to) {
        StageDependency d = F.createStageDependency();
        d.setFrom(s.findStage(from));
        d.setTo(s.findStage(to));
        s.getDependencies().add(d);
        return d;
    }

    /** Adds a case with the given parents, ECO, state and WNS (ps). */
    public static Case addCase(Study s, String name, String eco, double wns, Case... parents) {
        Case c = F.createCase();
        c.setName(name);
        c.setState(CaseState.SUCCEEDED);
        for (Case p : parents) {
            c.getParents().add(p);
        }
        if (eco != null) {
            EcoApplication a = F.createEcoApplication();
            a.setEcoName(eco);
            c.getApplied().add(a);
        }
        Metric m = F.createMetric();
        m.setName("wns");
        m.setValue(wns);
        m.setUnit("ps");
        m.setProvenance(new SourceLine("cases/" + name + "/sta.rpt", 12));
        c.getMetrics().add(m);
        s.getCases().add(c);
        return c;
    }
}
